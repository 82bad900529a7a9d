package awardfile

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A Vietnamese letter is a base letter, at most one shape mark (breve, circumflex,
// horn) and at most one tone mark. Encoding detection takes every word apart this
// way to tell Vietnamese from the debris a wrong decoding leaves.

// Shape and tone marks, as Unicode combining characters.
const (
	markBreve      = '\u0306'
	markCircumflex = '\u0302'
	markHorn       = '\u031B'

	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneHook  = '\u0309'
	toneTilde = '\u0303'
	toneDot   = '\u0323'
)

// tones lists the tone marks in the order Vietnamese teaches them: none, sắc,
// huyền, hỏi, ngã, nặng.
var tones = []rune{0, toneAcute, toneGrave, toneHook, toneTilde, toneDot}

// vowelShapes lists the vowels with the shapes each may carry.
var vowelShapes = []struct {
	base   rune
	shapes []rune
}{
	{'a', []rune{0, markBreve, markCircumflex}},
	{'e', []rune{0, markCircumflex}},
	{'i', []rune{0}},
	{'o', []rune{0, markCircumflex, markHorn}},
	{'u', []rune{0, markHorn}},
	{'y', []rune{0}},
}

// compose returns the precomposed letter for base, shape and tone.
func compose(base, shape, tone rune) rune {
	s := string(base)
	if shape != 0 {
		s += string(shape)
	}
	if tone != 0 {
		s += string(tone)
	}
	r := []rune(norm.NFC.String(s))
	if len(r) != 1 {
		panic("awardfile: no precomposed letter for " + s)
	}
	return r[0]
}

// vietnameseLetters returns the 67 lower-case letters of Vietnamese that are not
// plain ASCII: every vowel with every shape and tone, and đ.
func vietnameseLetters() []rune {
	var out []rune
	for _, v := range vowelShapes {
		for _, shape := range v.shapes {
			for _, tone := range tones {
				if shape == 0 && tone == 0 {
					continue
				}
				out = append(out, compose(v.base, shape, tone))
			}
		}
	}
	return append(out, 'đ')
}

// vletter is one letter of a word taken apart.
type vletter struct {
	base  rune // a–z or đ
	shape rune // 0, markBreve, markCircumflex or markHorn
	tone  rune // 0 or a tone mark
}

// key is the letter without its tone, as syllable rules see it: 'ư', 'ê', 'a'.
func (l vletter) key() rune {
	if l.shape == 0 {
		return l.base
	}
	return toneless[[2]rune{l.base, l.shape}]
}

func (l vletter) vowel() bool {
	switch l.base {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

var (
	// letterOf takes apart every precomposed lower-case letter of Vietnamese.
	letterOf = map[rune]vletter{'đ': {base: 'đ'}}
	// toneless gives the letter for a base and a shape: {'a', markBreve} → 'ă'.
	toneless = map[[2]rune]rune{}
)

func init() {
	for r := 'a'; r <= 'z'; r++ {
		letterOf[r] = vletter{base: r}
	}
	for _, v := range vowelShapes {
		for _, shape := range v.shapes {
			if shape != 0 {
				toneless[[2]rune{v.base, shape}] = compose(v.base, shape, 0)
			}
			for _, tone := range tones {
				letterOf[compose(v.base, shape, tone)] = vletter{v.base, shape, tone}
			}
		}
	}
}

// splitLetters takes a lower-case word apart; ok is false when it holds anything
// but Latin letters, đ and the Vietnamese marks, or a mark in the wrong place.
func splitLetters(word string) ([]vletter, bool) {
	out := make([]vletter, 0, 8)
	for _, r := range word {
		if l, ok := letterOf[r]; ok {
			out = append(out, l)
			continue
		}
		// A combining mark, as decomposed text has them.
		switch r {
		case markBreve, markCircumflex, markHorn:
			if len(out) == 0 || out[len(out)-1].shape != 0 {
				return nil, false
			}
			l := &out[len(out)-1]
			if _, ok := toneless[[2]rune{l.base, r}]; !ok {
				return nil, false
			}
			l.shape = r
		case toneGrave, toneAcute, toneHook, toneTilde, toneDot:
			if len(out) == 0 || out[len(out)-1].tone != 0 || !out[len(out)-1].vowel() {
				return nil, false
			}
			out[len(out)-1].tone = r
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
}

// onsets are the consonant clusters a syllable may open with, longest first.
var onsets = []string{"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// codas are the consonants a syllable may close with.
var codas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

// Rules for a nucleus (the vowels of a syllable).
const (
	codaAny  = iota // open or closed: "ta", "tan"
	codaNeed        // needs a closing consonant: "ăn", "tiên"
	codaNone        // ends in a glide, takes no consonant: "tai", "tươi"
)

// nuclei are the vowel groups of Vietnamese and whether they take a coda.
var nuclei = map[string]int{
	"a": codaAny, "ă": codaNeed, "â": codaNeed, "e": codaAny, "ê": codaAny, "i": codaAny,
	"o": codaAny, "ô": codaAny, "ơ": codaAny, "u": codaAny, "ư": codaAny, "y": codaAny,
	"ai": codaNone, "ao": codaNone, "au": codaNone, "ay": codaNone, "âu": codaNone, "ây": codaNone,
	"eo": codaNone, "êu": codaNone, "ia": codaNone, "iu": codaNone, "oi": codaNone, "ôi": codaNone,
	"ơi": codaNone, "ua": codaNone, "ui": codaNone, "ưa": codaNone, "ưi": codaNone, "ưu": codaNone,
	"iê": codaNeed, "yê": codaNeed, "uô": codaNeed, "ươ": codaNeed, "oă": codaNeed, "uâ": codaNeed,
	"oo": codaNeed, "oa": codaAny, "oe": codaAny, "uê": codaAny, "uy": codaAny, "uơ": codaAny,
	"iêu": codaNone, "yêu": codaNone, "oai": codaNone, "oao": codaNone, "oay": codaNone,
	"oeo": codaNone, "uây": codaNone, "uôi": codaNone, "ươi": codaNone, "ươu": codaNone,
	"uya": codaNone, "uyu": codaNone, "uyê": codaNeed,
}

// isSyllable reports whether word (lower case) is spelled like a Vietnamese
// syllable: an onset, a nucleus, a coda, at most one tone, the spelling rules for
// c/k, g/gh and ng/ngh, and only sắc or nặng before a closing c, ch, p or t.
func isSyllable(word string) bool {
	letters, ok := splitLetters(word)
	if !ok {
		return false
	}
	keys := make([]rune, 0, len(letters))
	tone := rune(0)
	for _, l := range letters {
		if l.tone != 0 {
			if tone != 0 {
				return false
			}
			tone = l.tone
		}
		keys = append(keys, l.key())
	}
	s := string(keys)

	onset := ""
	for _, o := range onsets {
		if strings.HasPrefix(s, o) {
			onset = o
			break
		}
	}
	rest := []rune(s[len(onset):])
	switch onset {
	case "gi":
		// "gì": g + ì; "gia": gi + a.
		if len(rest) == 0 || !isVowelKey(rest[0]) {
			onset, rest = "g", []rune(s[1:])
		}
	case "qu":
		if len(rest) == 0 {
			return false
		}
	}
	n := 0
	for n < len(rest) && isVowelKey(rest[n]) {
		n++
	}
	nucleus, coda := string(rest[:n]), string(rest[n:])
	rule, ok := nuclei[nucleus]
	if !ok || !codas[coda] {
		return false
	}
	switch {
	case rule == codaNeed && coda == "", rule == codaNone && coda != "":
		return false
	}
	if coda == "c" || coda == "ch" || coda == "p" || coda == "t" {
		if tone != 0 && tone != toneAcute && tone != toneDot {
			return false
		}
	}
	front := nucleus[0] == 'i' || nucleus[0] == 'e' || strings.HasPrefix(nucleus, "ê") || nucleus[0] == 'y'
	switch onset {
	case "k", "gh", "ngh":
		return front
	case "c", "ng":
		return !front
	case "g":
		return !front || nucleus == "i" || strings.HasPrefix(nucleus, "i")
	}
	return true
}

func isVowelKey(r rune) bool {
	return strings.ContainsRune("aăâeêioôơuưy", r)
}

// commonSyllables are frequent syllables of names, units, titles and award lists.
// A wrong decoding can spell a real but rare syllable ("Lê" read as TCVN3 is
// "Lờ"); it almost never spells these.
var commonSyllables = map[string]bool{}

func init() {
	for _, w := range strings.Fields(commonSyllableList) {
		commonSyllables[w] = true
	}
}

const commonSyllableList = `
nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh
lương đào hà tạ trương lưu phùng kiều quách tô vương triệu nghiêm lại khúc mạc
tăng tống thân doãn lục âu diệp đồng đàm lã văn thị đức hữu công quốc
anh ánh ân bảo bích bình cường chí châu chiến cúc diễm diệu dũng duẩn duệ duy
dung đại đạt điệp định đông giang hạnh hải hằng hân hậu hiền hiển hiệp hiếu hoà
hòa hoài hoàn hồng huệ hùng hưng hương hường huyền khải khang khánh khoa khôi kiên
kiệt lâm lân liên liễu linh lộc lợi luận lực mạnh mến minh mỹ mị mừng năm nga ngân
nghĩa ngọc nguyên nguyệt nhàn nhân nhật nhi nhung như oanh phát phong phú phúc phụng
phương phượng quân quang quảng quế quý quyên quyết quỳnh sáng sương tài tâm tân thái
thắm thắng thanh thành thảo thắm thế thiện thịnh thơ thoa thông thu thuận thúy thủy thùy
thư thương tiến tiên tiền toàn trà trâm trí triều trinh trọng trung trúc trường tú tuấn
tùng tuệ tuyến tuyết tường uyên vân việt vinh vĩnh xuân yến
phòng ban sở tổ chức cán bộ văn ủy nhân dân tâm công an quận huyện phường xã thành
phố tỉnh hội đồng đảng đoàn liên lao động thương binh kế hoạch đầu tư tài chính giáo
dục đào tạo tế hóa hoá thể thao lịch nội vụ pháp nông nghiệp phát triển xây dựng giao
thông vận tải nguyên môi trường khoa học tin truyền thanh tra quản lý điện nước đô
thị cục chi viện bệnh trạm đội tiểu trường mầm non cơ quan khối ngành mặt trận tổ
quốc cựu chiến phụ nữ niên hợp tác doanh nghiệp kinh tế hành chính một cửa tiếp
tuyên giáo kiểm sát tòa án thuế kho bạc ngân hàng bưu cảnh sát phòng cháy chữa
cháy quân sự biên phòng hải đường sắt cảng xí
chuyên viên trưởng phó giám đốc chánh bí thư chủ tịch sự kế toán thủ quỹ lãnh đạo
cấp ủy viên thường trực đội thiếu úy trung tá đại thượng tướng giảng kỹ thuật sĩ
bác dược tá nhà giáo ưu tú điều dưỡng nhân viên phụ trách lái xe bảo vệ
họ và tên loại đơn vị chức vụ hình thức khen thưởng tập cá danh sách được số quyết
định kèm theo ngày tháng giấy bằng chiến sĩ thi đua lao động tiên tiến xuất sắc
hoàn thành nhiệm vụ năm thành tích trong công tác đã có những đóng góp tích cực
của cho các với về từ đến tại là có không này đó người đã sẽ đang rất nhiều
`
