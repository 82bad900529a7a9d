package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vntext"
)

// fold lower-cases each character and takes its marks off (đ is d), one character for
// one, so offsets in the folded text are offsets in the text.
func fold(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r < utf8.RuneSelf:
			rs[i] = unicode.ToLower(r)
		case r == 'đ' || r == 'Đ':
			rs[i] = 'd'
		default:
			if f := []rune(vntext.Fold(string(r))); len(f) == 1 {
				rs[i] = f[0]
			} else {
				rs[i] = unicode.ToLower(r)
			}
		}
	}
	return rs
}

// sentences splits rs at sentence ends (. ! ? ; followed by a space, and newlines).
func sentences(rs []rune) [][2]int {
	var out [][2]int
	start := 0
	for i, r := range rs {
		end := r == '\n' ||
			(strings.ContainsRune(".!?;", r) && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])))
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, [2]int{start, len(rs)})
	}
	return out
}

// words splits folded text into words with their offsets.
type word struct {
	s          string
	start, end int
}

func splitWords(rs []rune, from, to int) []word {
	var out []word
	for i := from; i < to; {
		if !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		j := i
		for j < to && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) ||
			(rs[j] == '.' && j+1 < to && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]))) {
			j++
		}
		out = append(out, word{string(rs[i:j]), i, j})
		i = j
	}
	return out
}

// number reads the number that ends at word i (vntext.NumberEnding): digits
// ("12", "1.254") or spelled out; n is how many words it takes.
func number(ws []word, i int) (value, n int, ok bool) {
	return vntext.NumberEnding(func(k int) string { return ws[k].s }, i)
}
