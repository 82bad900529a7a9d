package vntext

import (
	"strings"
	"testing"
)

func TestNumberEnding(t *testing.T) {
	for _, c := range []struct {
		text     string
		value, n int
		ok       bool
	}{
		{"khen thưởng 12", 12, 1, true},
		{"tổng cộng 1.254", 1254, 1, true},
		{"trao cho mười hai", 12, 2, true},
		{"hai mươi mốt", 21, 3, true},
		{"mười lăm", 15, 2, true},
		{"hai mươi tư", 24, 3, true},
		{"ba mươi", 30, 2, true},
		{"có mười", 10, 1, true},
		{"gồm bảy", 7, 1, true},
		{"các tập thể", 0, 0, false},
		{"lăm", 0, 0, false}, // "lăm" and "tư" count only after "mươi"
	} {
		words := strings.Fields(Fold(c.text))
		for i := range words {
			words[i] = strings.ToLower(words[i])
		}
		word := func(k int) string { return words[k] }
		v, n, ok := NumberEnding(word, len(words)-1)
		if v != c.value || n != c.n || ok != c.ok {
			t.Errorf("NumberEnding(%q) = %d, %d, %v; want %d, %d, %v", c.text, v, n, ok, c.value, c.n, c.ok)
		}
	}
}
