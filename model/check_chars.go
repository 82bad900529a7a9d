package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vntext"
)

// Characters the checks name.
func oddSpace(r rune) bool {
	switch r {
	case '\t', '\u00A0', '\u1680', '\u180E', '\u200B', '\u200C', '\u200D', '\u2028', '\u2029',
		'\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

func controlChar(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	switch {
	case unicode.IsControl(r):
		return true
	case r == '\u200E' || r == '\u200F' || r == '\u061C',
		'\u202A' <= r && r <= '\u202E', '\u2066' <= r && r <= '\u2069':
		return true // direction marks: invisible, and they reorder text
	}
	return false
}

// spaceName names an odd space for messages.
func spaceName(r rune) string {
	switch r {
	case '\t':
		return msgT("model.check.char.tab")
	case '\u00A0', '\u202F':
		return msgT("model.check.char.nbsp")
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E':
		return msgT("model.check.char.zerowidth")
	case '\u2028', '\u2029':
		return msgT("model.check.char.linesep")
	}
	return msgT("model.check.char.space")
}

// finding counts one kind of problem in a text and remembers the first.
type finding struct {
	n          int
	start, end int
	r          rune
}

func (f *finding) hit(start, end int, r rune) {
	if f.n == 0 {
		f.start, f.end, f.r = start, end, r
	}
	f.n++
}

// checkChars finds doubled spaces and stray characters in one text; each kind is
// reported once per text, with how many and the first place.
func (c *checker) checkChars(t text) {
	if t.s == "" {
		return
	}
	rs := []rune(t.s)
	var double, before, odd, mark, broken, control finding
	for i, r := range rs {
		switch {
		case r == ' ' && i+1 < len(rs) && rs[i+1] == ' ' && (i == 0 || rs[i-1] != ' '):
			j := i
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
			double.hit(i, j, r)
		case (r == ' ' || r == '\u00A0' || r == '\u202F' || r == '\t') && i+1 < len(rs) && strings.ContainsRune(",.;:!?", rs[i+1]) &&
			(i == 0 || rs[i-1] != ' ') && !strings.HasPrefix(string(rs[i+1:min(i+4, len(rs))]), "..."):
			before.hit(i, i+2, r)
		}
		switch {
		case oddSpace(r):
			odd.hit(i, i+1, r)
		case controlChar(r):
			control.hit(i, i+1, r)
		case r == utf8.RuneError:
			broken.hit(i, i+1, r)
		case unicode.In(r, unicode.Mn, unicode.Me) && loneMark(rs, i):
			mark.hit(i, i+1, r)
		}
	}
	report := func(f finding, k ProblemKind, key string, args ...any) {
		if f.n > 0 {
			args = append([]any{t.where, f.n, snippet(rs, f.start, f.end)}, args...)
			c.add(t.place, k, f.start, f.end, msgT(key, args...))
		}
	}
	report(double, ProblemDoubleSpace, "model.check.double_space")
	report(before, ProblemSpaceBeforePunct, "model.check.space_before_punct")
	if odd.n > 0 {
		report(odd, ProblemOddSpace, "model.check.odd_space", spaceName(odd.r))
	}
	report(control, ProblemControlChar, "model.check.control_char")
	report(broken, ProblemBrokenChar, "model.check.broken_char")
	report(mark, ProblemLoneMark, "model.check.lone_mark")
	if i, ch, ok := unbalanced(rs); !ok {
		c.add(t.place, ProblemUnbalanced, i, i+1, msgT("model.check.unbalanced", t.where, string(ch), snippet(rs, i, i+1)))
	}
}

// loneMark reports whether the combining mark at i stands on no letter: it follows
// no letter, or it is left over when its letter is composed (NFC), as a second tone
// is. Decomposed Vietnamese (NFD) is fine: it composes.
func loneMark(rs []rune, i int) bool {
	base := i
	for base > 0 && unicode.In(rs[base-1], unicode.Mn, unicode.Me) {
		base--
	}
	if base == 0 || !unicode.IsLetter(rs[base-1]) {
		return true
	}
	composed := vntext.Clean(string(rs[base-1 : i+1]))
	return strings.ContainsFunc(composed, func(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) })
}

// snippet shows the text around [start, end), with invisible characters named.
func snippet(rs []rune, start, end int) string {
	const around = 16
	from, to := max(0, start-around), min(len(rs), end+around)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	for _, r := range rs[from:to] {
		switch {
		case r == '\t':
			b.WriteString("[tab]")
		case r == '\u00A0' || r == '\u202F':
			b.WriteString("[nbsp]")
		case r == '\n':
			b.WriteString("[↵]")
		case oddSpace(r):
			b.WriteString("[ ]")
		case controlChar(r):
			b.WriteString("[?]")
		case unicode.In(r, unicode.Mn, unicode.Me):
			b.WriteString("[◌" + string(r) + "]")
		default:
			b.WriteRune(r)
		}
	}
	if to < len(rs) {
		b.WriteString("…")
	}
	return b.String()
}

// unbalanced finds the first quote or bracket without its partner; ok when none.
// Single quotes are left alone (’ is also an apostrophe), and so are list markers
// such as "a)" and "2)".
func unbalanced(rs []rune) (at int, r rune, ok bool) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{', '”': '“', '»': '«'}
	type open struct {
		r  rune
		at int
	}
	var stack []open
	straight := -1
	for i, ch := range rs {
		switch ch {
		case '(', '[', '{', '“', '«':
			stack = append(stack, open{ch, i})
		case ')', ']', '}', '”', '»':
			if ch == ')' && listMarker(rs, i) && (len(stack) == 0 || stack[len(stack)-1].r != '(') {
				continue
			}
			if len(stack) == 0 || stack[len(stack)-1].r != pairs[ch] {
				return i, ch, false
			}
			stack = stack[:len(stack)-1]
		case '"':
			if straight < 0 {
				straight = i
			} else {
				straight = -1
			}
		}
	}
	if len(stack) > 0 {
		return stack[0].at, stack[0].r, false
	}
	if straight >= 0 {
		return straight, '"', false
	}
	return 0, 0, true
}

// listMarker reports whether the ) at i closes a list marker after a space or at
// the start: one lower-case letter or up to three digits ("a)", "đ)", "12)").
func listMarker(rs []rune, i int) bool {
	j := i
	for j > 0 && i-j < 3 && unicode.IsDigit(rs[j-1]) {
		j--
	}
	if j == i && j > 0 && unicode.IsLower(rs[j-1]) {
		j--
	}
	return j < i && (j == 0 || unicode.IsSpace(rs[j-1]))
}
