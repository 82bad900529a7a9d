package awardfile

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
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
