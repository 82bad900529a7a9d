package vninput_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/vninput"
)

// The input→output tables of other Vietnamese typing engines, run through this one.
// testdata/README.md names each table's source and licence.

// engineTable is one engine's table and the engine settings that type like it.
type engineTable struct {
	name string // as exceptions.tsv names it
	path string
	e    vninput.Engine
	// vni: the keys are made from each output as Gõ Nhanh's VNI test makes them
	// (vniKeys), once per output.
	vni bool
}

var engineTables = []engineTable{
	{"vi-rs/telex", "testdata/vi-rs/telex.tsv", vninput.Engine{Method: vninput.Telex, Style: vninput.NewStyle}, false},
	{"vi-rs/vni", "testdata/vi-rs/vni.tsv", vninput.Engine{Method: vninput.VNI, Style: vninput.NewStyle}, false},
	{"gonhanh/telex", "testdata/gonhanh/telex.tsv", vninput.Engine{Method: vninput.Telex}, false},
	{"gonhanh/vni", "testdata/gonhanh/telex.tsv", vninput.Engine{Method: vninput.VNI}, true},
	{"bamboo/telex", "testdata/bamboo/telex.tsv", vninput.Engine{Method: vninput.Telex, Style: vninput.NewStyle}, false},
}

// vniKeys spells word in VNI keys the way Gõ Nhanh's VNI test does
// (vietnamese_to_vni in core/tests/vietnamese_dict_test.rs): each shape mark's
// digit after its letter, đ as d9, and the tone's digit at the word's end.
func vniKeys(word string) string {
	var b strings.Builder
	var tone rune
	for _, r := range norm.NFD.String(word) {
		switch r {
		case 'đ':
			b.WriteString("d9")
		case 'Đ':
			b.WriteString("D9")
		case '\u0302':
			b.WriteByte('6')
		case '\u031B':
			b.WriteByte('7')
		case '\u0306':
			b.WriteByte('8')
		case '\u0301':
			tone = '1'
		case '\u0300':
			tone = '2'
		case '\u0309':
			tone = '3'
		case '\u0303':
			tone = '4'
		case '\u0323':
			tone = '5'
		default:
			b.WriteRune(r)
		}
	}
	if tone != 0 {
		b.WriteRune(tone)
	}
	return b.String()
}

// tableCase is one line of a table: the keys typed and what the engine typed.
type tableCase struct {
	line       int
	keys, want string
}

func readTable(t *testing.T, path string) []tableCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []tableCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		keys, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab in %q", path, n, line)
		}
		cases = append(cases, tableCase{n, keys, want})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return cases
}

// syllableKey spells a syllable for lookup: lower case, NFC, with the tone taken
// off its vowel and put at the end, so "hòa" and "hoà" are one syllable.
func syllableKey(s string) string {
	var b, tone strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			tone.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String()) + tone.String()
}

// readSyllables reads the syllables of Hunspell's Vietnamese dictionary, the list
// that decides which outputs are real Vietnamese words.
func readSyllables(t *testing.T) map[string]bool {
	t.Helper()
	data, err := os.ReadFile("testdata/hunspell-vi/vi_VN.dic")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	set := make(map[string]bool, len(lines))
	for _, w := range lines[1:] { // the first line is the word count
		w, _, _ = strings.Cut(w, "/")
		set[syllableKey(w)] = true
	}
	return set
}

// realWords reports whether every word of s is a Vietnamese syllable of the list.
func realWords(s string, syllables map[string]bool) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !syllables[syllableKey(w)] {
			return false
		}
	}
	return len(words) > 0
}

// typeLine types keys as a field does (ui/textfield): each key goes to the engine
// with the word before the cursor; a letter it declines goes in as typed; any other
// key ends the word, whose keys come back if they made no Vietnamese word
// (Engine.GiveBack), and goes in as typed. The line's end ends its last word too.
func typeLine(e vninput.Engine, keys string) string {
	var text, typed []rune // typed: the keys of the word being typed
	at := -1               // where that word starts; -1 when no word is being typed
	end := func() {
		if at >= 0 {
			if g, ok := e.GiveBack(string(text[at:]), string(typed)); ok {
				text = append(text[:at], []rune(g)...)
			}
		}
		at, typed = -1, typed[:0]
	}
	track := func(start, cursor int, r rune) {
		switch {
		case at >= 0 && at == start:
			typed = append(typed, r)
		case start == cursor:
			at, typed = start, append(typed[:0], r)
		default:
			at = -1
		}
	}
	for _, r := range keys {
		cursor := len(text)
		start, _ := vninput.WordAround(string(text), cursor)
		if nb, na, ok := e.Apply(string(text[start:]), "", r); ok {
			text = append(text[:start], []rune(nb+na)...)
			track(start, cursor, r)
			continue
		}
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			text = append(text, r)
			track(start, cursor, r)
			continue
		}
		end()
		text = append(text, r)
	}
	end()
	return string(text)
}

// exception is a case where Newsdesk types otherwise on purpose.
type exception struct {
	table, keys, ours, reason string
	seen                      bool
}

// readExceptions reads testdata/exceptions.tsv: table, keys, what Newsdesk types,
// and why, tab-separated; # starts a comment.
func readExceptions(t *testing.T) map[string]*exception {
	t.Helper()
	data, err := os.ReadFile("testdata/exceptions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ex := map[string]*exception{}
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[3] == "" {
			t.Fatalf("exceptions.tsv:%d: want table, keys, ours and a reason: %q", i+1, line)
		}
		ex[f[0]+"\t"+f[1]] = &exception{table: f[0], keys: f[1], ours: f[2], reason: f[3]}
	}
	return ex
}

// TestEngineTables runs the tables of other open-source Vietnamese typing engines
// through the engine: vi-rs (Telex and VNI), Gõ Nhanh (Telex, and its words in VNI
// keys as its own VNI test makes them) and Bamboo (Telex). On the cases whose
// expected output is made of real Vietnamese syllables (Hunspell's Vietnamese
// dictionary decides), at least 99 % must type the same, and each other one must be
// listed in testdata/exceptions.tsv with the reason and type there as listed. The
// figures are logged: go test -v -run TestEngineTables ./vninput/
func TestEngineTables(t *testing.T) {
	const maxShown = 40 // differences shown one by one, per table
	syllables := readSyllables(t)
	if len(syllables) < 6000 {
		t.Fatalf("read %d syllables", len(syllables))
	}
	exceptions := readExceptions(t)
	var allReal, allSame int
	for _, tb := range engineTables {
		t.Run(tb.name, func(t *testing.T) {
			var real, same, excused, unreal, unrealSame, differ int
			cases := readTable(t, tb.path)
			if tb.vni {
				seen := map[string]bool{}
				var made []tableCase
				for _, c := range cases {
					if !seen[c.want] {
						seen[c.want] = true
						made = append(made, tableCase{c.line, vniKeys(c.want), c.want})
					}
				}
				cases = made
			}
			for _, c := range cases {
				got := typeLine(tb.e, c.keys)
				ex := exceptions[tb.name+"\t"+c.keys]
				if ex != nil {
					ex.seen = true
					if got != ex.ours {
						t.Errorf("%s:%d: %q types %q, exceptions.tsv says %q", tb.path, c.line, c.keys, got, ex.ours)
					}
				}
				if !realWords(c.want, syllables) {
					unreal++
					if got == c.want {
						unrealSame++
					}
					continue
				}
				real++
				switch {
				case got == c.want:
					same++
				case ex != nil:
					excused++
				default:
					if differ++; differ <= maxShown {
						t.Errorf("%s:%d: %q: got %q, want %q", tb.path, c.line, c.keys, got, c.want)
					}
				}
			}
			if differ > maxShown {
				t.Errorf("%s: and %d more differences", tb.name, differ-maxShown)
			}
			allReal += real
			allSame += same
			pct := 100 * float64(same) / float64(real)
			t.Logf("%s: %d of %d cases with real words type the same (%.2f %%), %d listed exceptions; not counted: %d cases with other output, %d of them the same",
				tb.name, same, real, pct, excused, unreal, unrealSame)
			if pct < 99 {
				t.Errorf("%s: agreement %.2f %%, want at least 99 %%", tb.name, pct)
			}
		})
	}
	t.Logf("all tables: %d of %d (%.2f %%)", allSame, allReal, 100*float64(allSame)/float64(allReal))
	for _, ex := range exceptions {
		if !ex.seen {
			t.Errorf("exceptions.tsv: %s %q is in no table", ex.table, ex.keys)
		}
	}
}
