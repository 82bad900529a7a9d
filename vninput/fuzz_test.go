package vninput_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsdesk/vninput"
)

var fuzzSeeds = []string{
	"Vieejt Nam", "nguowif", "nguwowif", "dduwowcj", "truowngf", "quyeets", "nghij",
	"khuyeens giaasy khen", "hoafn", "thuowr", "ww", "www", "uww", "aww", "ddd", "ass",
	"windows", "Google", "Excel", "http://example.com", "email@x.vn", "Wifi", "VIEEJT",
	"Dd", "d9", "a11", "Vie65t Nam", "nguo7i2", "d9u7o7c5", "A4 b", "2026", "ệs", "đd",
	"ưw", "âa", "Vie\u0302\u0323t", "\u0301as", "qu", "gi", "qus", "gis", "tw e",
	"uoow", "uowo", "aswa", "zzz", "j", "ĐĐ", "ǅd", "\uFFFDs", "ooong", "ưu", "xyz",
	"nghieengs", "khuyru", "Huawei", "Samsung", "oaw", "uyeee", "\t s\n", "Ss",
	"[", "[[", "t[s", "ng]owif", "{}", "[1]", "a[[[", "Ddak Pow", "Chuw Pawh", "dinhd",
	"buwocsw", "uowr",
}

// fold lower-cases each character and takes its marks off (đ is d), one character
// for one character, so sequences can be compared key for key.
func fold(s string) []rune {
	var out []rune
	for _, r := range s {
		if r == 'đ' || r == 'Đ' {
			out = append(out, 'd')
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		out = append(out, unicode.ToLower(d[0]))
	}
	return out
}

func project(rs []rune, keep func(rune) bool) string {
	var b strings.Builder
	for _, r := range rs {
		if keep(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func count(rs []rune, c rune) int {
	n := 0
	for _, r := range rs {
		if r == c {
			n++
		}
	}
	return n
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func plainNFC(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) {
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}

// checkTyped checks what typing keys gave: nothing but letters changes, no letter
// comes from nowhere or goes missing beyond the mark keys the engine consumed, and
// the text is NFC.
func checkTyped(t *testing.T, e vninput.Engine, keys, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("%v %q: invalid UTF-8 %q", e.Method, keys, out)
	}
	if plainNFC(keys) && !norm.NFC.IsNormalString(out) {
		t.Fatalf("%v %q: %q is not NFC", e.Method, keys, out)
	}
	in, got := fold(keys), fold(out)
	digit := func(r rune) bool { return '0' <= r && r <= '9' }
	switch e.Method {
	case vninput.Off:
		if out != keys {
			t.Fatalf("Off %q: got %q", keys, out)
		}
	case vninput.Telex:
		// [ ] { } type ơ ư Ơ Ư unless PlainBrackets: in Telex they are keys too
		bracket := func(r rune) bool { return !e.PlainBrackets && strings.ContainsRune("[]{}", r) }
		other := func(r rune) bool { return !isASCIILetter(r) && !bracket(r) }
		if a, b := project(in, other), project(got, other); a != b {
			t.Fatalf("Telex %q → %q: characters other than letters changed: %q → %q", keys, out, a, b)
		}
		if !isASCII(keys) {
			return // composed letters typed in may be spelled out as keys never typed
		}
		plain := func(r rune) bool { return isASCIILetter(r) && !strings.ContainsRune("adeoswfrxjzu", r) }
		if a, b := project(in, plain), project(got, plain); a != b {
			t.Fatalf("Telex %q → %q: letters that are not keys changed: %q → %q", keys, out, a, b)
		}
		for _, c := range "adesfrxjz" {
			if count(got, c) > count(in, c) {
				t.Fatalf("Telex %q → %q: more %c than typed", keys, out, c)
			}
		}
		// A short word given its keys back mid-word spells ơ and ư with o and w,
		// also where they were typed with [ and ].
		brackets := len(project(in, bracket))
		for _, c := range "ow" {
			if count(got, c) > count(in, c)+brackets {
				t.Fatalf("Telex %q → %q: more %c than typed", keys, out, c)
			}
		}
		if len(project(got, bracket)) > brackets {
			t.Fatalf("Telex %q → %q: more brackets than typed", keys, out)
		}
		// w alone types ư, and ww undoes uw: u comes and goes only with w (or ])
		u, w := count(in, 'u'), count(in, 'w')+brackets
		if n := count(got, 'u'); n > u+w || n < u-w {
			t.Fatalf("Telex %q → %q: %d u from %d u and %d w", keys, out, n, u, w)
		}
	case vninput.VNI:
		other := func(r rune) bool { return !isASCIILetter(r) && !digit(r) }
		if a, b := project(in, other), project(got, other); a != b {
			t.Fatalf("VNI %q → %q: characters other than letters and digits changed: %q → %q", keys, out, a, b)
		}
		if !isASCII(keys) {
			return
		}
		if a, b := project(in, isASCIILetter), project(got, isASCIILetter); a != b {
			t.Fatalf("VNI %q → %q: letters changed: %q → %q", keys, out, a, b)
		}
		for _, c := range "0123456789" {
			if count(got, c) > count(in, c) {
				t.Fatalf("VNI %q → %q: more %c than typed", keys, out, c)
			}
		}
	}
}

// FuzzType types random keys in every method and style. Its seeds run with the
// everyday tests; `go test -fuzz FuzzType ./vninput` searches further.
func FuzzType(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	engines := []vninput.Engine{
		{}, {Method: vninput.Telex}, {Method: vninput.Telex, Style: vninput.NewStyle},
		{Method: vninput.Telex, PlainBrackets: true},
		{Method: vninput.VNI}, {Method: vninput.VNI, Style: vninput.NewStyle},
	}
	f.Fuzz(func(t *testing.T, keys string) {
		if !utf8.ValidString(keys) || len(keys) > 256 {
			return
		}
		for _, e := range engines {
			checkTyped(t, e, keys, e.Type(keys))
		}
	})
}

// FuzzApply gives Apply any word halves and key: it never panics, declines without
// touching the word, and answers in NFC.
func FuzzApply(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, r := range "sawe7d9[} " {
			f.Add(s, s[len(s)/2:], r)
		}
	}
	engines := []vninput.Engine{{Method: vninput.Telex}, {Method: vninput.VNI, Style: vninput.NewStyle}}
	f.Fuzz(func(t *testing.T, before, after string, r rune) {
		for _, e := range engines {
			nb, na, ok := e.Apply(before, after, r)
			if !ok {
				if nb != before || na != after {
					t.Fatalf("declined %q|%q + %q but changed it to %q|%q", before, after, r, nb, na)
				}
				continue
			}
			if !utf8.ValidString(nb + na) {
				t.Fatalf("%q|%q + %q: invalid UTF-8", before, after, r)
			}
			if !norm.NFC.IsNormalString(nb + na) {
				t.Fatalf("%q|%q + %q: %q|%q is not NFC", before, after, r, nb, na)
			}
			if utf8.RuneCountInString(nb+na) > utf8.RuneCountInString(before+after)+4 {
				t.Fatalf("%q|%q + %q: grew to %q|%q", before, after, r, nb, na)
			}
		}
	})
}
