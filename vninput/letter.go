package vninput

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A Vietnamese letter is a base letter (a–z or đ), at most one shape mark and at most
// one tone mark. The engine takes a word apart into letters, changes marks, and puts
// it back together from precomposed characters, so its output is always NFC.

// shape is the mark that makes a different letter: ă, â ê ô, ơ ư.
type shape uint8

const (
	noShape    shape = iota
	breve            // ă
	circumflex       // â ê ô
	horn             // ơ ư
)

// tone is one of the five marked tones of Vietnamese; noTone is the level tone.
type tone uint8

const (
	noTone tone = iota
	grave       // huyền
	hook        // hỏi
	tilde       // ngã
	acute       // sắc
	dot         // nặng
)

var toneMarks = [...]rune{noTone: 0, grave: '\u0300', hook: '\u0309', tilde: '\u0303', acute: '\u0301', dot: '\u0323'}
var shapeMarks = [...]rune{noShape: 0, breve: '\u0306', circumflex: '\u0302', horn: '\u031B'}

type letter struct {
	base  byte // 'a'–'z', or 'D' for đ
	shape shape
	tone  tone
	upper bool
}

const dStroke = 'D' // the base of đ in a letter

func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// shapes lists the shapes each vowel may carry.
func shapeAllowed(b byte, s shape) bool {
	switch s {
	case noShape:
		return true
	case breve:
		return b == 'a'
	case circumflex:
		return b == 'a' || b == 'e' || b == 'o'
	case horn:
		return b == 'o' || b == 'u'
	}
	return false
}

// index of a letter in the composition table: base (27) × shape (4) × tone (6) × case (2).
func letterIndex(l letter) int {
	b := int(l.base - 'a')
	if l.base == dStroke {
		b = 26
	}
	i := ((b*4+int(l.shape))*6+int(l.tone))*2 + 0
	if l.upper {
		i++
	}
	return i
}

var (
	encodeTable [27 * 4 * 6 * 2]rune
	decodeTable = map[rune]letter{}
)

func init() {
	add := func(l letter, s string) {
		s = norm.NFC.String(s)
		r, n := utf8.DecodeRuneInString(s)
		if n != len(s) {
			panic("vninput: no precomposed letter for " + s)
		}
		encodeTable[letterIndex(l)] = r
		decodeTable[r] = l
	}
	for b := byte('a'); b <= 'z'; b++ {
		for _, up := range []bool{false, true} {
			base := string(rune(b))
			if up {
				base = strings.ToUpper(base)
			}
			if !isVowel(b) {
				add(letter{base: b, upper: up}, base)
				continue
			}
			for s := noShape; s <= horn; s++ {
				if !shapeAllowed(b, s) {
					continue
				}
				for t := noTone; t <= dot; t++ {
					str := base
					if s != noShape {
						str += string(shapeMarks[s])
					}
					if t != noTone {
						str += string(toneMarks[t])
					}
					add(letter{base: b, shape: s, tone: t, upper: up}, str)
				}
			}
		}
	}
	add(letter{base: dStroke}, "đ")
	add(letter{base: dStroke, upper: true}, "Đ")
}

// rune returns the precomposed character of l.
func (l letter) rune() rune { return encodeTable[letterIndex(l)] }

// decode takes s apart into letters; ok is false when s holds anything but
// Vietnamese letters (and plain a–z), which the engine then leaves alone.
func decode(s string, buf []letter) ([]letter, bool) {
	if s == "" {
		return buf, true
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'a' <= c && c <= 'z':
				buf = append(buf, letter{base: c})
			case 'A' <= c && c <= 'Z':
				buf = append(buf, letter{base: c + 'a' - 'A', upper: true})
			default:
				return buf, false
			}
		}
		return buf, true
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	for _, r := range s {
		l, ok := decodeTable[r]
		if !ok {
			return buf, false
		}
		buf = append(buf, l)
	}
	return buf, true
}

// encode puts letters back together.
func encode(ls []letter) string {
	var b strings.Builder
	b.Grow(len(ls) * 2)
	for _, l := range ls {
		b.WriteRune(l.rune())
	}
	return b.String()
}

// lowerShaped is the letter without tone and case, as rhymes are spelled: 'ư', 'ô', 'đ'.
func (l letter) lowerShaped() rune {
	return letter{base: l.base, shape: l.shape}.rune()
}
