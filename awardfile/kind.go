package awardfile

import (
	"strings"

	"newsdesk/model"
)

// How a recipient's kind is decided, first rule that applies:
//
//  1. a kind column ("Loại": Tập thể / Cá nhân) on the row;
//  2. the section the row sits in: a row reading only "I. TẬP THỂ" or "B. Cá nhân"
//     makes the rows under it collectives or individuals;
//  3. the name column's heading: "Họ và tên" holds individuals, "Tên tập thể" and
//     "Tên đơn vị" collectives (a file may have both columns, filling one per row);
//  4. under a plain "Tên" heading, the row itself: a row with a title (Chức vụ) is an
//     individual; a name opening with a kind of unit ("Phòng", "Trung tâm", "Ủy
//     ban", …) is a collective; a name opening with a common family name
//     ("Nguyễn", "Trần", …) is an individual.
//
// A row none of these decides is reported, never guessed.

// unitWords open collectives' names, in lower case. They are compared with their
// diacritics, because folding would merge "Tổ" with the family name "Tô" and "Vụ"
// with "Vũ"; names typed without diacritics are compared folded, leaving out the
// words folding merges.
var unitWords = strings.Split("phòng|ban|sở|cục|chi cục|vụ|viện|trung tâm|văn phòng|ủy ban|uỷ ban|ubnd|"+
	"hđnd|hội đồng|hội|tập thể|tổ|đội|trạm|trại|trường|bệnh viện|khoa|bộ phận|công ty|"+
	"tổng công ty|xí nghiệp|nhà máy|hợp tác xã|htx|ngân hàng|kho bạc|chi nhánh|công an|"+
	"bộ chỉ huy|ban chỉ huy|đảng bộ|đảng ủy|đảng uỷ|chi bộ|đoàn thanh niên|đoàn tncs|"+
	"đoàn khối|đoàn cơ sở|công đoàn|liên đoàn|mặt trận|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|"+
	"quận ủy|quận uỷ|huyện ủy|huyện uỷ|phường|xã|thị trấn|quận|huyện|thành phố|tỉnh|"+
	"thị xã|thôn|ấp|khu phố|tổ dân phố|cụm|lớp|câu lạc bộ|clb|ban quản lý|bql|"+
	"nhà văn hóa|nhà văn hoá|thư viện|báo|đài|tạp chí|nhà xuất bản|học viện|tổng cục|bộ|"+
	"ký túc xá|bưu điện|tiểu đoàn|trung đoàn|sư đoàn|đại đội|trung đội|hải đội|"+
	"đồn biên phòng|department|office|committee|centre|center|division|team|unit|"+
	"school|hospital|company", "|")

// familyNames are the commonest Vietnamese family names, in lower case.
var familyNames = strings.Fields("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ " +
	"ngô dương lý đinh trịnh lương mai cao lâm đào hà tạ trương lưu phùng kiều quách thái " +
	"vương triệu nghiêm lại khúc giáp mạc tăng tống thân ông đoàn lục âu diệp đồng đàm lã " +
	"tiêu chu châu thạch kim hứa khổng cù lò lữ tô")

var (
	unitSet, familySet             = map[string]bool{}, map[string]bool{}
	unitFoldedSet, familyFoldedSet = map[string]bool{}, map[string]bool{}
)

func init() {
	for _, w := range unitWords {
		unitSet[w] = true
	}
	for _, w := range familyNames {
		familySet[w] = true
	}
	// Folded words are kept only where folding merges nothing across the lists.
	merged := map[string]bool{}
	for _, w := range unitWords {
		for _, n := range familyNames {
			if fold(w) == fold(n) {
				merged[fold(w)] = true
			}
		}
	}
	for _, w := range []string{"phong", "truong", "to", "vu", "bo", "hoi", "doi", "dai", "bao", "tram", "khoa", "quan", "ban", "lop", "cum"} {
		merged[w] = true // also given names or family names without diacritics
	}
	for _, w := range unitWords {
		if f := fold(w); !merged[f] {
			unitFoldedSet[f] = true
		}
	}
	for _, n := range familyNames {
		if f := fold(n); !merged[f] {
			familyFoldedSet[f] = true
		}
	}
}

// guessKind applies rule 4 above to a row with a plain name column.
func guessKind(name, title string) (model.RecipientKind, bool) {
	if title != "" {
		return model.Individual, true
	}
	lower := strings.Join(strings.Fields(strings.ToLower(name)), " ")
	units, families := unitSet, familySet
	if isASCII(lower) {
		lower = fold(lower)
		units, families = unitFoldedSet, familyFoldedSet
	}
	words := strings.Fields(lower)
	for n := min(len(words), 4); n >= 1; n-- {
		if units[strings.Join(words[:n], " ")] {
			return model.Collective, true
		}
	}
	if len(words) >= 2 && families[words[0]] {
		return model.Individual, true
	}
	return "", false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// sectionKind reads a row that only names a section of the list: "I. TẬP THỂ",
// "B - Cá nhân:", "Khen thưởng tập thể (12)". ok is false for any other row.
func sectionKind(text string) (model.RecipientKind, bool) {
	words := strings.Fields(fold(text))
	// An enumerator: a Roman numeral, a letter or a number.
	if len(words) > 1 && (isRoman(words[0]) || len(words[0]) == 1 || isDigits(words[0])) {
		words = words[1:]
	}
	for len(words) > 0 && isDigits(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	s := strings.Join(words, " ")
	for _, p := range []string{"khen thuong ", "danh sach ", "cac ", "doi voi "} {
		s = strings.TrimPrefix(s, p)
	}
	switch s {
	case "tap the", "collectives", "collective":
		return model.Collective, true
	case "ca nhan", "individuals", "individual":
		return model.Individual, true
	}
	return "", false
}

func isRoman(s string) bool {
	return s != "" && strings.Trim(s, "ivxl") == ""
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
