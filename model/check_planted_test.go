package model_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vninput"
	"newsdesk/vnspell"
)

// planted is one error put into a report of the corpus: the kind of problem it
// should raise, where, and the text at fault.
type planted struct {
	kind   model.ProblemKind
	report *model.Report
	block  string // the paragraph's key
	start  int    // rune offset of the planted text
	was    string // what it replaced
	text   string
}

// plantIn replaces the n-th word of a paragraph that matches ok with change(word).
func plantIn(r *model.Report, rng *rand.Rand, kind model.ProblemKind, ok func(w string, first bool) bool, change func(string) string) (planted, bool) {
	var paras []int
	for i, b := range r.Body {
		if b.Kind == model.BlockParagraph {
			paras = append(paras, i)
		}
	}
	for _, bi := range rng.Perm(len(paras)) {
		b := &r.Body[paras[bi]]
		rs := []rune(b.Text)
		type span struct{ start, end int }
		var spans []span
		for i := 0; i < len(rs); {
			if !unicode.IsLetter(rs[i]) {
				i++
				continue
			}
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			first := i == 0 || i >= 2 && strings.ContainsRune(".:", rs[i-2])
			if (i == 0 || rs[i-1] == ' ') && (j == len(rs) || strings.ContainsRune(" ,.;", rs[j])) && ok(string(rs[i:j]), first) {
				spans = append(spans, span{i, j})
			}
			i = j
		}
		if len(spans) == 0 {
			continue
		}
		s := spans[rng.IntN(len(spans))]
		was := string(rs[s.start:s.end])
		now := change(was)
		if now == "" || now == was {
			continue
		}
		b.Text = string(rs[:s.start]) + now + string(rs[s.end:])
		return planted{kind, r, b.Key, s.start, was, now}, true
	}
	return planted{}, false
}

// telexKeys writes the keys Telex takes to type w: "được" is "dduwowcj".
func telexKeys(w string) string {
	var b strings.Builder
	tone := ""
	for _, r := range norm.NFD.String(w) {
		switch r {
		case '\u0300':
			tone = "f"
		case '\u0301':
			tone = "s"
		case '\u0303':
			tone = "x"
		case '\u0309':
			tone = "r"
		case '\u0323':
			tone = "j"
		case '\u0302':
			s := []rune(b.String())
			b.WriteRune(unicode.ToLower(s[len(s)-1]))
		case '\u0306', '\u031B':
			b.WriteRune('w')
		case 'đ':
			b.WriteString("dd")
		case 'Đ':
			b.WriteString("Dd")
		default:
			b.WriteRune(r)
		}
	}
	return b.String() + tone
}

func lowerWord(w string, first bool) bool {
	return !first && w == strings.ToLower(w) && len([]rune(w)) >= 2
}

// misspell makes of w a syllable no Vietnamese word has, the way hurried hands do:
// a key doubled, g for q, a tone left off a closed syllable, a neighbouring key.
func misspell(rng *rand.Rand) func(string) string {
	neighbours := map[rune]string{'n': "bm", 'm': "n", 'h': "gj", 'g': "fh", 't': "ry", 'c': "xv", 'i': "uo", 'a': "s", 'u': "yi", 'o': "ip", 'e': "wr", 'y': "tu", 'p': "o", 'l': "k", 'k': "jl", 'r': "et", 's': "ad", 'v': "cb", 'b': "vn", 'd': "sf", 'x': "zc", 'q': "w"}
	return func(w string) string {
		rs := []rune(w)
		var out string
		switch rng.IntN(4) {
		case 0: // the last key doubled
			out = w + string(rs[len(rs)-1])
		case 1: // a final g typed as q
			if strings.HasSuffix(w, "ng") {
				out = strings.TrimSuffix(w, "g") + "q"
			}
		case 2: // the tone of a syllable ending in c, ch, p or t left off
			if strings.ContainsAny(w[len(w)-1:], "ctp") || strings.HasSuffix(w, "ch") {
				out = norm.NFC.String(strings.Map(func(r rune) rune {
					if r == '\u0301' || r == '\u0323' {
						return -1
					}
					return r
				}, norm.NFD.String(w)))
			}
		default: // a neighbouring key
			i := rng.IntN(len(rs))
			if n := neighbours[rs[i]]; n != "" {
				x := append([]rune(nil), rs...)
				x[i] = rune(n[rng.IntN(len(n))])
				out = string(x)
			}
		}
		if out == "" || vnspell.Valid(out) {
			return ""
		}
		return out
	}
}

// plantedSet makes the planted errors, n of each kind, in copies of the corpus.
func plantedSet(tb testing.TB, n int) []planted {
	reports := corpus(tb)
	rng := rand.New(rand.NewPCG(18, 7))
	var out []planted
	telex := vninput.Engine{Method: vninput.Telex}
	kinds := []struct {
		kind   model.ProblemKind
		ok     func(w string, first bool) bool
		change func(string) string
	}{
		{model.ProblemMisspelled, func(w string, first bool) bool {
			return lowerWord(w, first) && strings.ContainsFunc(w, func(r rune) bool { return r > 127 })
		}, misspell(rng)},
		{model.ProblemTelex, func(w string, first bool) bool {
			return lowerWord(w, first) && strings.ContainsFunc(w, func(r rune) bool { return r > 127 })
		}, func(w string) string {
			if k := telexKeys(w); telex.Type(k) == w {
				return k
			}
			return ""
		}},
		{model.ProblemToneMixed, func(w string, first bool) bool {
			st, ok := vnspell.StyleOf(w)
			// people's names are written as their owners write them: not planted
			return ok && st == vnspell.OldStyle && (w == strings.ToLower(w) || w == "Ủy")
		}, func(w string) string { return vnspell.Restyle(w, vnspell.NewStyle) }},
	}
	for _, k := range kinds {
		for made, tries := 0, 0; made < n && tries < 20*n; tries++ {
			r := reports[rng.IntN(len(reports))].Clone()
			if p, ok := plantIn(r, rng, k.kind, k.ok, k.change); ok {
				out = append(out, p)
				made++
			}
		}
	}
	return out
}

// Every error planted in the corpus is found, as its kind, at its place; and its
// fix, applied, leaves the report without that problem.
func TestCheckPlanted(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	set := plantedSet(t, 60)
	count := map[model.ProblemKind]int{}
	fixedRight := 0
	for _, p := range set {
		count[p.kind]++
		var hit *model.Problem
		for _, q := range model.CheckWith(p.report, model.CheckOptions{}) {
			if q.Kind == p.kind && q.BlockKey == p.block && q.Start == p.start {
				hit = &q
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: “%s” (was “%s”) in paragraph %s not found", p.kind, p.text, p.was, p.block)
			continue
		}
		if hit.Fix == nil {
			t.Errorf("%s: “%s” has no fix", p.kind, p.text)
			continue
		}
		r := p.report.Clone()
		if len(r.ApplyFix(*hit)) == 0 {
			t.Errorf("%s: the fix for “%s” changed nothing", p.kind, p.text)
		}
		for _, q := range model.CheckWith(r, model.CheckOptions{}) {
			if q.Kind == p.kind && q.BlockKey == p.block && q.Start == p.start {
				t.Errorf("%s: “%s” still found after its fix: %s", p.kind, p.text, q.Message)
			}
		}
		if strings.Contains(blockText(r, p.block), p.was) {
			fixedRight++
		}
	}
	for kind, n := range count {
		if n < 40 {
			t.Errorf("%d planted errors of kind %s, want at least 40", n, kind)
		}
	}
	if len(set) < 200 && !testing.Short() {
		t.Logf("%d planted errors", len(set))
	}
	t.Logf("%d planted errors found; the fix restores the original word in %d", len(set), fixedRight)
}

func blockText(r *model.Report, key string) string {
	for _, b := range r.Body {
		if b.Key == key {
			return b.Text
		}
	}
	return ""
}
