package awardfile

import (
	"unicode"

	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// VNI (the VNI-Windows fonts such as VNI-Times) writes most Vietnamese letters as an
// ASCII base letter followed by one byte that draws the marks: "Vieät" is "Việt".
// A handful of letters have a byte of their own (đ, ơ, ư and the i's, ỵ), and ơ and
// ư take a tone byte after them. Every mark byte has an upper-case twin for capitals.

// vniMark is what one VNI mark byte adds to the letter before it.
type vniMark struct{ shape, tone rune }

// vniMarks maps each mark byte, lower-case form then upper-case form.
var vniMarks = []struct {
	lower, upper byte
	mark         vniMark
}{
	{0xF9, 0xD9, vniMark{0, toneAcute}},
	{0xF8, 0xD8, vniMark{0, toneGrave}},
	{0xFB, 0xDB, vniMark{0, toneHook}},
	{0xF5, 0xD5, vniMark{0, toneTilde}},
	{0xEF, 0xCF, vniMark{0, toneDot}},
	{0xE2, 0xC2, vniMark{markCircumflex, 0}},
	{0xE1, 0xC1, vniMark{markCircumflex, toneAcute}},
	{0xE0, 0xC0, vniMark{markCircumflex, toneGrave}},
	{0xE5, 0xC5, vniMark{markCircumflex, toneHook}},
	{0xE3, 0xC3, vniMark{markCircumflex, toneTilde}},
	{0xE4, 0xC4, vniMark{markCircumflex, toneDot}},
	{0xEA, 0xCA, vniMark{markBreve, 0}},
	{0xE9, 0xC9, vniMark{markBreve, toneAcute}},
	{0xE8, 0xC8, vniMark{markBreve, toneGrave}},
	{0xFA, 0xDA, vniMark{markBreve, toneHook}},
	{0xFC, 0xDC, vniMark{markBreve, toneTilde}},
	{0xEB, 0xCB, vniMark{markBreve, toneDot}},
}

// vniLetters are the letters with a byte of their own, lower-case byte first.
var vniLetters = []struct {
	lower, upper byte
	r            rune // lower case
}{
	{0xF1, 0xD1, 'đ'},
	{0xF4, 0xD4, 'ơ'},
	{0xF6, 0xD6, 'ư'},
	{0xEC, 0xCC, 'ì'},
	{0xED, 0xCD, 'í'},
	{0xE6, 0xC6, 'ỉ'},
	{0xF3, 0xD3, 'ĩ'},
	{0xF2, 0xD2, 'ị'},
	{0xEE, 0xCE, 'ỵ'},
}

var (
	vniMarkOf   [256]*vniMark
	vniLetterOf [256]rune
	vniEncode   = map[rune]string{}
)

func init() {
	for i := range vniMarks {
		m := &vniMarks[i]
		vniMarkOf[m.lower], vniMarkOf[m.upper] = &m.mark, &m.mark
	}
	for _, l := range vniLetters {
		vniLetterOf[l.lower], vniLetterOf[l.upper] = l.r, unicode.ToUpper(l.r)
		vniEncode[l.r] = string([]byte{l.lower})
		vniEncode[unicode.ToUpper(l.r)] = string([]byte{l.upper})
	}
	// Every other letter: its base (or the ơ/ư byte) and the one mark byte.
	for _, v := range vowelShapes {
		for _, shape := range v.shapes {
			for _, tone := range tones {
				if shape == 0 && tone == 0 {
					continue
				}
				r := compose(v.base, shape, tone)
				if _, done := vniEncode[r]; done {
					continue
				}
				base, bshape := v.base, shape
				if shape == markHorn {
					bshape = 0 // ơ and ư have bytes; the mark byte adds only the tone
				}
				for _, m := range vniMarks {
					if m.mark.shape == bshape && m.mark.tone == tone {
						lower, upper := string(base), string(unicode.ToUpper(base))
						if shape == markHorn {
							lower, upper = vniEncode[compose(base, markHorn, 0)], vniEncode[unicode.ToUpper(compose(base, markHorn, 0))]
						}
						vniEncode[r] = lower + string([]byte{m.lower})
						vniEncode[unicode.ToUpper(r)] = upper + string([]byte{m.upper})
					}
				}
			}
		}
	}
}

// vniJoins maps a toneless lower-case letter and a mark byte's marks to the letter
// they make together.
var vniJoins = map[vniJoinKey]rune{}

type vniJoinKey struct {
	letter rune
	mark   vniMark
}

func init() {
	for _, v := range vowelShapes {
		for _, shape := range v.shapes {
			letter := v.base
			if shape != 0 {
				letter = compose(v.base, shape, 0)
			}
			for _, m := range vniMarks {
				if m.mark.shape != 0 && shape != 0 {
					continue
				}
				s := shape
				if m.mark.shape != 0 {
					s = m.mark.shape
				}
				if !shapeAllowed(v.base, s) {
					continue
				}
				vniJoins[vniJoinKey{letter, m.mark}] = compose(v.base, s, m.mark.tone)
			}
		}
	}
}

func shapeAllowed(base, shape rune) bool {
	for _, v := range vowelShapes {
		if v.base == base {
			for _, s := range v.shapes {
				if s == shape {
					return true
				}
			}
		}
	}
	return false
}

// decodeVNI returns the text of VNI bytes. A mark byte after a letter it cannot
// sit on becomes the combining marks it draws, which the detector counts against
// VNI; bytes that are neither letters nor marks read as Windows-1252.
func decodeVNI(b []byte) string {
	out := make([]byte, 0, len(b)+len(b)/4)
	var prev rune // the last letter written, while a mark may still join it
	prevAt := 0   // where prev starts in out
	for _, c := range b {
		if m := vniMarkOf[c]; m != nil {
			if prev != 0 {
				if r, ok := vniJoins[vniJoinKey{unicode.ToLower(prev), *m}]; ok {
					if unicode.IsUpper(prev) {
						r = unicode.ToUpper(r)
					}
					out = utf8.AppendRune(out[:prevAt], r)
					prev = 0
					continue
				}
			}
			if m.shape != 0 {
				out = utf8.AppendRune(out, m.shape)
			}
			if m.tone != 0 {
				out = utf8.AppendRune(out, m.tone)
			}
			prev = 0
			continue
		}
		var r rune
		switch {
		case c < 0x80:
			r = rune(c)
		case vniLetterOf[c] != 0:
			r = vniLetterOf[c]
		default:
			r = charmap.Windows1252.DecodeByte(c)
		}
		prev, prevAt = r, len(out)
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// encodeVNI returns s in VNI, and false when s holds a character VNI cannot write.
// s should be NFC.
func encodeVNI(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s)+len(s)/4)
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
		} else if e, ok := vniEncode[r]; ok {
			out = append(out, e...)
		} else if b, ok := charmap.Windows1252.EncodeRune(r); ok && vniMarkOf[b] == nil && vniLetterOf[b] == 0 {
			out = append(out, b)
		} else {
			return nil, false
		}
	}
	return out, true
}
