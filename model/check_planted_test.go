package model_test

import (
	"math/rand/v2"
	"regexp"
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
	field  string // model.FieldText, or the report's own field when block is ""
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
		return planted{kind, r, b.Key, model.FieldText, s.start, was, now}, true
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
		if out == "" || vnspell.Valid(out) || vnspell.English(out) {
			return "" // no slip, or one the checks leave alone as an English word ("hoc", "cow")
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
			if k := telexKeys(w); telex.Type(k) == w && !vnspell.English(k) {
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
	for _, k := range textPlanters() {
		for made, tries := 0, 0; made < n/2 && tries < 20*n; tries++ {
			r := reports[rng.IntN(len(reports))].Clone()
			if p, ok := plantText(r, rng, k.kind, k.re, k.change); ok {
				out = append(out, p)
				made++
			}
		}
	}
	for made, tries := 0, 0; made < n/2 && tries < 20*n; tries++ {
		r := reports[rng.IntN(len(reports))].Clone()
		if p, ok := plantAbbreviation(r, rng); ok {
			out = append(out, p)
			made++
		}
	}
	return out
}

type textPlanter struct {
	kind   model.ProblemKind
	re     *regexp.Regexp
	change func(m []string, rng *rand.Rand) string // from the match and its groups
}

// textPlanters put numbers, dates and capitals the wrong way into paragraphs.
func textPlanters() []textPlanter {
	return []textPlanter{
		{model.ProblemNumber, regexp.MustCompile(`(\d+),(\d)%`), func(m []string, _ *rand.Rand) string {
			return m[1] + "." + m[2] + "%"
		}},
		{model.ProblemNumber, regexp.MustCompile(`(\d{1,3})\.(\d{3}) (lượt|lao động|hồ sơ|học sinh|hội viên|cây)`), func(m []string, _ *rand.Rand) string {
			return m[1] + "," + m[2] + " " + m[3]
		}},
		{model.ProblemDateMixed, regexp.MustCompile(`(\d{1,2})/(\d{1,2})/(\d{4})`), func(m []string, rng *rand.Rand) string {
			pad := func(s string) string {
				if len(s) == 1 {
					return "0" + s
				}
				return s
			}
			// Another separator always differs from the lead's date ("Sáng 8/1");
			// padding differs only from a lead whose date shows none ("Sáng 12/10").
			sep := []string{"-", "."}[rng.IntN(2)]
			if rng.IntN(2) == 0 {
				return pad(m[1]) + sep + pad(m[2]) + sep + m[3]
			}
			return m[1] + sep + m[2] + sep + m[3]
		}},
		{model.ProblemCapitals, regexp.MustCompile(`[^.] (Ủy ban nhân dân thành phố|Phó Chủ tịch Ủy ban|Thành ủy|Hội nghị|Ban Thường vụ|Hội đồng nhân dân thành phố)`), func(m []string, rng *rand.Rand) string {
			w := m[1]
			switch {
			case w == "Hội nghị":
				return "Hội Nghị"
			case w == "Ban Thường vụ":
				return "Ban Thường Vụ"
			case strings.HasSuffix(w, "thành phố") && rng.IntN(2) == 0:
				return strings.TrimSuffix(w, "thành phố") + "Thành Phố"
			case w == "Phó Chủ tịch Ủy ban":
				return "phó chủ tịch Ủy ban"
			}
			rs := []rune(w)
			return strings.ToLower(string(rs[0])) + string(rs[1:]) // the first letter lowered
		}},
	}
}

// plantText replaces one match of re (its last group, or the whole match) in a
// paragraph with change's text.
func plantText(r *model.Report, rng *rand.Rand, kind model.ProblemKind, re *regexp.Regexp, change func([]string, *rand.Rand) string) (planted, bool) {
	for _, bi := range rng.Perm(len(r.Body)) {
		b := &r.Body[bi]
		if b.Kind != model.BlockParagraph {
			continue
		}
		ms := re.FindAllStringSubmatchIndex(b.Text, -1)
		if len(ms) == 0 {
			continue
		}
		m := ms[rng.IntN(len(ms))]
		from, to := m[0], m[1]
		if re.NumSubexp() == 1 { // only the group is replaced
			from = m[2]
		}
		groups := []string{}
		for g := 0; g <= re.NumSubexp(); g++ {
			groups = append(groups, b.Text[m[2*g]:m[2*g+1]])
		}
		now := change(groups, rng)
		if re.NumSubexp() == 1 {
			now = change(groups, rng)
		}
		was := b.Text[from:to]
		if now == was {
			continue
		}
		start := len([]rune(b.Text[:from]))
		for a, c := []rune(was), []rune(now); len(a) > 0 && len(c) > 0 && a[0] == c[0]; a, c = a[1:], c[1:] {
			start++ // the planted error starts where the text changes
		}
		b.Text = b.Text[:from] + now + b.Text[to:]
		return planted{kind, r, b.Key, model.FieldText, start, was, now}, true
	}
	return planted{}, false
}

// plantAbbreviation writes a body's name abbreviated everywhere in the report:
// its first use in the lead or the body should be found.
func plantAbbreviation(r *model.Report, rng *rand.Rand) (planted, bool) {
	full, short := "Ủy ban nhân dân", "UBND"
	if rng.IntN(3) == 0 {
		full, short = "Hội đồng nhân dân", "HĐND"
	}
	r.Headline = strings.ReplaceAll(r.Headline, full, short)
	for i := range r.Event.Guests {
		r.Event.Guests[i].Title = strings.ReplaceAll(r.Event.Guests[i].Title, full, short)
	}
	r.Lead = strings.ReplaceAll(r.Lead, full, short)
	var p planted
	if i := strings.Index(r.Lead, short); i >= 0 {
		p = planted{model.ProblemAbbrevUsed, r, "", model.FieldLead, len([]rune(r.Lead[:i])), full, short}
	}
	for bi := range r.Body {
		b := &r.Body[bi]
		text := &b.Text
		if b.Kind == model.BlockPhoto {
			text = &b.Photo.Caption
		}
		*text = strings.ReplaceAll(*text, full, short)
		if i := strings.Index(*text, short); i >= 0 && p.report == nil {
			field := model.FieldText
			if b.Kind == model.BlockPhoto {
				field = model.FieldCaption
			}
			p = planted{model.ProblemAbbrevUsed, r, b.Key, field, len([]rune((*text)[:i])), full, short}
		}
	}
	return p, p.report != nil
}

// Every error planted in the corpus is found, as its kind, at its place; and its
// fix, applied, leaves the report without that problem.
func TestCheckPlanted(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	set := plantedSet(t, 60)
	count := map[model.ProblemKind]int{}
	restored := map[model.ProblemKind]int{}
	for _, p := range set {
		count[p.kind]++
		var hit *model.Problem
		for _, q := range model.CheckWith(p.report, model.CheckOptions{}) {
			if q.Kind == p.kind && q.BlockKey == p.block && q.Field == p.field && q.Start <= p.start && p.start < q.End {
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
			if q.Kind == p.kind && q.BlockKey == p.block && q.Field == p.field && q.Start <= p.start && p.start < q.End {
				t.Errorf("%s: “%s” still found after its fix: %s", p.kind, p.text, q.Message)
			}
		}
		if p.block != "" && strings.Contains(blockText(r, p.block), p.was) || p.block == "" && strings.Contains(r.Lead, p.was) {
			restored[p.kind]++
		} else if testing.Verbose() {
			t.Logf("%s: the fix of “%s” gives “%s”, the text was “%s”", p.kind, p.text, hit.Fix.Text, p.was)
		}
	}
	for _, kind := range []model.ProblemKind{model.ProblemMisspelled, model.ProblemTelex, model.ProblemToneMixed,
		model.ProblemNumber, model.ProblemDateMixed, model.ProblemCapitals, model.ProblemAbbrevUsed} {
		if count[kind] < 30 {
			t.Errorf("%d planted errors of kind %s, want at least 30", count[kind], kind)
		}
	}
	if len(set) < 200 {
		t.Errorf("%d planted errors, want at least 200", len(set))
	}
	t.Logf("%d planted errors found (%v); the fix restores the original text in %v", len(set), count, restored)
}

func blockText(r *model.Report, key string) string {
	for _, b := range r.Body {
		if b.Key == key {
			return b.Text
		}
	}
	return ""
}
