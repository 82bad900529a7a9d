package textfield_test

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2/test"
	"golang.org/x/text/unicode/norm"

	"newsdesk/ui/textfield"
	"newsdesk/vnspell"
)

// typeWords types keys, each followed by a space, into a new paragraph in
// Telex and returns the words it holds then.
func typeWords(t *testing.T, ty *textfield.Typing, keys []string) []string {
	t.Helper()
	p := textfield.NewParagraph(ty)
	w := show(t, 600, p)
	w.Canvas().Focus(p)
	test.Type(p, strings.Join(keys, " ")+" ")
	return strings.Fields(p.Text())
}

// TestEnglishWordsGivenBack: English words Telex turns into a syllable
// Vietnamese does not write come back as typed when they end.
func TestEnglishWordsGivenBack(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct{ keys, want string }{
		{"taxi", "taxi"}, // not "tãi"
		{"post", "post"}, // not "pót"
		{"test", "test"}, // not "tét"
		{"most", "most"}, // nor "mót"
		{"Taxi", "Taxi"},
		{"POST", "POST"},
		{"pass", "pass"}, {"boss", "boss"}, {"Messi", "Messi"},
		// English first, though Vietnamese writes "vía" (hú vía) and "lít" (a
		// litre): typed with the tone last they come ("vias", "lits").
		{"visa", "visa"},
		{"list", "list"},
		// The double-key undo of a short word.
		{"ass", "as"},
	} {
		if got := typeWords(t, telex(), []string{c.keys}); len(got) != 1 || got[0] != c.want {
			t.Errorf("typed %q: got %q, want %q", c.keys, got, c.want)
		}
	}
	// With KeepForeign, the engine's syllables stay.
	ty := telex()
	ty.SetKeys(textfield.Keys{KeepForeign: true})
	if got, want := strings.Join(typeWords(t, ty, []string{"taxi", "post"}), " "), "tãi pót"; got != want {
		t.Errorf("KeepForeign: got %q, want %q", got, want)
	}
}

// TestVietnameseTypedUnchanged: Vietnamese words typed in Telex come out as
// the words, those whose keys spell English words among them.
func TestVietnameseTypedUnchanged(t *testing.T) {
	test.NewTempApp(t)
	cases := []struct{ keys, want string }{
		{"dduwowcj", "được"}, {"dduwocj", "được"}, {"Vieejt", "Việt"}, {"tieengs", "tiếng"},
		{"tienges", "tiếng"}, {"hoaf", "hòa"}, {"nguowif", "người"}, {"khoong", "không"},
		{"nawm", "năm"}, {"ddaays", "đấy"}, {"trong", "trong"}, {"Thanhf", "Thành"},
		{"phoos", "phố"}, {"Hooij", "Hội"}, {"nghij", "nghị"}, {"cacs", "các"},
		// Keys that are English words too, typed as Telex typists do: the tone
		// last, the shape keys in place.
		{"as", "á"}, {"af", "à"}, {"ar", "ả"}, {"bets", "bét"}, {"tets", "tét"},
		{"cots", "cót"}, {"goon", "gôn"}, {"tree", "trê"}, {"seen", "sên"},
		{"boots", "bốt"}, {"how", "hơ"}, {"dow", "dơ"}, {"sense", "sến"},
		{"chips", "chíp"}, {"cuts", "cút"}, {"gas", "gá"}, {"days", "dáy"},
		{"vias", "vía"}, {"lits", "lít"},
	}
	var keys, want []string
	for _, c := range cases {
		keys, want = append(keys, c.keys), append(want, c.want)
	}
	got := typeWords(t, telex(), keys)
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("typed %q: got %q, want %q", keys[i], got[i], want[i])
		}
	}
}

// telexKeys returns the keys a Telex typist types for a lower-case syllable,
// the shape keys in place and the tone last: "người" is "nguowif".
func telexKeys(s string) string {
	var b strings.Builder
	tone := ""
	for _, r := range norm.NFD.String(s) {
		switch r {
		case '\u0302': // circumflex: the vowel again
			w := []rune(b.String())
			b.WriteRune(w[len(w)-1])
		case '\u0306', '\u031B': // breve, horn
			b.WriteRune('w')
		case '\u0301':
			tone = "s"
		case '\u0300':
			tone = "f"
		case '\u0309':
			tone = "r"
		case '\u0303':
			tone = "x"
		case '\u0323':
			tone = "j"
		case 'đ':
			b.WriteString("dd")
		default:
			b.WriteRune(r)
		}
	}
	return b.String() + tone
}

// TestDictionaryTypedToneLast: every syllable of the Vietnamese Hunspell
// dictionary (vninput's test data) whose keys, tone last, spell an English word
// ("bets" for "bét", "goon" for "gôn") comes out as the syllable.
func TestDictionaryTypedToneLast(t *testing.T) {
	test.NewTempApp(t)
	b, err := os.ReadFile("../../vninput/testdata/hunspell-vi/vi_VN.dic")
	if err != nil {
		t.Fatal(err)
	}
	var keys, want []string
	for _, line := range strings.Split(string(b), "\n")[1:] {
		w := norm.NFC.String(strings.Split(line, "/")[0])
		if w == "" || w != strings.ToLower(w) || !vnspell.Valid(w) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			continue
		}
		if k := telexKeys(w); vnspell.English(k) {
			keys, want = append(keys, k), append(want, w)
		}
	}
	if len(keys) < 50 {
		t.Fatalf("only %d syllables typed as English words: %q", len(keys), keys)
	}
	got := typeWords(t, telex(), keys)
	if len(got) != len(keys) {
		t.Fatalf("got %d words, want %d", len(got), len(keys))
	}
	for i := range keys {
		if vnspell.Restyle(got[i], vnspell.OldStyle) != vnspell.Restyle(want[i], vnspell.OldStyle) {
			t.Errorf("typed %q: got %q, want %q", keys[i], got[i], want[i])
		}
	}
	t.Logf("%d syllables typed as English words", len(keys))
}
