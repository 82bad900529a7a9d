package textfield_test

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newsdesk/ui/textfield"
)

// fakeTelex is a small Telex engine for the tests: doubled a/e/o/d, w after a/o/u,
// and the tone keys s f r x j on the vowel that carries a hat or horn, else the last
// vowel. It is enough for "Vieejt Nam" and for editing inside words.
type fakeTelex struct{}

func fakeEngine(m textfield.Method, _ textfield.ToneStyle) textfield.Composer {
	if m == textfield.Telex {
		return fakeTelex{}
	}
	return nil
}

var hats = map[rune]rune{'a': 'â', 'e': 'ê', 'o': 'ô', 'd': 'đ', 'A': 'Â', 'E': 'Ê', 'O': 'Ô', 'D': 'Đ'}
var horns = map[rune]rune{'a': 'ă', 'o': 'ơ', 'u': 'ư', 'A': 'Ă', 'O': 'Ơ', 'U': 'Ư'}
var tones = map[rune]rune{'s': '\u0301', 'f': '\u0300', 'r': '\u0309', 'x': '\u0303', 'j': '\u0323'}

func (fakeTelex) Apply(before, after string, r rune) (string, string, bool) {
	b := []rune(before)
	if n := len(b); n > 0 {
		if h, ok := hats[b[n-1]]; ok && unicode.ToLower(b[n-1]) == unicode.ToLower(r) {
			b[n-1] = h
			return string(b), after, true
		}
		if h, ok := horns[b[n-1]]; ok && r == 'w' {
			b[n-1] = h
			return string(b), after, true
		}
	}
	mark, ok := tones[r]
	if !ok {
		return "", "", false
	}
	word := append(b, []rune(after)...)
	isVowel := func(c rune) bool {
		return strings.ContainsRune("aeiouyAEIOUY", []rune(norm.NFD.String(string(c)))[0])
	}
	e := len(word)
	for e > 0 && !isVowel(word[e-1]) {
		e--
	}
	s := e
	for s > 0 && isVowel(word[s-1]) {
		s--
	}
	if e == 0 {
		return "", "", false
	}
	at := s // one vowel, or the first of two open ones ("chào")
	switch {
	case e < len(word) || e-s > 2: // closed by a consonant: the last vowel
		at = e - 1
	case e-s == 2:
		at = s
	}
	for i := s; i < e; i++ {
		if hasMark(word[i]) { // a hat or horn takes the tone
			at = i
		}
	}
	word[at] = []rune(norm.NFC.String(string(word[at]) + string(mark)))[0]
	return string(word[:len(b)]), string(word[len(b):]), true
}

func hasMark(c rune) bool { return len([]rune(norm.NFD.String(string(c)))) > 1 }
