package awardfile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// TCVN3 (TCVN 5712:1993, the "VN3" table of the ABC fonts such as .VnTime) gives one
// byte to each lower-case Vietnamese letter and to the seven upper-case letters
// without a tone (Ă Â Ê Ô Ơ Ư Đ). Upper-case letters with a tone have no code: typists
// switch to the upper-case fonts (.VnTimeH), which draw the lower-case codes as
// capitals, so in a file they are lower case. Bytes the table leaves free read as
// Windows-1252, the code page the fonts were used with.
var tcvn3Table = []struct {
	b byte
	r rune
}{
	{0xB5, 'à'}, {0xB6, 'ả'}, {0xB7, 'ã'}, {0xB8, 'á'}, {0xB9, 'ạ'},
	{0xA8, 'ă'}, {0xBB, 'ằ'}, {0xBC, 'ẳ'}, {0xBD, 'ẵ'}, {0xBE, 'ắ'}, {0xC6, 'ặ'},
	{0xA9, 'â'}, {0xC7, 'ầ'}, {0xC8, 'ẩ'}, {0xC9, 'ẫ'}, {0xCA, 'ấ'}, {0xCB, 'ậ'},
	{0xAE, 'đ'},
	{0xCC, 'è'}, {0xCE, 'ẻ'}, {0xCF, 'ẽ'}, {0xD0, 'é'}, {0xD1, 'ẹ'},
	{0xAA, 'ê'}, {0xD2, 'ề'}, {0xD3, 'ể'}, {0xD4, 'ễ'}, {0xD5, 'ế'}, {0xD6, 'ệ'},
	{0xD7, 'ì'}, {0xD8, 'ỉ'}, {0xDC, 'ĩ'}, {0xDD, 'í'}, {0xDE, 'ị'},
	{0xDF, 'ò'}, {0xE1, 'ỏ'}, {0xE2, 'õ'}, {0xE3, 'ó'}, {0xE4, 'ọ'},
	{0xAB, 'ô'}, {0xE5, 'ồ'}, {0xE6, 'ổ'}, {0xE7, 'ỗ'}, {0xE8, 'ố'}, {0xE9, 'ộ'},
	{0xAC, 'ơ'}, {0xEA, 'ờ'}, {0xEB, 'ở'}, {0xEC, 'ỡ'}, {0xED, 'ớ'}, {0xEE, 'ợ'},
	{0xEF, 'ù'}, {0xF1, 'ủ'}, {0xF2, 'ũ'}, {0xF3, 'ú'}, {0xF4, 'ụ'},
	{0xAD, 'ư'}, {0xF5, 'ừ'}, {0xF6, 'ử'}, {0xF7, 'ữ'}, {0xF8, 'ứ'}, {0xF9, 'ự'},
	{0xFA, 'ỳ'}, {0xFB, 'ỷ'}, {0xFC, 'ỹ'}, {0xFD, 'ý'}, {0xFE, 'ỵ'},
	{0xA1, 'Ă'}, {0xA2, 'Â'}, {0xA3, 'Ê'}, {0xA4, 'Ô'}, {0xA5, 'Ơ'}, {0xA6, 'Ư'}, {0xA7, 'Đ'},
}

var (
	tcvn3Decode [256]rune
	tcvn3Encode = map[rune]byte{}
)

func init() {
	for i := range 256 {
		if i < 0x80 {
			tcvn3Decode[i] = rune(i)
		} else {
			tcvn3Decode[i] = charmap.Windows1252.DecodeByte(byte(i))
		}
	}
	for _, e := range tcvn3Table {
		tcvn3Decode[e.b] = e.r
		tcvn3Encode[e.r] = e.b
	}
	// Capitals with a tone are written with the lower-case code (see above).
	for _, r := range vietnameseLetters() {
		up := unicode.ToUpper(r)
		if _, ok := tcvn3Encode[up]; !ok {
			tcvn3Encode[up] = tcvn3Encode[r]
		}
	}
}

// decodeTCVN3 returns the text of TCVN3 bytes. Letters a capital font drew are
// lower case in it; fixTCVN3Case puts them back cell by cell.
func decodeTCVN3(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		sb.WriteRune(tcvn3Decode[c])
	}
	return sb.String()
}

// encodeTCVN3 returns s in TCVN3, and false when s holds a character TCVN3 cannot
// write. Capitals with a tone become the lower-case code, as typists wrote them.
func encodeTCVN3(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
		} else if b, ok := tcvn3Encode[r]; ok {
			out = append(out, b)
		} else if b, ok := charmap.Windows1252.EncodeRune(r); ok && tcvn3Decode[b] == r {
			out = append(out, b)
		} else {
			return nil, false
		}
	}
	return out, true
}

// fixTCVN3Case upper-cases a cell typed in a capital font. In such a cell the
// toned letters come as lower case (see above) and the ASCII letters as
// capitals: a word with two capitals or more and a cell with no lower-case ASCII
// letter give it away ("HéI NGHÞ" reads "Hội NGHị" and is "HỘI NGHỊ"). A name in
// an ordinary font has one capital a word ("Đỗ Hà") and stays as it is: the
// code cannot tell "Hà" from a capital font's "HÀ", and a name is never turned
// to capitals on a guess.
func fixTCVN3Case(s string) string {
	capitalFont := false
	for _, word := range strings.Fields(s) {
		upper := 0
		for _, r := range word {
			switch {
			case r >= 'a' && r <= 'z':
				return s
			case unicode.IsUpper(r):
				upper++
			}
		}
		capitalFont = capitalFont || upper >= 2
	}
	if !capitalFont {
		return s
	}
	return strings.ToUpper(s)
}

// VN1, the full table of TCVN 5712:1993 (glibc's "TCVN", "TCVN5712-1"), keeps every
// code of TCVN3 and gives the 60 capitals with a tone codes of their own: 12 in
// the control range (0x01–0x17) and the rest in the bytes TCVN3 leaves free, over
// the C1 range and among the lower-case letters; 0xB0–0xB4 are the five tones as
// combining marks. The capitals below are copied from glibc's charmap
// localedata/charmaps/TCVN5712-1; testdata/tcvn-vn1-bytes.txt is glibc's iconv
// reading of each byte, and the tests hold the table to it.
var vn1Table = []struct {
	b byte
	r rune
}{
	{0x01, 'Ú'}, {0x02, 'Ụ'}, {0x04, 'Ừ'}, {0x05, 'Ử'}, {0x06, 'Ữ'},
	{0x11, 'Ứ'}, {0x12, 'Ự'}, {0x13, 'Ỳ'}, {0x14, 'Ỷ'}, {0x15, 'Ỹ'}, {0x16, 'Ý'}, {0x17, 'Ỵ'},
	{0x80, 'À'}, {0x81, 'Ả'}, {0x82, 'Ã'}, {0x83, 'Á'}, {0x84, 'Ạ'}, {0x85, 'Ặ'}, {0x86, 'Ậ'},
	{0x87, 'È'}, {0x88, 'Ẻ'}, {0x89, 'Ẽ'}, {0x8A, 'É'}, {0x8B, 'Ẹ'}, {0x8C, 'Ệ'},
	{0x8D, 'Ì'}, {0x8E, 'Ỉ'}, {0x8F, 'Ĩ'}, {0x90, 'Í'}, {0x91, 'Ị'},
	{0x92, 'Ò'}, {0x93, 'Ỏ'}, {0x94, 'Õ'}, {0x95, 'Ó'}, {0x96, 'Ọ'}, {0x97, 'Ộ'},
	{0x98, 'Ờ'}, {0x99, 'Ở'}, {0x9A, 'Ỡ'}, {0x9B, 'Ớ'}, {0x9C, 'Ợ'},
	{0x9D, 'Ù'}, {0x9E, 'Ủ'}, {0x9F, 'Ũ'},
	{0xAF, 'Ằ'}, {0xBA, 'Ẳ'}, {0xBF, 'Ẵ'}, {0xC0, 'Ắ'},
	{0xC1, 'Ầ'}, {0xC2, 'Ẩ'}, {0xC3, 'Ẫ'}, {0xC4, 'Ấ'},
	{0xC5, 'Ề'}, {0xCD, 'Ể'}, {0xD9, 'Ễ'}, {0xDA, 'Ế'},
	{0xDB, 'Ồ'}, {0xE0, 'Ổ'}, {0xF0, 'Ỗ'}, {0xFF, 'Ố'},
	{0xB0, '\u0300'}, {0xB1, '\u0309'}, {0xB2, '\u0303'}, {0xB3, '\u0301'}, {0xB4, '\u0323'},
}

var (
	vn1Decode [256]rune
	vn1Encode = map[rune]byte{}
)

func init() {
	for i := range 256 {
		vn1Decode[i] = rune(i) // ASCII, and 0xA0 no-break space as in Latin-1
	}
	for _, e := range tcvn3Table {
		vn1Decode[e.b] = e.r
	}
	for _, e := range vn1Table {
		vn1Decode[e.b] = e.r
	}
	for i, r := range vn1Decode {
		vn1Encode[r] = byte(i)
	}
}

// decodeVN1 returns the text of VN1 bytes, in NFC: a tone written as its own byte
// joins the letter before it, as glibc's converter joins it.
func decodeVN1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	marks := false
	for _, c := range b {
		r := vn1Decode[c]
		marks = marks || c >= 0xB0 && c <= 0xB4
		sb.WriteRune(r)
	}
	if marks {
		return norm.NFC.String(sb.String())
	}
	return sb.String()
}

// encodeVN1 returns s (in NFC) in VN1, and false when s holds a character VN1 cannot
// write.
func encodeVN1(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range norm.NFC.String(s) {
		b, ok := vn1Encode[r]
		if !ok {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

// vn1Only marks the bytes VN1 reads otherwise than TCVN3: its capitals with a
// tone and its combining tones.
var vn1Only [256]bool

func init() {
	for _, e := range vn1Table {
		vn1Only[e.b] = true
	}
}

// tcvnVariant tells a VN1 file from a TCVN3 one. They differ only in the bytes
// vn1Only marks, so only the words holding such a byte are judged:
//
//   - for VN1, the word must be a syllable, cased as names and titles are ("Ánh",
//     "ÁNH", never "nÁnh");
//   - for TCVN3, the byte must read as punctuation or a symbol, as Word's quotes,
//     dashes and bullets pasted into a .VnTime file do: a letter there ("ƒnh",
//     or "TRÁN" for VN1's "TRẦN") or a control character (VN1's "Ý" is 0x16) is
//     no TCVN3 file.
//
// A syllable of two letters or more says VN1 even where TCVN3 reads a symbol:
// "NGỌC" is no "NG–C", and the symbols a TCVN3 file holds do not happen to spell
// a syllable with the letters they touch (“Hà” is "ỎHàÕ"). A lone byte both
// readings accept (a bullet "•" that VN1 reads "Ó") says nothing, nor does a
// word neither accepts (a file in another encoding has many). VN1 is the one
// when words are for it and none against it; otherwise TCVN3, the reading of a
// file without such bytes, stands for both. sure is false when words are for
// each: then both readings are scored with the other encodings, and a close
// call is refused.
func tcvnVariant(data []byte) (e encoding, sure bool) {
	vn1Votes, tcvn3Votes := 0, 0
	for i := 0; i < len(data); {
		if !vn1WordByte(data[i]) {
			i++
			continue
		}
		j, special := i, false
		for j < len(data) && vn1WordByte(data[j]) {
			special = special || vn1Only[data[j]]
			j++
		}
		if special {
			vn1OK, tcvn3OK := vn1Word(data[i:j]), tcvn3Word(data[i:j])
			switch {
			case vn1OK && (!tcvn3OK || j-i > 1):
				vn1Votes++
			case tcvn3OK && !vn1OK:
				tcvn3Votes++
			}
		}
		i = j
	}
	switch {
	case vn1Votes > 0 && tcvn3Votes == 0:
		return encVN1, true
	case vn1Votes > 0 && tcvn3Votes > 0:
		return encTCVN3, false
	}
	return encTCVN3, true
}

// vn1WordByte reports whether b is part of a word in VN1: a letter or a tone.
func vn1WordByte(b byte) bool {
	r := vn1Decode[b]
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// vn1Word reports whether VN1 reads the word w as a syllable cased as Vietnamese
// writes it: all in capitals, or a capital and then lower case.
func vn1Word(w []byte) bool {
	s := decodeVN1(w)
	for i, r := range []rune(s) {
		if i > 0 && unicode.IsUpper(r) && s != strings.ToUpper(s) {
			return false
		}
	}
	return isSyllable(strings.ToLower(s))
}

// tcvn3Word reports whether each byte of the word w that VN1 reads otherwise is
// punctuation or a symbol in TCVN3, as Windows-1252 reads it.
func tcvn3Word(w []byte) bool {
	for _, c := range w {
		if r := tcvn3Decode[c]; vn1Only[c] && (unicode.IsLetter(r) || unicode.IsControl(r) || r == utf8.RuneError) {
			return false
		}
	}
	return true
}

// vn1Capital reports whether data[i], a control character, is rather one of the
// capitals VN1 writes in the control range ("Ý" is 0x16): it reads as a letter in
// VN1, and so do its neighbours, or they are the space, punctuation or line end
// around a word.
func vn1Capital(data []byte, i int) bool {
	if !vn1Only[data[i]] {
		return false
	}
	edge := func(j int) bool {
		if j < 0 || j >= len(data) {
			return true
		}
		c := data[j]
		return vn1WordByte(c) || c < 0x80 && strings.IndexByte(" \t\r\n,;\"'().-/", c) >= 0
	}
	return edge(i-1) && edge(i+1)
}

// vn1ASCII reports whether data is ASCII but for capitals VN1 writes in the
// control range, each within a word: a list whose only letters outside ASCII are
// such capitals ("Ứng Ý", "Ỵ Lan") is valid UTF-8 byte for byte, yet VN1.
func vn1ASCII(data []byte) bool {
	found := false
	for i, c := range data {
		if c >= 0x80 {
			return false
		}
		if c < 0x20 && vn1Only[c] {
			if !vn1Capital(data, i) {
				return false
			}
			found = true
		}
	}
	return found
}
