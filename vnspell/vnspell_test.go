package vnspell_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

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
		{"mẩu", true}, {"ngoẹo", true}, {"buýt", true}, // Newsdesk's own additions (extra.txt)
		{"kinh", true}, {"ghế", true}, {"nghề", true}, {"quỳnh", true}, {"yêu", true},
		{"ca", true}, {"ke", true}, {"ko", false}, {"ce", false}, {"ghà", false}, {"ngế", false}, {"boa", false}, // spelling conventions
		{"hoc", false}, {"iêu", false}, {"tren", false}, // a stop with no tone; yê without onset; a gap
	} {
		if got := vnspell.Valid(tt.s); got != tt.want {
			t.Errorf("Valid(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if n := vnspell.Count(); n < 6600 || n > 17000 {
		t.Errorf("the set holds %d syllables, want the 6,600 and more of a dictionary, and not past 17,000", n)
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
		// the rules make "doẽn", "xửu", "thàn" too: known syllables come first
		{"doễn", "diễn", nil},
		{"xửử", "xử", nil}, // a key pressed twice
		{"thànj", "thành", nil},
		{"vươt", "vượt", nil},
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

func TestAttested(t *testing.T) {
	for _, w := range []string{"vía", "lít", "Lít", "KHÔNG", "của", "hòa", "hoà", "Thuỷ", "nguye\u0302\u0303n"} {
		if !vnspell.Attested(w) {
			t.Errorf("Attested(%q) = false, want true", w)
		}
	}
	// Valid by the rules, written by no one: what Telex makes of taxi and post.
	for _, w := range []string{"tãi", "pót", "doẽn", "taxi", ""} {
		if vnspell.Attested(w) {
			t.Errorf("Attested(%q) = true, want false", w)
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

// dictionary reads the syllables of the Vietnamese Hunspell dictionary (GPL-2,
// kept as test data only: nothing of it is built into the program), those written
// in lower-case letters of the Vietnamese alphabet.
func dictionary(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("../vninput/testdata/hunspell-vi/vi_VN.dic")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		w, _, _ := strings.Cut(strings.TrimSpace(line), "/")
		w = norm.NFC.String(w)
		if i == 0 || w == "" || strings.ContainsAny(w, "fjwzABCDEFGHIJKLMNOPQRSTUVWXYZĐ") {
			continue // the count, names, abbreviations, words with f, j, w, z
		}
		out = append(out, w)
	}
	return out
}

// notSyllables are the dictionary's entries the rules leave out, with the reason.
var notSyllables = map[string]string{
	"basoi": "foreign (basoi), no syllable", "email": "English", "gram": "the unit, a foreign cluster",
	"internet": "English", "intranet": "English", "palăng": "two syllables written as one",
	"ping": "English", "tivi": "two syllables written as one", "tout": "French", "v": "a letter",
	"gip": "a loan (xe gíp) with a stop and no tone", "xit": "a stop with no tone", "têt": "a stop with no tone",
	"ka": "a loan: k before a", "quoàng": "a rare variant: qu takes no second glide",
	"quoạng": "a rare variant: qu takes no second glide", "quoắt": "a rare variant: qu takes no second glide",
}

// The set made from the rules holds every syllable of the standard list, but for
// the few foreign words and variants named in notSyllables; the gaps it leaves out
// are no words of the list.
func TestDictionary(t *testing.T) {
	dic := dictionary(t)
	if len(dic) < 6600 {
		t.Fatalf("%d syllables read from the dictionary, want 6,600 and more", len(dic))
	}
	n := 0
	for _, w := range dic {
		_, excepted := notSyllables[w]
		switch ok := vnspell.Valid(w); {
		case ok && excepted:
			t.Errorf("%q is valid; take it off notSyllables", w)
		case !ok && !excepted:
			t.Errorf("%q, a syllable of the dictionary, is not valid by the rules", w)
		case ok:
			n++
		}
	}
	in := map[string]bool{}
	for _, w := range dic {
		in[w] = true
	}
	for _, w := range []string{"khong", "tren", "hinh"} {
		if in[w] {
			t.Errorf("%q is a word of the dictionary, no gap", w)
		}
	}
	t.Logf("the rules accept %d of the dictionary's %d syllables; they make %d (both tone styles)", n, len(dic), vnspell.Count())
}

// syllables.txt is what the rules make now: go generate ./vnspell was run after
// they last changed.
func TestSyllablesFile(t *testing.T) {
	data, err := os.ReadFile("syllables.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(data))
	want := vnspell.RuleSyllables()
	if !slices.Equal(got, want) {
		t.Errorf("syllables.txt has %d syllables, the rules make %d: run go generate ./vnspell", len(got), len(want))
	}
	for _, w := range []string{"quỳnh", "giếng", "gìn", "nghiêng", "khuya", "thuở", "hòa", "hoà", "ủy", "uỷ"} {
		if !slices.Contains(got, w) {
			t.Errorf("the rules do not make %q", w)
		}
	}
	for _, w := range []string{"ka", "ce", "ci", "gha", "nge", "ngha", "boa", "quoa", "qui", "iên", "tyên", "hoc", "gioa", "chy"} {
		if slices.Contains(got, w) {
			t.Errorf("the rules make %q, which Vietnamese spells otherwise", w)
		}
	}
}
