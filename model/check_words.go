package model

import (
	"strconv"
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

// Spelled-out numbers, folded: "mười hai" is 12, "hai mươi mốt" 21.
var units = map[string]int{
	"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// number reads the number that ends at word i: digits ("12", "1.254") or spelled
// out; n is how many words it takes.
func number(ws []word, i int) (value, n int, ok bool) {
	if i < 0 {
		return 0, 0, false
	}
	if d := strings.ReplaceAll(ws[i].s, ".", ""); d != "" && strings.Trim(d, "0123456789") == "" {
		v, err := strconv.Atoi(d)
		return v, 1, err == nil
	}
	unit := func(s string, inCompound bool) (int, bool) {
		if inCompound {
			switch s {
			case "lam":
				return 5, true
			case "tu":
				return 4, true
			}
		}
		v, ok := units[s]
		return v, ok
	}
	w := func(k int) string {
		if k < 0 {
			return ""
		}
		return ws[k].s
	}
	// t mươi u, t mươi, mười u, mười, u
	if u, ok := unit(w(i), true); ok && w(i-1) == "muoi" {
		if t, ok := units[w(i-2)]; ok && t >= 2 {
			return t*10 + u, 3, true
		}
		return 10 + u, 2, true
	}
	if w(i) == "muoi" {
		if t, ok := units[w(i-1)]; ok && t >= 2 {
			return t * 10, 2, true
		}
		return 10, 1, true
	}
	if u, ok := units[w(i)]; ok {
		return u, 1, true
	}
	return 0, 0, false
}
