package vntext

import (
	"strconv"
	"strings"
)

// units are the spelled-out digits, folded (Fold): "mốt" is "mot".
var units = map[string]int{
	"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// NumberEnding reads the number that ends at word i: digits ("12", "1.254") or
// spelled out up to 99 ("mười hai" is 12, "hai mươi mốt" 21, "mười lăm" 15,
// "hai mươi tư" 24). word(k) is the k-th word folded (Fold, lower case), "" for k
// before the first; n is how many words the number takes.
func NumberEnding(word func(k int) string, i int) (value, n int, ok bool) {
	if i < 0 {
		return 0, 0, false
	}
	w := func(k int) string {
		if k < 0 {
			return ""
		}
		return word(k)
	}
	if d := strings.ReplaceAll(w(i), ".", ""); d != "" && strings.Trim(d, "0123456789") == "" {
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
