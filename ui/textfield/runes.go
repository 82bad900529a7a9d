package textfield

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is kept as runes and every offset in this package counts runes. The cursor
// moves and deletes by grapheme cluster (a letter with its combining marks, an emoji
// with its modifiers), so a lone combining mark is never left behind.

const zwj = '\u200D'

// isExtend reports whether r belongs to the cluster of the rune before it.
func isExtend(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r == zwj, r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF, r >= 0x1F3FB && r <= 0x1F3FF:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// nextBoundary returns the end of the grapheme cluster starting at i (i < len(text)).
func nextBoundary(text []rune, i int) int {
	n := len(text)
	j := i + 1
	if isRegional(text[i]) && j < n && isRegional(text[j]) {
		j++
	}
	for j < n && (isExtend(text[j]) || text[j-1] == zwj) {
		j++
	}
	return j
}

// prevBoundary returns the start of the grapheme cluster that ends at i (i > 0). It
// walks back to a rune that surely starts a cluster and scans forward from there, so
// it always agrees with nextBoundary.
func prevBoundary(text []rune, i int) int {
	k := i - 1
	for k > 0 && !(text[k] < utf8.RuneSelf && text[k-1] != zwj) {
		k--
	}
	last := k
	for k < i {
		last = k
		k = nextBoundary(text, k)
	}
	return last
}

// snapBoundary returns the nearest cluster boundary at or before i.
func snapBoundary(text []rune, i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(text) {
		return len(text)
	}
	if !isExtend(text[i]) && text[i-1] != zwj && !(isRegional(text[i]) && isRegional(text[i-1])) {
		return i
	}
	return prevBoundary(text, i+1)
}

// isBlank reports whether r is a space a line may break after. Newlines are hard
// breaks of their own; no-break spaces join words.
func isBlank(r rune) bool {
	return r != '\n' && r != '\u00A0' && r != '\u202F' && r != '\u2007' && unicode.IsSpace(r)
}

// isWordRune reports whether r is part of a word for word-wise movement and
// double-click selection.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || isExtend(r) || r == '_'
}

// runeClass groups runes for double-click selection: words, spaces, the rest.
func runeClass(r rune) int {
	switch {
	case isWordRune(r):
		return 1
	case isBlank(r):
		return 2
	case r == '\n':
		return 3
	}
	return 0
}

// wordLeft returns where Ctrl+Left goes from i: the start of the word before i.
func wordLeft(text []rune, i int) int {
	for i > 0 && !isWordRune(text[i-1]) {
		i--
	}
	for i > 0 && isWordRune(text[i-1]) {
		i--
	}
	return i
}

// wordRight returns where Ctrl+Right goes from i: past the word at i and the
// spaces and punctuation after it.
func wordRight(text []rune, i int) int {
	n, start := len(text), i
	for i < n && isWordRune(text[i]) {
		i++
	}
	for i < n && !isWordRune(text[i]) && text[i] != '\n' {
		i++
	}
	if i == start && i < n { // on a line break: step over it
		i++
	}
	return i
}

// classRun returns the run of runes of one class around i, for double-click.
func classRun(text []rune, i int) (start, end int) {
	n := len(text)
	if n == 0 {
		return 0, 0
	}
	if i >= n || (text[i] == '\n' && i > 0) {
		i--
	}
	if i < 0 {
		return 0, 0
	}
	c := runeClass(text[i])
	if c == 3 {
		return i, i + 1
	}
	start, end = i, i+1
	for start > 0 && runeClass(text[start-1]) == c {
		start--
	}
	for end < n && runeClass(text[end]) == c {
		end++
	}
	return start, end
}

// commonEnds returns how many runes a and b share at the start and, after that, at
// the end, so an edit can be recorded and re-wrapped as small as it really is.
func commonEnds(a, b []rune) (prefix, suffix int) {
	for prefix < len(a) && prefix < len(b) && a[prefix] == b[prefix] {
		prefix++
	}
	for suffix < len(a)-prefix && suffix < len(b)-prefix && a[len(a)-1-suffix] == b[len(b)-1-suffix] {
		suffix++
	}
	return prefix, suffix
}

// isASCII reports whether rs holds only ASCII, which needs no normalising.
func isASCII(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nfcSpan returns the span around [a, b) that NFC normalisation of an insertion at
// [a, b) may touch: back to the starter before a, on past the marks after b.
func nfcSpan(text []rune, a, b int) (int, int) {
	for a > 0 && a < len(text) && !isStarter(text[a]) {
		a--
	}
	for b < len(text) && !isStarter(text[b]) {
		b++
	}
	return a, b
}

func isStarter(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	var buf [utf8.UTFMax]byte
	return norm.NFC.Properties(buf[:utf8.EncodeRune(buf[:], r)]).BoundaryBefore()
}
