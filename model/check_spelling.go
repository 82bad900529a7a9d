package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vninput"
	"newsdesk/vnspell"
)

// token is one word of a text, as the checks of words read it.
type token struct {
	start, end int    // rune offsets in the text
	s          string // as written
	low        string // in lower case
	capital    bool   // starts with a capital
	allCaps    bool   // two letters or more, all capitals: an abbreviation
	ascii      bool   // no letter outside a–z, A–Z
	sentence   bool   // it opens a sentence (or a quote, or the field)
}

// tokens splits a text into the words the checks of spelling read: runs of letters
// between spaces and hyphens. A run of characters with a digit, a dot, a slash or
// an apostrophe inside ("COVID-19", "30/2020/NĐ-CP", "gov.vn", "M'Đrắk") is no
// word of this kind and is left out.
func tokens(rs []rune) []token {
	var out []token
	opens := true // the text's start opens a sentence
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) {
			j++
		}
		// the chunk [i, j) without its leading and trailing punctuation
		a, b := i, j
		lead := false
		for a < b && !letterOrDigit(rs[a]) {
			if strings.ContainsRune("“\"(«[‘'", rs[a]) {
				lead = true
			}
			a++
		}
		for b > a && !letterOrDigit(rs[b-1]) && !unicode.Is(unicode.Mn, rs[b-1]) {
			b--
		}
		sentence := opens || lead
		opens = false
		if b > a {
			last := rs[j-1]
			opens = strings.ContainsRune(".!?…:", last) && !(last == '.' && j-2 >= 0 && unicode.IsUpper(rs[j-2]) && j-i <= 3)
		} else {
			opens = strings.ContainsRune(".!?…:-–", rs[i]) || opens
		}
		if b > a && plainChunk(rs[a:b]) {
			for k := a; k < b; {
				if rs[k] == '-' || rs[k] == '–' {
					k++
					continue
				}
				m := k
				for m < b && rs[m] != '-' && rs[m] != '–' {
					m++
				}
				out = append(out, makeToken(rs, k, m, sentence && k == a))
				k = m
			}
		}
		if j < len(rs) && rs[j] == '\n' {
			opens = true
		}
		i = j
	}
	return out
}

func letterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// plainChunk reports whether a chunk is letters and hyphens only.
func plainChunk(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '-' && r != '–' {
			return false
		}
	}
	return true
}

func makeToken(rs []rune, start, end int, sentence bool) token {
	t := token{start: start, end: end, s: string(rs[start:end]), sentence: sentence, ascii: true}
	t.capital = unicode.IsUpper(rs[start])
	upper := 0
	for _, r := range rs[start:end] {
		if r >= utf8.RuneSelf {
			t.ascii = false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	t.allCaps = end-start >= 2 && upper == end-start
	t.low = t.s
	if upper > 0 {
		t.low = strings.ToLower(t.s)
	}
	return t
}

var telex = vninput.Engine{Method: vninput.Telex}

// telexWord returns the word Telex makes of w's keys when w looks like keys typed
// with the typing method off: the result is a syllable ("khoong": "không",
// "Vieejt": "Việt", "cuar": "của", "cachs": "cách") and w is no English word whose
// letters happen to type one ("tree", "bar", "cats": vnspell.English).
func telexWord(t token) (string, bool) {
	if !t.ascii || len(t.s) < 3 || t.allCaps || vnspell.English(t.s) {
		return "", false
	}
	if !telexKeys(t.low) {
		return "", false
	}
	typed := telex.Type(t.s)
	if typed == t.s || !vnspell.Valid(typed) {
		return "", false
	}
	if t.capital && !t.sentence {
		// a name mid-sentence ("Lee", "Moon", "Kim") types as a syllable too: only
		// keys for both a letter's shape and a tone, or for đ, say Telex
		d := strings.HasPrefix(strings.ToLower(t.s), "dd")
		return typed, d || vnspell.Shaped(typed) && vnspell.Toned(typed)
	}
	return typed, true
}

// Words before a person's name.
var honorifics = map[string]bool{"ông": true, "bà": true, "anh": true, "chị": true, "em": true, "chí": true, "cô": true, "thầy": true}

// telexKeys reports whether a word in lower case has keys Telex turns into marks:
// a tone key or w anywhere after its first letter, or a doubled a, e, o or d.
func telexKeys(low string) bool {
	if strings.ContainsAny(low[1:], "sfrxjw") || low[0] == 'w' {
		return true
	}
	for _, d := range []string{"aa", "ee", "oo", "dd"} {
		if strings.Contains(low, d) {
			return true
		}
	}
	return false
}

// checkWords runs the checks that read a report word by word.
func (c *checker) checkWords() {
	known := map[string]bool{}
	for _, w := range c.opts.Words {
		known[strings.ToLower(w)] = true
	}
	for _, t := range c.texts {
		if nameField(t.field) {
			for _, w := range strings.FieldsFunc(t.s, func(r rune) bool { return !wordRune(r) }) {
				w = strings.ToLower(w)
				known[w] = true
				known[vnspell.Restyle(w, vnspell.OldStyle)] = true // Thủy is Thuỷ
				known[vnspell.Restyle(w, vnspell.NewStyle)] = true
			}
		}
	}
	tone := toneCount{first: map[int]toneUse{}}
	toks := make([][]token, len(c.texts))
	for ti, t := range c.texts {
		if t.s == "" || nameField(t.field) {
			continue
		}
		rs := []rune(t.s)
		ts := tokens(rs)
		toks[ti] = ts
		if t.field != FieldTags && t.field != FieldSection {
			c.checkCapitals(t, rs, ts, known)
		}
		var slips []slip
		words, plain := 0, 0 // words of two letters or more; of them, written with no mark at all
		for _, w := range ts {
			if w.allCaps || utf8.RuneCountInString(w.s) < 2 {
				continue
			}
			words++
			if w.ascii {
				plain++
			}
		}
		for k, w := range ts {
			if strings.ContainsFunc(w.s, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) {
				continue // a mark on no letter: the check of characters names it
			}
			if !(w.capital && (known[w.low] || !w.sentence && k > 0 && (ts[k-1].capital || honorifics[ts[k-1].low]))) {
				tone.see(ti, w) // a person's name is written as its owner writes it
			}
			if s, ok := spellingSlip(ts, k, known); ok {
				slips = append(slips, s)
			}
		}
		c.reportSlips(t, ts, slips, words, plain)
	}
	c.checkTones(tone)
	c.checkAbbreviations(toks)
}

// slip is a word the checks of spelling flag: Telex left unconverted (telex is
// the word Telex makes of it), or a syllable Vietnamese does not write.
type slip struct {
	w     token
	telex string
}

// spellingSlip reads word k for a Telex remnant or a misspelled syllable. Names
// (capitalised words inside a sentence, and any word of a name the report gives),
// abbreviations, words in the reporter's list and foreign words (letters no
// syllable is written with, English words Telex would misread) are not read.
func spellingSlip(ts []token, k int, known map[string]bool) (slip, bool) {
	w := ts[k]
	if w.allCaps || utf8.RuneCountInString(w.s) < 2 && w.ascii {
		return slip{}, false
	}
	if known[w.low] || w.ascii && vnspell.English(w.s) {
		return slip{}, false
	}
	if typed, ok := telexWord(w); ok {
		return slip{w, typed}, true
	}
	if w.capital && !w.sentence {
		return slip{}, false // a name, or a body's: Hải Đông, Krông Búk
	}
	if w.capital && k+1 < len(ts) && ts[k+1].capital && ts[k+1].start-w.end == 1 {
		return slip{}, false // a name opening a sentence
	}
	if vnspell.Valid(w.s) {
		return slip{}, false
	}
	if w.ascii && (strings.ContainsAny(w.low, "fjwz") || !vnspell.Folds(w.s)) {
		return slip{}, false // a foreign word: no syllable is written with these letters
	}
	return slip{w: w}, true
}

// Past maxSlips words flagged in one report, the rest wait: nobody reads a longer
// list, and suggestions for thousands of words would hold the window up.
const maxSlips = 60

// reportSlips lists the slips of one text, each with its fix. A text typed without
// marks, or in another language, gets one problem saying so instead: one where at
// least a third of the words (and eight or more) are slips, or one of twelve words
// or more where three in four carry no mark at all — in Vietnamese as reports
// write it, at most about a third do ("cho", "trong", "thanh"; a third of the
// team's corpus at most, a quarter of a real report), while "nganh", "pham",
// "den" left unmarked are syllables too and are no slips.
func (c *checker) reportSlips(t text, ts []token, slips []slip, words, plain int) {
	unmarked := words >= 12 && 4*plain >= 3*words
	if len(slips) == 0 && !unmarked {
		return
	}
	if unmarked || len(slips) >= 8 && 3*len(slips) >= len(ts) {
		w := ts[0]
		if len(slips) > 0 {
			w = slips[0].w
		}
		c.add(t.place, ProblemMisspelled, w.start, w.end, msgT("model.check.unmarked", t.where, len(slips), len(ts)))
		return
	}
	for _, s := range slips {
		if c.slips >= maxSlips {
			return
		}
		c.slips++
		w := s.w
		if s.telex != "" {
			c.addFix(t.place, ProblemTelex, w.start, w.end,
				msgT("model.check.telex", t.where, w.s, s.telex),
				&Fix{Label: msgT("model.check.fix.replace", s.telex), Text: s.telex, Was: w.s})
			continue
		}
		sug := vnspell.Suggest(w.s)
		if len(sug) == 0 {
			c.add(t.place, ProblemMisspelled, w.start, w.end, msgT("model.check.misspelled.none", t.where, w.s))
			continue
		}
		c.addFix(t.place, ProblemMisspelled, w.start, w.end,
			msgT("model.check.misspelled", t.where, w.s, strings.Join(sug, ", ")),
			&Fix{Label: msgT("model.check.fix.replace", sug[0]), Text: sug[0], Was: w.s})
	}
}

// toneUse is the first word of a text written in one tone style.
type toneUse struct {
	n          [2]int
	start, end [2]int
	word       [2]string
}

type toneCount struct {
	n     [2]int
	word  [2]string
	first map[int]toneUse // by text
}

func (tc *toneCount) see(text int, w token) {
	st, ok := vnspell.StyleOf(w.s)
	if !ok {
		return
	}
	if tc.n[st] == 0 {
		tc.word[st] = w.s
	}
	tc.n[st]++
	u := tc.first[text]
	if u.n[st] == 0 {
		u.start[st], u.end[st], u.word[st] = w.start, w.end, w.s
	}
	u.n[st]++
	tc.first[text] = u
}

// checkTones finds tones placed in both styles in one report ("hòa" and "hoà"):
// each text with words in the style the setting does not follow is named, and the
// fix places every tone of the report in the setting's style.
func (c *checker) checkTones(tc toneCount) {
	if tc.n[vnspell.OldStyle] == 0 || tc.n[vnspell.NewStyle] == 0 {
		return
	}
	want := c.opts.style()
	other := 1 - want
	name := func(s vnspell.Style) string {
		if s == vnspell.NewStyle {
			return msgT("model.check.tone.new")
		}
		return msgT("model.check.tone.old")
	}
	restyle := ToneOld
	if want == vnspell.NewStyle {
		restyle = ToneNew
	}
	for ti, t := range c.texts {
		u, ok := tc.first[ti]
		if !ok || u.n[other] == 0 {
			continue
		}
		c.addFix(t.place, ProblemToneMixed, u.start[other], u.end[other],
			msgT("model.check.tone_mixed", t.where, u.n[other], u.word[other], name(other), tc.word[want], name(want)),
			&Fix{Label: msgT("model.check.fix.tone", restyleText("hòa, thủy", want)), Restyle: restyle,
				Text: vnspell.Restyle(u.word[other], want), Was: u.word[other]})
	}
}
