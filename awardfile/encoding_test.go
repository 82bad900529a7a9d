package awardfile_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"newsdesk/awardfile"
)

// The 134 precomposed letters of Vietnamese that are not ASCII, written out by hand.
const (
	lowerLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
	upperLetters = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)

func TestAlphabet(t *testing.T) {
	if got, want := utf8.RuneCountInString(lowerLetters), 67; got != want {
		t.Fatalf("lower-case letters: got %v, want %v", got, want)
	}
	if got, want := utf8.RuneCountInString(upperLetters), 67; got != want {
		t.Fatalf("upper-case letters: got %v, want %v", got, want)
	}
	if got, want := strings.ToUpper(lowerLetters), upperLetters; got != want {
		t.Fatalf("got %v, want %v", got, want)
	}
	// The package builds its letters from marks; they must be the same 67.
	got := map[rune]bool{}
	for _, r := range awardfile.VietnameseLetters() {
		got[r] = true
	}
	for _, r := range lowerLetters {
		if !got[r] {
			t.Errorf("the package does not know %q", r)
		}
	}
	if len(got) != 67 {
		t.Errorf("got %v letters, want 67", len(got))
	}
}

func TestTCVN3(t *testing.T) {
	t.Run("KnownBytes", func(t *testing.T) {
		// As .VnTime files hold them.
		for in, want := range map[string]string{
			"Vi\xD6t Nam":              "Việt Nam",
			"H\xE9i ngh\xDE":           "Hội nghị",
			"\xA7\xB6ng":               "Đảng",
			"Ng\xAD\xEAi":              "Người",
			"quy\xD5t \xAE\xDEnh":      "quyết định",
			"Ph\xDFng T\xE6 ch\xF8c":   "Phòng Tổ chức",
			"c\xB8n b\xE9 \xA6u t\xF3": "cán bộ Ưu tú",
		} {
			if got := awardfile.DecodeTCVN3([]byte(in)); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		}
	})
	t.Run("LowerCaseRoundTrip", func(t *testing.T) {
		b, ok := awardfile.EncodeTCVN3(lowerLetters)
		if !ok {
			t.Fatal("TCVN3 cannot write the lower-case alphabet")
		}
		if got, want := len(b), 67; got != want {
			t.Errorf("got %v bytes, want %v: one byte a letter", got, want)
		}
		seen := map[byte]bool{}
		for _, c := range b {
			if c < 0x80 || seen[c] {
				t.Errorf("byte %#x used twice or ASCII", c)
			}
			seen[c] = true
		}
		if got := awardfile.DecodeTCVN3(b); got != lowerLetters {
			t.Errorf("got %q, want %q", got, lowerLetters)
		}
	})
	t.Run("UpperCase", func(t *testing.T) {
		// Capitals with a tone have no code; a capital font draws the lower-case
		// code, and a cell in capitals comes back in capitals.
		b, ok := awardfile.EncodeTCVN3(upperLetters)
		if !ok {
			t.Fatal("TCVN3 cannot write the upper-case alphabet")
		}
		raw := awardfile.DecodeTCVN3(b)
		for i, r := range []rune(raw) {
			want := []rune(upperLetters)[i]
			if strings.ContainsRune("ĂÂÊÔƠƯĐ", want) {
				if r != want {
					t.Errorf("got %q, want %q", r, want)
				}
			} else if r != []rune(lowerLetters)[i] {
				t.Errorf("got %q, want lower-case %q", r, []rune(lowerLetters)[i])
			}
		}
		if got := awardfile.FixTCVN3Case(raw); got != upperLetters {
			t.Errorf("got %q, want %q", got, upperLetters)
		}
		if got, want := awardfile.FixTCVN3Case(awardfile.DecodeTCVN3([]byte("DANH S\xB8CH T\xCBP TH\xD3"))), "DANH SÁCH TẬP THỂ"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		if got, want := awardfile.FixTCVN3Case("Đà Nẵng"), "Đà Nẵng"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		// A mixed-case name with no ASCII lower-case letter: one capital a word
		// is an ordinary font, kept as it is (it came in as "ĐỖ HÀ").
		for _, name := range []string{"Đỗ Hà", "Ưng Ân", "Hà", "Lê Thị Hà"} {
			b, _ := awardfile.EncodeTCVN3(name)
			raw := awardfile.DecodeTCVN3(b)
			if got := awardfile.FixTCVN3Case(raw); got != name {
				t.Errorf("%q came in as %q", name, got)
			}
		}
	})
}

func TestVNI(t *testing.T) {
	t.Run("KnownBytes", func(t *testing.T) {
		// As VNI-Times files hold them.
		for in, want := range map[string]string{
			"Vie\xE4t Nam":                   "Việt Nam",
			"Ng\xF6\xF4\xF8i":                "Người",
			"\xD1a\xFBng":                    "Đảng",
			"Tha\xF8nh pho\xE1":              "Thành phố",
			"To\xE5 ch\xF6\xF9c":             "Tổ chức",
			"Ho\xE0 Ch\xED Minh":             "Hồ Chí Minh",
			"\xD1A\xD5NG B\xD4\xD8I":         "ĐÃNG BỜI",
			"k\xEE lua\xE4t, \xF4\xFB \xF1a": "kỵ luật, ở đa",
		} {
			if got := awardfile.DecodeVNI([]byte(in)); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		}
	})
	for _, tc := range []struct{ name, letters string }{{"LowerCaseRoundTrip", lowerLetters}, {"UpperCaseRoundTrip", upperLetters}} {
		t.Run(tc.name, func(t *testing.T) {
			b, ok := awardfile.EncodeVNI(tc.letters)
			if !ok {
				t.Fatal("VNI cannot write the alphabet")
			}
			if got := awardfile.DecodeVNI(b); got != tc.letters {
				t.Errorf("got %q, want %q", got, tc.letters)
			}
			// Each letter on its own, between ASCII letters, too.
			for _, r := range tc.letters {
				s := "x" + string(r) + "n"
				b, _ := awardfile.EncodeVNI(s)
				if got := awardfile.DecodeVNI(b); got != s {
					t.Errorf("got %q, want %q", got, s)
				}
			}
		})
	}
	t.Run("StrayMark", func(t *testing.T) {
		// A mark byte after a consonant is no letter: it must not vanish.
		got := awardfile.DecodeVNI([]byte("b\xF9"))
		if got == "b" || !strings.HasPrefix(got, "b") {
			t.Errorf("got %q", got)
		}
	})
}

func TestIsSyllable(t *testing.T) {
	for _, w := range []string{"nguyễn", "người", "quốc", "giữa", "gì", "khuya", "thuở", "nghiệp",
		"chuyên", "ủy", "uỷ", "oanh", "yến", "trường", "việt", "đặng", "lực", "xuân", "quý", "kỹ", "ông", "ạ"} {
		if !awardfile.IsSyllable(w) {
			t.Errorf("%q: got false, want true", w)
		}
	}
	for _, w := range []string{"hé1", "vieät", "ngöôøi", "ph§ng", "ăo", "tiê", "cê", "kan", "ghu", "ngê", "tàc",
		"héi", "nn", "vi\u0302\u0323", "á\u0301", "lª"} {
		if awardfile.IsSyllable(w) {
			t.Errorf("%q: got true, want false", w)
		}
	}
}

// windows1258 writes s as Windows with Vietnamese settings does: the code page's own
// letters where it has them, else the letter without its tone and a combining tone.
func windows1258(t testing.TB, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		var tone rune
		var rest []rune
		for _, m := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", m) {
				tone = m
			} else {
				rest = append(rest, m)
			}
		}
		base := []rune(norm.NFC.String(string(rest)))
		b1, ok1 := charmap.Windows1258.EncodeRune(base[0])
		b2, ok2 := charmap.Windows1258.EncodeRune(tone)
		if len(base) != 1 || !ok1 || !ok2 {
			t.Fatalf("Windows-1258 cannot write %q", r)
		}
		out = append(out, b1, b2)
	}
	return out
}

func encodeAll(t testing.TB, s string) map[string][]byte {
	t.Helper()
	tc, ok := awardfile.EncodeTCVN3(s)
	if !ok {
		t.Fatalf("TCVN3 cannot write %q", s)
	}
	vni, ok := awardfile.EncodeVNI(s)
	if !ok {
		t.Fatalf("VNI cannot write %q", s)
	}
	return map[string][]byte{"windows-1258": windows1258(t, s), "tcvn3": tc, "vni": vni}
}

// listText is a short award list that each legacy encoding can write exactly (no
// capital with a tone, which TCVN3 lacks).
const listText = "STT,Loại,Tên,Chức vụ,Đơn vị\n" +
	"1,Tập thể,Phòng Tổ chức cán bộ,,Sở Nội vụ\n" +
	"2,Cá nhân,Nguyễn Thị Hồng Nhung,Chuyên viên,Phòng Tổ chức cán bộ\n" +
	"3,Cá nhân,Trần Văn Quyết,Phó Trưởng phòng,Văn phòng Sở\n"

func TestDetect(t *testing.T) {
	t.Run("SameListEveryEncoding", func(t *testing.T) {
		for enc, b := range encodeAll(t, listText) {
			text, got, err := awardfile.DecodeCSV(b)
			if err != nil {
				t.Errorf("%s: %v", enc, err)
				continue
			}
			if got != enc {
				t.Errorf("got %v, want %v", got, enc)
			}
			if text != listText {
				t.Errorf("%s: got %q, want %q", enc, text, listText)
			}
		}
	})
	t.Run("UTF8StaysUTF8", func(t *testing.T) {
		for _, s := range []string{listText, norm.NFD.String(listText), "Tên\nLê\n"} {
			if _, got, _ := awardfile.DecodeCSV([]byte(s)); got != "utf-8" {
				t.Errorf("got %v, want utf-8", got)
			}
		}
	})
	t.Run("Windows1258IsDecomposed", func(t *testing.T) {
		b := windows1258(t, "Nguyễn Thị Hồng Nhung, Phòng Tổ chức cán bộ, Chuyên viên")
		text, _, err := awardfile.DecodeCSV(b)
		if err != nil {
			t.Fatal(err)
		}
		if !norm.NFC.IsNormalString(text) {
			t.Errorf("got %q, want NFC", text)
		}
	})
	t.Run("NeverWrong", func(t *testing.T) {
		// Short texts may be refused, but none may be read in the wrong encoding.
		refused, total := 0, 0
		for _, s := range shortTexts {
			for enc, b := range encodeAll(t, s) {
				total++
				text, got, err := awardfile.DecodeCSV(b)
				if err != nil {
					refused++
					t.Logf("refused %q in %s", s, enc)
					continue
				}
				if text != s {
					t.Errorf("%q in %s: read as %s: got %q", s, enc, got, text)
				}
			}
		}
		t.Logf("refused %d of %d", refused, total)
		if refused*5 > total {
			t.Errorf("refused %d of %d short texts; detection is too timid", refused, total)
		}
	})
	t.Run("NeverWrongRandomLists", func(t *testing.T) {
		// Lists of one to four people made up from common name parts, in lower and
		// upper case, with an English header that gives detection nothing: "Hồng" in
		// VNI is "Hoàng" in Windows-1258, so one name alone may be refused, but none
		// may be misread, and a few names must be enough.
		fam := strings.Fields("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Đinh Trịnh Lương Mai Cao Đào Hà Tạ Tô")
		mid := strings.Fields("Thị Văn Đức Hữu Công Quốc Minh Thanh Ngọc Hồng Thu Kim Hoàng")
		giv := strings.Fields("Nhung Quyết Hà Thắng Dương Huy Anh Tuấn Lực Ngọc Khánh Oanh Sơn Hạnh Hiền Yến Phúc Thịnh Trâm Khôi Uyên Nghĩa Hưng Thủy Tùng Hoà Hồ Lê Tâm")
		rng := rand.New(rand.NewPCG(1, 2))
		pick := func(words []string) string { return words[rng.IntN(len(words))] }
		for _, upper := range []bool{false, true} {
			for n := 1; n <= 4; n++ {
				refused, total := 0, 0
				for range 120 {
					s := "No,Name\n"
					for i := range n {
						s += fmt.Sprintf("%d,%s %s %s\n", i+1, pick(fam), pick(mid), pick(giv))
					}
					if upper {
						s = strings.ToUpper(s)
					}
					for enc, b := range encodeAll(t, s) {
						if upper && enc == "tcvn3" {
							continue // TCVN3 has no capitals with tones
						}
						total++
						text, _, err := awardfile.DecodeCSV(b)
						if err != nil {
							refused++
						} else if text != s {
							t.Errorf("%q in %s: got %q", s, enc, text)
						}
					}
				}
				if n >= 3 && refused*50 > total {
					t.Errorf("%d names, upper case %v: refused %d of %d", n, upper, refused, total)
				}
			}
		}
	})
	t.Run("ErrAmbiguous", func(t *testing.T) {
		// "Lê" in Windows-1258 is "Lờ" in TCVN3: two letters cannot tell.
		_, _, err := awardfile.DecodeCSV(windows1258(t, "Lê"))
		if err == nil || !strings.Contains(err.Error(), "CSV UTF-8") {
			t.Errorf("got %v, want a refusal asking for CSV UTF-8", err)
		}
	})
	t.Run("ErrUnknown", func(t *testing.T) {
		_, _, err := awardfile.DecodeCSV([]byte("Name\n\x8f\x90\x9d\x81 \x8f\x90\n"))
		if err == nil || !strings.Contains(err.Error(), "CSV UTF-8") {
			t.Errorf("got %v, want a refusal asking for CSV UTF-8", err)
		}
	})
}

// shortTexts are one-cell samples of what award lists hold.
var shortTexts = []string{
	"Nguyễn Thị Hồng Nhung", "Trần Văn Quyết", "Lê Thị Thu Hà", "Phạm Đức Thắng",
	"Đỗ Thùy Dương", "Vũ Quang Huy", "Hoàng Thị Lan Anh", "Bùi Minh Tuấn", "Đặng Văn Lực",
	"Ngô Thị Bích Ngọc", "Dương Văn Khánh", "Phan Thị Kim Oanh", "Đinh Công Sơn",
	"Phòng Tổ chức cán bộ", "Văn phòng Sở Nội vụ", "Trung tâm Dịch vụ việc làm",
	"Phòng Kế hoạch - Tài chính", "Ban Tuyên giáo Quận ủy", "Đoàn Thanh niên phường Hòa Bình",
	"Chi cục Văn thư - Lưu trữ", "Trường Mầm non Hoa Sen", "Trạm Y tế xã Tân Lập",
	"Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Kế toán", "Giám đốc", "Phó Giám đốc",
	"Chánh Văn phòng", "Bí thư Chi bộ", "Giấy khen", "Bằng khen", "Tập thể", "Cá nhân",
	"Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao động xuất sắc",
	"Họ và tên,Đơn vị,Chức vụ", "Hồ Kim Anh", "Cao Hồng Nhung", "Hoàng Văn Hòa",
}
