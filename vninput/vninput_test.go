package vninput_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/vninput"
)

var (
	telex    = vninput.Engine{Method: vninput.Telex}
	telexNew = vninput.Engine{Method: vninput.Telex, Style: vninput.NewStyle}
	vni      = vninput.Engine{Method: vninput.VNI}
	vniNew   = vninput.Engine{Method: vninput.VNI, Style: vninput.NewStyle}
)

type typed struct{ keys, want string }

func testTyping(t *testing.T, e vninput.Engine, cases []typed) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.keys, func(t *testing.T) {
			if got := e.Type(c.keys); got != c.want {
				t.Errorf("typing %q: got %q, want %q", c.keys, got, c.want)
			}
		})
	}
}

func TestTelexWords(t *testing.T) {
	testTyping(t, telex, []typed{
		{"Vieejt Nam", "Việt Nam"},
		{"nguowif", "người"},
		{"nguwowif", "người"},
		{"dduwowcj", "được"},
		{"dduowcj", "được"},
		{"truwowngf", "trường"},
		{"truowngf", "trường"},
		{"quyeets", "quyết"},
		{"nghij", "nghị"},
		{"khuyeens", "khuyến"},
		{"giaasy khen", "giấy khen"},
		{"tieengs", "tiếng"},
		{"vieetj", "việt"},
		{"quoocs", "quốc"},
		{"gias", "giá"},
		{"toor chuwcs", "tổ chức"},
		{"xaay duwngj", "xây dựng"},
		{"Ddangr", "Đảng"},
		{"Uyr ban nhaan daan", "Ủy ban nhân dân"},
		{"thanhf phoos", "thành phố"},
		{"Giams ddoocs Sowr Nooij vuj", "Giám đốc Sở Nội vụ"},
		{"Hooij nghij toongr keets nawm", "Hội nghị tổng kết năm"},
		{"phats bieeur chir ddaoj", "phát biểu chỉ đạo"},
		{"nhieemj vuj", "nhiệm vụ"},
		{"cans booj, coong chuwcs, vieen chuwcs", "cán bộ, công chức, viên chức"},
		{"Hair Phongf", "Hải Phòng"},
		{"Quang canhr Hooij nghij", "Quang cảnh Hội nghị"},
		{"ddoongf chis", "đồng chí"},
		{"trao Giaays khen cho 12 taapj theer vaf 12 cas nhaan", "trao Giấy khen cho 12 tập thể và 12 cá nhân"},
		{"thi ddua", "thi đua"},
		{"dduaw", "đưa"},
		{"khen thuwowngr", "khen thưởng"},
		{"huwowngs daaxn", "hướng dẫn"},
		{"Nguyeenx Vawn An", "Nguyễn Văn An"},
		{"Traanf Thij Anhs", "Trần Thị Ánh"},
		{"Phamj Thij DDaof", "Phạm Thị Đào"},
		{"Hoangf Vawn Dungx", "Hoàng Văn Dũng"},
		{"muwowif", "mười"},
		{"ruwowuj", "rượu"},
		{"khuyru", "khuỷu"},
		{"ngoaif", "ngoài"},
		{"xoays", "xoáy"},
		{"toanf", "toàn"},
		{"tuaanf", "tuần"},
		{"thuees", "thuế"},
		{"khuyeen", "khuyên"},
		{"yeeu", "yêu"},
		{"ddieeuf", "điều"},
		{"gif", "gì"},
		{"gifn", "gìn"},
		{"giuwx", "giữ"},
		{"gieengs", "giếng"},
		{"giuwax", "giữa"},
		{"quaf", "quà"},
		{"quys", "quý"},
		{"quyts", "quýt"},
		{"quyfnh", "quỳnh"},
		{"thuowr", "thuở"},
		{"quowr", "quở"},
		{"uwowcs", "ước"},
		{"wowcs", "ước"},
		{"w", "ư"},
		{"nhw", "như"},
		{"tw", "tư"},
		{"wu tieen", "ưu tiên"},
		{"ddi", "đi"},
		{"ddax", "đã"},
		{"ddeer", "để"},
		{"cuar", "của"},
		{"nuwowcs", "nước"},
		{"nawngj", "nặng"},
		{"chuyeenr ddooir soos", "chuyển đổi số"},
		{"lao ddoongj", "lao động"},
		{"xax hooij", "xã hội"},
		{"phuwowngf", "phường"},
		{"hoas", "hóa"},
		{"tooi", "tôi"},
		{"mootj", "một"},
		{"hoawcj", "hoặc"},
		{"ngoeoj", "ngoẹo"},
		{"khuaays", "khuấy"},
		{"xuooi", "xuôi"},
		{"xooong", "xoong"},
		{"boong", "bông"},
		{"nghieeng", "nghiêng"},
		{"bieets", "biết"},
		{"tuyeetj", "tuyệt"},
		{"huynhf", "huỳnh"},
		{"luaatj", "luật"},
		{"thuongw", "thương"},
		{"dduongwf", "đường"},
		{"nguoiwf", "người"},
		{"tienge", "tiêng"}, // a hat typed later in the word, as Unikey allows
	})
}

// Tones typed early move with the syllable; tones typed late find their vowel.
func TestToneMoves(t *testing.T) {
	testTyping(t, telex, []typed{
		{"hoaf", "hòa"},
		{"hoafn", "hoàn"},
		{"hoafng", "hoàng"},
		{"tiees", "tiế"},
		{"tieesng", "tiếng"},
		{"tiesng", "tiéng"}, // a hat still missing: e gets it later
		{"tiesnge", "tiếng"},
		{"vieejt", "việt"},
		{"vieetj", "việt"},
		{"nguowfi", "người"},
		{"nguowf", "nguờ"},
		{"dduowjc", "được"},
		{"trwowfng", "trường"},
		{"quoosc", "quốc"},
		{"gisa", "giá"},
		{"quysen", "quyén"},
		{"quysee", "quyế"},
		{"muaf", "mùa"},
		{"muwaf", "mừa"},
		{"thuyr", "thủy"},
		{"thuyrn", "thuỷn"},
		{"khoer", "khỏe"},
		{"khoern", "khoẻn"},
		{"khuyru", "khuỷu"},
	})
}

func TestToneStyle(t *testing.T) {
	for _, c := range []struct{ keys, old, new string }{
		{"hoaf", "hòa", "hoà"},
		{"thuyr", "thủy", "thuỷ"},
		{"khoer", "khỏe", "khoẻ"},
		{"hoas", "hóa", "hoá"},
		{"Uyr ban", "Ủy ban", "Uỷ ban"},
		{"quys", "quý", "quý"},
		{"hoafn", "hoàn", "hoàn"},
		{"maf", "mà", "mà"},
		{"muaf", "mùa", "mùa"},
		{"ngoaif", "ngoài", "ngoài"},
		{"thuyeenf", "thuyền", "thuyền"},
	} {
		if got := telex.Type(c.keys); got != c.old {
			t.Errorf("old style %q: got %q, want %q", c.keys, got, c.old)
		}
		if got := telexNew.Type(c.keys); got != c.new {
			t.Errorf("new style %q: got %q, want %q", c.keys, got, c.new)
		}
	}
	if got := vniNew.Type("hoa2"); got != "hoà" {
		t.Errorf("VNI new style: got %q", got)
	}
}

func TestVNIWords(t *testing.T) {
	testTyping(t, vni, []typed{
		{"Vie65t Nam", "Việt Nam"},
		{"Viet65 Nam", "Việt Nam"},
		{"d9", "đ"},
		{"D9", "Đ"},
		{"di9", "đi"},
		{"nguo7i2", "người"},
		{"nguoi72", "người"},
		{"d9u7o7c5", "được"},
		{"duoc795", "được"},
		{"tru7o7ng2", "trường"},
		{"quye6t1", "quyết"},
		{"nghi5", "nghị"},
		{"khuye6n1", "khuyến"},
		{"gia6y1 khen", "giấy khen"},
		{"hoa2", "hòa"},
		{"hoa2n", "hoàn"},
		{"thuy3", "thủy"},
		{"a8", "ă"},
		{"na8m", "năm"},
		{"A4", "Ã"},
		{"to63 chu7c1", "tổ chức"},
		{"D9a3ng", "Đảng"},
		{"Ho6i5 nghi5 2025", "Hội nghị 2025"},
		{"12 ta6p5 the63", "12 tập thể"},
		{"tho7i2", "thời"},
		{"thuo73", "thuở"},
	})
}

func TestUndo(t *testing.T) {
	t.Run("Telex", func(t *testing.T) {
		testTyping(t, telex, []typed{
			{"ass", "as"},
			{"asss", "ass"},
			{"aff", "af"},
			{"arr", "ar"},
			{"axx", "ax"},
			{"ajj", "aj"},
			{"aww", "aw"},
			{"aaa", "aa"},
			{"eee", "ee"},
			{"ooo", "oo"},
			{"ddd", "dd"},
			{"DDD", "DD"},
			{"oww", "ow"},
			{"uww", "w"},
			{"ww", "w"},
			{"www", "ww"},
			{"uoww", "uow"},
			{"asz", "a"},
			{"az", "az"},
			{"tieengss", "tiêngs"},
			{"Vieejtt", "Việtt"},
			{"vieejtj", "viêtj"},
			{"hoaff", "hoaf"},
			{"aswa", "ấ"},
			{"thuowrw", "thủow"},
		})
	})
	t.Run("VNI", func(t *testing.T) {
		testTyping(t, vni, []typed{
			{"a11", "a1"},
			{"a22", "a2"},
			{"a33", "a3"},
			{"a44", "a4"},
			{"a55", "a5"},
			{"a66", "a6"},
			{"a88", "a8"},
			{"o77", "o7"},
			{"uo77", "uo7"},
			{"d99", "d9"},
			{"a10", "a"},
			{"a0", "a0"},
			{"Vie6t55", "Viêt5"},
		})
	})
}

func TestCapitals(t *testing.T) {
	testTyping(t, telex, []typed{
		{"VIEEJT NAM", "VIỆT NAM"},
		{"VIEEJT", "VIỆT"},
		{"DDANGR", "ĐẢNG"},
		{"Dd", "Đ"},
		{"DD", "Đ"},
		{"dD", "đ"},
		{"NGUOWIF", "NGƯỜI"},
		{"AA", "Â"},
		{"Aa", "Â"},
		{"aA", "â"},
		{"HOAF", "HÒA"},
		{"Uwr", "Ử"},
		{"W", "Ư"},
		{"Nguyeenx", "Nguyễn"},
		{"GIAAYS KHEN", "GIẤY KHEN"},
		{"QUOOCS", "QUỐC"},
		{"ViEEjT", "ViỆT"},
	})
}

// Every vowel with every tone, in both cases and both methods.
func TestVowelTones(t *testing.T) {
	type vowel struct {
		letter     string // lower case, NFC
		telex, vni string // keys for it
	}
	vowels := []vowel{
		{"a", "a", "a"}, {"ă", "aw", "a8"}, {"â", "aa", "a6"}, {"e", "e", "e"}, {"ê", "ee", "e6"},
		{"i", "i", "i"}, {"o", "o", "o"}, {"ô", "oo", "o6"}, {"ơ", "ow", "o7"}, {"u", "u", "u"},
		{"ư", "uw", "u7"}, {"y", "y", "y"},
	}
	tones := []struct {
		mark       string
		telex, vni string
	}{
		{"\u0301", "s", "1"}, {"\u0300", "f", "2"}, {"\u0309", "r", "3"}, {"\u0303", "x", "4"}, {"\u0323", "j", "5"},
	}
	n := 0
	for _, v := range vowels {
		for _, tn := range tones {
			want := norm.NFC.String(norm.NFD.String(v.letter) + tn.mark)
			for _, up := range []bool{false, true} {
				w, kt, kv := want, v.telex+tn.telex, v.vni+tn.vni
				if up {
					w, kt, kv = strings.ToUpper(w), strings.ToUpper(kt), strings.ToUpper(kv)
				}
				if got := telex.Type(kt); got != w {
					t.Errorf("Telex %q: got %q, want %q", kt, got, w)
				}
				if got := vni.Type(kv); got != w {
					t.Errorf("VNI %q: got %q, want %q", kv, got, w)
				}
				// the tone before the shape key works too
				if v.telex != v.letter {
					kt2 := v.letter[:0] + string(v.telex[0]) + tn.telex + v.telex[1:]
					if up {
						kt2 = strings.ToUpper(kt2)
					}
					if got := telex.Type(kt2); got != w {
						t.Errorf("Telex %q: got %q, want %q", kt2, got, w)
					}
				}
				// and z or 0 takes it off again
				bare := v.letter
				if up {
					bare = strings.ToUpper(bare)
				}
				if got := telex.Type(kt + "z"); got != bare {
					t.Errorf("Telex %q: got %q, want %q", kt+"z", got, bare)
				}
				if got := vni.Type(kv + "0"); got != bare {
					t.Errorf("VNI %q: got %q, want %q", kv+"0", got, bare)
				}
				n++
			}
		}
	}
	if n != 120 {
		t.Fatalf("checked %d vowels", n)
	}
}

// Words that are not Vietnamese come out as typed, as Unikey leaves them with its
// spelling check on; short ones that were turned into Vietnamese get their keys back.
func TestForeignWords(t *testing.T) {
	for _, w := range []string{
		"windows", "Windows", "website", "Wifi", "Google", "Excel", "express", "marketing",
		"download", "email", "http", "https", "Facebook", "Zalo", "online", "video",
		"Internet", "smartphone", "Samsung", "Tesla", "hashtag", "Canada", "class",
		"YouTube", "TikTok", "PDF", "QR", "USB", "COVID", "startup", "logistics", "Microsoft",
	} {
		if got := telex.Type(w); got != w {
			t.Errorf("Telex %q: got %q", w, got)
		}
	}
	// Like Unikey: these are Vietnamese syllables, so they are typed as such.
	// "data" too, now that a hat may be typed later in the word (dât).
	testTyping(t, telex, []typed{{"test", "tét"}, {"list", "lít"}, {"data", "dât"}})
	// and, now that the second d may come later in the word, as in Unikey's free style
	testTyping(t, telex, []typed{{"did", "đi"}, {"dad", "đa"}})
	for _, keys := range []string{"Daddy", "dodge", "decided", "died", "added"} {
		if got := typeLine(telex, keys); got != keys {
			t.Errorf("%q: the word ends as %q", keys, got)
		}
	}
	// A word that was Vietnamese for more letters keeps its marks: a typo, not English.
	testTyping(t, telex, []typed{{"nguowifi", "ngườii"}, {"tieengsg", "tiếngg"}})
}

func TestPassThrough(t *testing.T) {
	t.Run("Off", func(t *testing.T) {
		for _, s := range []string{"Vieejt Nam", "d9", "ass", "ww"} {
			if got := (vninput.Engine{}).Type(s); got != s {
				t.Errorf("Off %q: got %q", s, got)
			}
			if _, _, ok := vninput.Off.Apply("a", "", 's'); ok {
				t.Error("Off applied a key")
			}
		}
	})
	t.Run("ComposedLetters", func(t *testing.T) {
		// an OS input method or a Vietnamese keyboard layout sends composed letters
		for _, r := range "ệđươÁ" {
			if nb, na, ok := telex.Apply("vi", "t", r); ok || nb != "vi" || na != "t" {
				t.Errorf("%q: got %q %q %v", r, nb, na, ok)
			}
		}
		if got := telex.Type("Việt Nam"); got != "Việt Nam" {
			t.Errorf("got %q", got)
		}
		// composed text goes on working with the engine
		if got := telex.Type("việts"); got != "viết" {
			t.Errorf("got %q", got)
		}
	})
	t.Run("Decomposed", func(t *testing.T) {
		nb, na, ok := telex.Apply("Vie\u0302\u0323", "", 't')
		if ok {
			if nb+na != "Việt" {
				t.Errorf("got %q", nb+na)
			}
		}
		nb, _, ok = telex.Apply("Vie\u0302", "", 'j')
		if !ok || nb != "Việ" {
			t.Errorf("NFD word: got %q %v", nb, ok)
		}
	})
	t.Run("NotKeys", func(t *testing.T) {
		for _, r := range " .,;:!?-0123456789\n\t" {
			if _, _, ok := telex.Apply("as", "", r); ok {
				t.Errorf("Telex applied %q", r)
			}
		}
		for _, r := range " .,;:!?-\n\t" {
			if _, _, ok := vni.Apply("a", "", r); ok {
				t.Errorf("VNI applied %q", r)
			}
		}
		if _, _, ok := vni.Apply("b", "", '1'); ok {
			t.Error("VNI applied 1 to a word without vowel")
		}
		if got := vni.Type("2026, 15/QĐ-SNV"); got != "2026, 15/QĐ-SNV" {
			t.Errorf("got %q", got)
		}
	})
	t.Run("NotAWord", func(t *testing.T) {
		if _, _, ok := telex.Apply("ça", "", 's'); ok {
			t.Error("applied a tone to a word with ç")
		}
		if _, _, ok := telex.Apply("vi3t", "", 'j'); ok {
			t.Error("applied a tone to a word with a digit")
		}
	})
}

// Editing inside a word: keys apply to the whole word; the cursor stays where it was,
// or moves past a letter the key stood for.
func TestMidWord(t *testing.T) {
	for _, c := range []struct {
		e                   vninput.Engine
		before, after       string
		key                 rune
		wantBefore, wantAft string
		ok                  bool
	}{
		{telex, "Vi", "et", 'e', "Viê", "t", true},
		{telex, "Vi", "et", 'j', "Vi", "ẹt", true},
		{telex, "Viê", "t", 'j', "Việ", "t", true},
		{telex, "Việ", "t", 's', "Viế", "t", true},
		{telex, "Vi", "ệt", 'z', "Vi", "êt", true},
		{telex, "ho", "a", 'f', "hò", "a", true},
		{telex, "h", "oa", 's', "h", "óa", true},
		{telex, "", "di", 'd', "đ", "i", true},
		{telex, "d", "i", 'd', "đ", "i", true},
		{telex, "b", "an", 'w', "b", "ăn", true},
		{telex, "ng", "uoi", 'w', "ng", "ươi", true},
		{telex, "á", "n", 's', "as", "n", true},
		{telex, "Vi", "t", 'e', "Vi", "t", false},
		{telex, "ho", "àn", 'x', "ho", "ãn", true},
		{telex, "tr", "uong", 'w', "tr", "ương", true},
		{telex, "hò", "a", 'n', "hò", "a", false},
		{telex, "ngư", "ời", 'w', "nguw", "òi", true},
		{vni, "Vi", "et", '6', "Vi", "êt", true},
		{vni, "Vi", "êt", '5', "Vi", "ệt", true},
		{vni, "d", "i", '9', "đ", "i", true},
		{vni, "Vi", "et", '1', "Vi", "ét", true},
	} {
		nb, na, ok := c.e.Apply(c.before, c.after, c.key)
		if nb != c.wantBefore || na != c.wantAft || ok != c.ok {
			t.Errorf("%q|%q + %q: got %q|%q %v, want %q|%q %v", c.before, c.after, c.key, nb, na, ok, c.wantBefore, c.wantAft, c.ok)
		}
	}
}

func TestWordAround(t *testing.T) {
	text := "Hội nghị, Việt Nam 2025"
	for _, c := range []struct{ cursor, start, end int }{
		{0, 0, 3}, {2, 0, 3}, {3, 0, 3}, {4, 4, 8}, {8, 4, 8}, {9, 9, 9}, {10, 10, 14},
		{12, 10, 14}, {19, 19, 19}, {23, 23, 23}, {-1, 0, 3}, {99, 23, 23},
	} {
		s, e := vninput.WordAround(text, c.cursor)
		if s != c.start || e != c.end {
			t.Errorf("cursor %d: got %d,%d, want %d,%d", c.cursor, s, e, c.start, c.end)
		}
	}
	// decomposed marks belong to their word
	if s, e := vninput.WordAround("Vie\u0302t x", 2); s != 0 || e != 5 {
		t.Errorf("NFD word: got %d,%d", s, e)
	}
	// a long paragraph
	long := strings.Repeat("Hội nghị tổng kết ", 200) + "Việt"
	n := len([]rune(long))
	if s, e := vninput.WordAround(long, n); s != n-4 || e != n {
		t.Errorf("long text: got %d,%d, want %d,%d", s, e, n-4, n)
	}
}

func TestParseMethod(t *testing.T) {
	for _, m := range []vninput.Method{vninput.Off, vninput.Telex, vninput.VNI} {
		got, ok := vninput.ParseMethod(strings.ToUpper(m.String()))
		if !ok || got != m {
			t.Errorf("%v: got %v %v", m, got, ok)
		}
	}
	if _, ok := vninput.ParseMethod("viqr"); ok {
		t.Error("viqr accepted")
	}
}

// A key applied in the middle of a paragraph, as the editor does it.
func TestInParagraph(t *testing.T) {
	text := []rune("Sáng 8/1, Sở Nội vụ tổ chức Hội nghi tổng kết")
	cursor := len([]rune("Sáng 8/1, Sở Nội vụ tổ chức Hội nghi"))
	start, end := vninput.WordAround(string(text), cursor)
	nb, na, ok := telex.Apply(string(text[start:cursor]), string(text[cursor:end]), 'j')
	if !ok {
		t.Fatal("not applied")
	}
	got := string(text[:start]) + nb + na + string(text[end:])
	if want := "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổng kết"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if c := start + len([]rune(nb)); c != cursor {
		t.Errorf("cursor at %d, want %d", c, cursor)
	}
}

// TestCentralHighlandsPlaces: province and district names of the Central
// Highlands in official use type right in Telex, with the keys a Unikey user
// presses (a doubled key where a letter is also a mark key: Karr for Kar).
func TestCentralHighlandsPlaces(t *testing.T) {
	testTyping(t, telex, []typed{
		{"Ddawks Lawks", "Đắk Lắk"}, {"Ddawks Noong", "Đắk Nông"}, {"Ddawks Glong", "Đắk Glong"},
		{"Ddawks Mil", "Đắk Mil"}, {"Ddawks Song", "Đắk Song"}, {"Ddawks R'Laaps", "Đắk R'Lấp"},
		{"Ddawks Haf", "Đắk Hà"}, {"Ddawks Too", "Đắk Tô"}, {"M'Ddrawks", "M'Đrắk"},
		{"Kroong Pawcs", "Krông Pắc"}, {"Kroong Buks", "Krông Búk"}, {"Kroong Nawng", "Krông Năng"},
		{"Kroong Boong", "Krông Bông"}, {"Kroong Anaa", "Krông Ana"}, {"Buoon Ddoon", "Buôn Đôn"},
		{"Buoon Ma Thuootj", "Buôn Ma Thuột"}, {"Cuw M'garr", "Cư M'gar"}, {"Ea H'leo", "Ea H'leo"},
		{"Ea Karr", "Ea Kar"}, {"Ea Sups", "Ea Súp"}, {"Ia Grai", "Ia Grai"}, {"Chuw Proong", "Chư Prông"},
		{"Kbang", "Kbang"}, {"Mang Yang", "Mang Yang"}, {"Kon Tum", "Kon Tum"}, {"Kon Ploong", "Kon Plông"},
		{"Sa Thaayf", "Sa Thầy"}, {"Ngocj Hooif", "Ngọc Hồi"}, {"Tu Mow Roong", "Tu Mơ Rông"},
		{"Gia Nghiax", "Gia Nghĩa"}, {"Pleiku", "Pleiku"}, {"Laam DDoongf", "Lâm Đồng"},
		{"Chuw Pawh", "Chư Păh"}, {"Chuw Puwh", "Chư Pưh"}, {"Chuw See", "Chư Sê"},
		{"Ddak Pow", "Đak Pơ"}, {"Ddak DDoa", "Đak Đoa"}, {"Ddak Glei", "Đak Glei"},
		{"Koong Chro", "Kông Chro"}, {"Kroong Pa", "Krông Pa"}, {"Ia Pa", "Ia Pa"},
		{"DDuwcs Cow", "Đức Cơ"}, {"Ayun Pa", "Ayun Pa"}, {"Phus Thieenj", "Phú Thiện"},
		{"DDaj Tehr", "Đạ Tẻh"}, {"DDaj Huoai", "Đạ Huoai"}, {"DDam Roong", "Đam Rông"},
	})
	testTyping(t, vni, []typed{{"D9ak Po7", "Đak Pơ"}, {"Chu7 Pa8h", "Chư Păh"}, {"Chu7 Pu7h", "Chư Pưh"}})
	// "ak" without its breve is Vietnamese only after đ: English keeps its words
	for _, keys := range []string{"ask", "task", "Dak", "speak", "asks", "Tehran", "rehearsal"} {
		if got := typeLine(telex, keys); got != keys {
			t.Errorf("%q: the word ends as %q", keys, got)
		}
	}
}

// TestBrackets: in Telex, [ ] { } type ơ ư Ơ Ư as in Unikey, and a second press
// gives the bracket; PlainBrackets types them as they are.
func TestBrackets(t *testing.T) {
	testTyping(t, telex, []typed{
		{"[", "ơ"}, {"]", "ư"}, {"{", "Ơ"}, {"}", "Ư"}, {"t[", "tơ"}, {"T{", "TƠ"},
		{"ng]owif", "người"}, {"tr]owngf", "trường"}, {"[s", "ớ"}, {"m]a", "mưa"},
		{"[[", "["}, {"]]", "]"}, {"{{", "{"}, {"http[", "http["}, {"a[", "a["},
		{"[1]", "ơ1ư"},
	})
	plain := vninput.Engine{Method: vninput.Telex, PlainBrackets: true}
	testTyping(t, plain, []typed{{"[1]", "[1]"}, {"t[", "t["}, {"{Vieejt}", "{Việt}"}, {"[[", "[["}})
	testTyping(t, vni, []typed{{"[1]", "[1]"}, {"t[", "t["}})
	if _, _, ok := plain.Apply("t", "", '['); ok {
		t.Error("PlainBrackets applied [")
	}
}

// TestNoGiveBack: with the option set, a word stays as the engine made it.
func TestNoGiveBack(t *testing.T) {
	keep := vninput.Engine{Method: vninput.Telex, NoGiveBack: true}
	for _, keys := range []string{"Twitter", "pass", "Moscow"} {
		w := keep.Type(keys)
		if got, ok := keep.GiveBack(w, keys); ok || got != w {
			t.Errorf("%q: %q given back as %q", keys, w, got)
		}
		if got, ok := telex.GiveBack(w, keys); !ok || got != keys {
			t.Errorf("%q: by default %q ends as %q, want %q", keys, w, got, keys)
		}
	}
	if keep.Type("Twitter") != "Tuwitter" {
		t.Errorf("got %q", keep.Type("Twitter"))
	}
	// a short word given its keys back as a letter makes it foreign needs no
	// give-back at the end: its keys are spelled as a foreign word has them
	for _, keys := range []string{"Google", "Excel", "Daddy", "dodge", "DADDY"} {
		if got := typeLine(keep, keys); got != keys {
			t.Errorf("%q: the word ends as %q", keys, got)
		}
	}
}

// TestLateMarks: the circumflex and the horn may be typed later in the word, as
// Unikey's free style allows; ư before o takes ươ where the syllable needs it,
// and nothing ends in ươ.
func TestLateMarks(t *testing.T) {
	testTyping(t, telex, []typed{
		{"nguoiw", "ngươi"}, {"danas", "dấn"}, {"tieengs", "tiếng"}, {"tienges", "tiếng"},
		{"dduwocj", "được"}, {"dduocwj", "được"}, {"nuwocs", "nước"}, {"truwongf", "trường"},
		{"huow", "huơ"}, {"khuow", "khuơ"}, {"thuowr", "thuở"}, {"nguwowif", "người"},
		{"Canada", "Canada"}, {"Windows", "Windows"},
		// the second d later in the word, as in Gõ Nhanh's tables
		{"dinhd", "đinh"}, {"dieemd", "điêm"}, {"dudwofwng", "đường"}, {"DUOCJWD", "ĐƯỢC"},
		// a w typed on after ươ completed itself finds its horn there
		{"buwocsw", "bước"}, {"chuwonwgf", "chường"}, {"dduwowcjw", "được"},
		// rhymes and spellings the spelling check refused
		{"chuwn", "chưn"}, {"suwfn", "sừn"}, {"gieesc", "giếc"}, {"uowr", "uở"},
	})
	// a whole syllable stays at the word's end
	for _, keys := range []string{"gieesc", "uowr", "chuwn"} {
		w := telex.Type(keys)
		if got, ok := telex.GiveBack(w, keys); ok {
			t.Errorf("%q: %q given back as %q", keys, w, got)
		}
	}
}

// TestGiveBack: at a word's end, the keys come back when the engine made of them
// no Vietnamese syllable; a syllable stays.
func TestGiveBack(t *testing.T) {
	for _, c := range []struct {
		keys, want string
	}{
		{"Twitter", "Twitter"}, {"Moscow", "Moscow"}, {"WiFi", "WiFi"}, {"Ww", "Ww"},
		{"pass", "pass"}, {"boss", "boss"}, {"Messi", "Messi"}, {"class", "class"},
		{"Vieejt", "Việt"}, {"dduwowcj", "được"}, {"nguwowif", "người"}, {"ass", "as"},
		{"test", "tét"}, {"list", "lít"}, {"Ddawks", "Đắk"}, {"tieengs", "tiếng"},
		{"Windows", "Windows"}, {"hoaf", "hòa"},
	} {
		word := telex.Type(c.keys)
		if got, ok := telex.GiveBack(word, c.keys); ok {
			word = got
		}
		if word != c.want {
			t.Errorf("%q: the word ends as %q, want %q", c.keys, word, c.want)
		}
	}
}

// Syllables lists whole syllables with the tone where the style puts it, stops
// only with sắc or nặng, qu and gi spelled as Vietnamese spells them.
func TestSyllables(t *testing.T) {
	has := func(st vninput.Style) map[string]bool {
		m := map[string]bool{}
		for _, s := range vninput.Syllables(st) {
			m[s.Text] = true
		}
		return m
	}
	old, nw := has(vninput.OldStyle), has(vninput.NewStyle)
	for _, w := range []string{"hòa", "thủy", "quỳnh", "gìn", "giếng", "được", "học", "nghiêng", "khuya"} {
		if !old[w] {
			t.Errorf("Syllables(OldStyle) lacks %q", w)
		}
	}
	for _, w := range []string{"hoà", "thuỷ", "khoẻ"} {
		if !nw[w] || old[w] {
			t.Errorf("%q: in the new style %v, in the old %v", w, nw[w], old[w])
		}
	}
	for _, w := range []string{"hoc", "hòc", "quuynh", "giin", "krông", "tiê"} {
		if old[w] || nw[w] {
			t.Errorf("Syllables lists %q", w)
		}
	}
}
