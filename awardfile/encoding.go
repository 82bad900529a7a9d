package awardfile

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"newsdesk/model"
)

// encoding is a way a CSV file's text may be written.
type encoding int

// The encodings Read understands.
const (
	encUTF8 encoding = iota
	encUTF16LE
	encUTF16BE
	encWindows1258
	encTCVN3
	encVNI
	encVN1
)

// label is the encoding's name as people know it, for messages.
func (e encoding) label() string {
	switch e {
	case encWindows1258:
		return msgT("awardfile.enc.windows1258")
	case encTCVN3:
		return msgT("awardfile.enc.tcvn3")
	case encVNI:
		return msgT("awardfile.enc.vni")
	case encVN1:
		return msgT("awardfile.enc.vn1")
	}
	return "Unicode"
}

// decode returns the text of an 8-bit legacy file in the given encoding, in NFC.
func (e encoding) decode(b []byte) string {
	switch e {
	case encWindows1258:
		out := make([]rune, 0, len(b))
		for _, c := range b {
			out = append(out, charmap.Windows1258.DecodeByte(c))
		}
		// Windows-1258 writes most toned letters as a letter plus a combining tone.
		return norm.NFC.String(string(out))
	case encTCVN3:
		return decodeTCVN3(b)
	case encVNI:
		return decodeVNI(b)
	case encVN1:
		return decodeVN1(b)
	}
	return string(b)
}

// legacyEncodings are the 8-bit encodings a file that is not UTF-8 may be in.
// TCVN3 stands for itself and VN1, the full TCVN table that shares its codes:
// detectLegacy asks tcvnVariant which of the two to score.
var legacyEncodings = []encoding{encWindows1258, encTCVN3, encVNI}

// detectSample is how much of a file encoding detection reads: plenty of words to
// judge by, and quick on a large file.
const detectSample = 1 << 20

// decodeCSV returns the text of a CSV file and the encoding it was in. Byte-order
// marks decide UTF-8 and UTF-16; valid UTF-8 is UTF-8; anything else is read as
// Windows-1258, TCVN3 (or VN1), VNI in turn and the reading that spells Vietnamese is
// kept. A file no reading spells clearly better than the others is refused rather
// than guessed: a wrong guess would put mangled names in a report.
func decodeCSV(name string, data []byte) (string, encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), encUTF8, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), encUTF16LE, nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), encUTF16BE, nil
	}
	if e, ok := sniffUTF16(data); ok {
		return decodeUTF16(data, e == encUTF16BE), e, nil
	}
	if utf8.Valid(data) && !vn1ASCII(data) {
		return string(data), encUTF8, nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", 0, model.Errorf(model.EINVALID, "awardfile.binary", name)
	}
	if line, ok := brokenUTF8(data); ok {
		return "", 0, model.Errorf(model.EINVALID, "awardfile.encoding.broken_utf8", name, line)
	}
	e, err := detectLegacy(name, sample(data))
	if err != nil {
		return "", 0, err
	}
	return e.decode(data), e, nil
}

// sample returns the start of data, cut at a line end.
func sample(data []byte) []byte {
	if len(data) <= detectSample {
		return data
	}
	s := data[:detectSample]
	if i := bytes.LastIndexByte(s, '\n'); i > 0 {
		s = s[:i]
	}
	return s
}

// brokenUTF8 recognises a UTF-8 file with a few bad bytes in it: most of its
// non-ASCII characters are valid UTF-8, which text in an 8-bit encoding almost never
// is. It returns the line of the first bad byte.
func brokenUTF8(data []byte) (line int, ok bool) {
	valid, invalid, first := 0, 0, -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
			if first < 0 {
				first = i
			}
		} else {
			valid++
		}
		i += n
	}
	if valid < 3 || valid < 4*invalid {
		return 0, false
	}
	return bytes.Count(data[:first], []byte{'\n'}) + 1, true
}

// decodeUTF16 returns the text of UTF-16 bytes without their byte-order mark.
func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// sniffUTF16 recognises UTF-16 written without a byte-order mark by its zero bytes:
// text that is mostly ASCII has a zero in every other byte.
func sniffUTF16(data []byte) (encoding, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return 0, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*3 && even*20 < half:
		return encUTF16LE, true
	case even*10 >= half*3 && odd*20 < half:
		return encUTF16BE, true
	}
	return 0, false
}

// reading is one candidate decoding of a file and how Vietnamese it looks.
type reading struct {
	enc  encoding
	text string
	wordScore
}

// wordScore counts, over the words with a non-ASCII letter, those spelled like a
// Vietnamese syllable (good), those among the frequent syllables (common), and
// words and symbols no Vietnamese text has (bad).
type wordScore struct{ good, common, bad int }

// value weighs the counts: one misspelled word outweighs a lucky syllable.
func (s wordScore) value() int { return s.good + 2*s.common - 3*s.bad }

// detectLegacy picks the 8-bit encoding of data or says why it cannot.
func detectLegacy(name string, data []byte) (encoding, error) {
	var rs []reading
	score := func(e encoding) {
		t := e.decode(data)
		rs = append(rs, reading{enc: e, text: t, wordScore: scoreText(t)})
	}
	for _, e := range legacyEncodings {
		if e != encTCVN3 {
			score(e)
			continue
		}
		tcvn, sure := tcvnVariant(data)
		score(tcvn)
		if !sure {
			score(encVN1)
		}
	}
	best, ok, second := choose(rs)
	if ok {
		return best.enc, nil
	}
	if second == nil {
		return 0, model.Errorf(model.EINVALID, "awardfile.encoding.unknown", name)
	}
	return 0, model.Errorf(model.EINVALID, "awardfile.encoding.ambiguous", name, best.enc.label(), second.enc.label())
}

// choose returns the reading that spells Vietnamese clearly better than every
// other. When none does, ok is false and second is the runner-up worth naming (nil
// when no reading looks like Vietnamese at all).
func choose(rs []reading) (best reading, ok bool, second *reading) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].value() > rs[j].value() })
	best = rs[0]
	same := true
	for _, r := range rs[1:] {
		same = same && r.text == best.text
	}
	if same && best.bad == 0 {
		return best, true, nil // the bytes mean the same in every encoding
	}
	if best.good == 0 || best.value() <= 0 {
		return best, false, nil
	}
	for _, r := range rs[1:] {
		if r.text == best.text {
			continue // the same reading under another name
		}
		if r.value() > 0 && (best.value() < 2*r.value() || best.value()-r.value() < 4) {
			return best, false, &r
		}
		break
	}
	return best, true, nil
}

// scoreText counts the Vietnamese-looking words of text (see wordScore).
func scoreText(text string) wordScore {
	var s wordScore
	start, nonASCII := -1, false
	// Lists repeat their words: judge each once.
	type verdict struct{ good, common bool }
	seen := map[string]verdict{}
	flush := func(end int) {
		if start >= 0 && nonASCII {
			word := text[start:end]
			v, ok := seen[word]
			if !ok {
				w := strings.ToLower(word)
				v.good = isSyllable(w)
				v.common = v.good && commonSyllables[norm.NFC.String(w)]
				seen[word] = v
			}
			switch {
			case v.common:
				s.good++
				s.common++
			case v.good:
				s.good++
			default:
				s.bad++
			}
		}
		start, nonASCII = -1, false
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			if r >= utf8.RuneSelf {
				nonASCII = true
			}
			continue
		}
		flush(i)
		if r >= utf8.RuneSelf && !unicode.IsSpace(r) && !strings.ContainsRune("–—‘’“”…•«»°·×№", r) {
			s.bad++
		}
	}
	flush(len(text))
	return s
}
