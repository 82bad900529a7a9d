package vnspell_test

import (
	"slices"
	"testing"

	"newsdesk/vnspell"
)

func TestValid(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"nghiêm", true}, {"Nghiêm", true}, {"NGHIÊM", true}, {"được", true}, {"tổng", true},
		{"hoà", true}, {"hòa", true}, {"thuỷ", true}, {"thủy", true}, {"Ủy", true}, {"Uỷ", true},
		{"khoẻ", true}, {"khỏe", true}, {"quý", true}, {"gì", true}, {"xoong", true},
		{"nghiêmm", false}, {"tổnq", false}, {"quyêt", false}, {"khong", false}, {"qúy", false},
		{"hóan", false}, {"online", false}, {"", false},
		{"mẩu", true}, {"ngoẹo", true}, // added to the dictionary's list (extra.txt)
	} {
		if got := vnspell.Valid(tt.s); got != tt.want {
			t.Errorf("Valid(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if n := vnspell.Count(); n < 6600 {
		t.Errorf("the list holds %d syllables, want the dictionary's 6,604 and more", n)
	}
}

func TestStyle(t *testing.T) {
	for _, tt := range []struct {
		s        string
		ok       bool
		st       vnspell.Style
		old, new string
	}{
		{"hòa", true, vnspell.OldStyle, "hòa", "hoà"},
		{"hoà", true, vnspell.NewStyle, "hòa", "hoà"},
		{"Ủy", true, vnspell.OldStyle, "Ủy", "Uỷ"},
		{"THỦY", true, vnspell.OldStyle, "THỦY", "THUỶ"},
		{"khoẻ", true, vnspell.NewStyle, "khỏe", "khoẻ"},
		{"họa", true, vnspell.OldStyle, "họa", "hoạ"},
		{"quý", false, 0, "quý", "quý"},    // the u belongs to qu
		{"hoàn", false, 0, "hoàn", "hoàn"}, // closed: one place in both styles
		{"thuyền", false, 0, "thuyền", "thuyền"},
		{"hoa", false, 0, "hoa", "hoa"}, // no tone
		{"ngoằ", false, 0, "ngoằ", "ngoằ"},
	} {
		st, ok := vnspell.StyleOf(tt.s)
		if ok != tt.ok || ok && st != tt.st {
			t.Errorf("StyleOf(%q) = %v, %v; want %v, %v", tt.s, st, ok, tt.st, tt.ok)
		}
		if got := vnspell.Restyle(tt.s, vnspell.OldStyle); got != tt.old {
			t.Errorf("Restyle(%q, old) = %q, want %q", tt.s, got, tt.old)
		}
		if got := vnspell.Restyle(tt.s, vnspell.NewStyle); got != tt.new {
			t.Errorf("Restyle(%q, new) = %q, want %q", tt.s, got, tt.new)
		}
	}
}

func TestSuggest(t *testing.T) {
	for _, tt := range []struct {
		s     string
		first string   // the nearest
		has   []string // among the suggestions
	}{
		{"nghiêmm", "nghiêm", nil},
		{"tổnq", "tổng", nil},
		{"quyêt", "quyết", []string{"quyết", "quyệt"}},
		{"khong", "không", nil}, // the commoner of khòng, không, khống…
		{"Nghiêmm", "Nghiêm", nil},
		{"đươc", "", []string{"được"}},
		{"thuơng", "", []string{"thương"}},
		{"tuỳen", "", nil},
	} {
		got := vnspell.Suggest(tt.s)
		if len(got) > 5 {
			t.Errorf("Suggest(%q) gives %d, want at most 5", tt.s, len(got))
		}
		if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
			t.Errorf("Suggest(%q) = %v, want %q first", tt.s, got, tt.first)
		}
		for _, h := range tt.has {
			if !slices.Contains(got, h) {
				t.Errorf("Suggest(%q) = %v, want %q among them", tt.s, got, h)
			}
		}
		for _, g := range got {
			if !vnspell.Valid(g) {
				t.Errorf("Suggest(%q) offers %q, no syllable", tt.s, g)
			}
		}
	}
}

func TestEnglish(t *testing.T) {
	for _, w := range []string{"tree", "bar", "Moon", "teen", "set", "bit", "cats", "reset"} {
		if !vnspell.English(w) {
			t.Errorf("English(%q) = false; Telex or a missing mark would misread it", w)
		}
	}
	for _, w := range []string{"khoong", "cuar", "thif", "dduwowcj", "Vieejt", "online", "email", "khong"} {
		if vnspell.English(w) {
			t.Errorf("English(%q) = true, want false", w)
		}
	}
}

func TestMarks(t *testing.T) {
	for _, tt := range []struct {
		s             string
		shaped, toned bool
	}{
		{"được", true, true}, {"Đi", true, false}, {"hòa", false, true}, {"hoa", false, false}, {"ân", true, false},
	} {
		if got := vnspell.Shaped(tt.s); got != tt.shaped {
			t.Errorf("Shaped(%q) = %v", tt.s, got)
		}
		if got := vnspell.Toned(tt.s); got != tt.toned {
			t.Errorf("Toned(%q) = %v", tt.s, got)
		}
	}
}
