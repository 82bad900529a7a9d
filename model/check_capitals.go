package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vnspell"
	"newsdesk/vntext"
)

// capPhrase is a name of a body or a title written with capitals at fixed places,
// as Decree 30/2020/NĐ-CP (Appendix II, on capitals in administrative documents)
// writes them: "Ủy ban nhân dân", "Phó Chủ tịch", "Ban Thường vụ", "Thành ủy".
type capPhrase struct {
	words []string // lower case, tones in the old style
	newer []string // the same in the new style
	caps  []bool   // which words start with a capital
	// title: a post, written with its capitals when a body follows ("Phó Chủ tịch
	// UBND"); body: a body's name, when a place follows ("Ủy ban nhân dân thành phố");
	// always: a body's own name ("Thành ủy").
	title, body, always bool
}

var capPhrases = func() []capPhrase {
	var out []capPhrase
	add := func(written string, title, body, always bool) {
		p := capPhrase{title: title, body: body, always: always}
		for _, w := range strings.Fields(written) {
			r, _ := utf8.DecodeRuneInString(w)
			p.caps = append(p.caps, unicode.IsUpper(r))
			p.words = append(p.words, vnspell.Restyle(strings.ToLower(w), vnspell.OldStyle))
			p.newer = append(p.newer, vnspell.Restyle(strings.ToLower(w), vnspell.NewStyle))
		}
		out = append(out, p)
	}
	// longest first: a phrase is matched before the ones it starts with
	for _, s := range []string{"Phó Chủ tịch", "Phó Giám đốc", "Phó Bí thư", "Phó Chánh Văn phòng"} {
		add(s, true, false, false)
	}
	add("Ủy ban nhân dân", false, true, false)
	add("Hội đồng nhân dân", false, true, false)
	add("Ban Thường vụ", false, false, false)
	add("Ban Chấp hành", false, false, false)
	for _, s := range []string{"Chủ tịch", "Giám đốc", "Bí thư"} {
		add(s, true, false, false)
	}
	for _, s := range []string{"Thành ủy", "Tỉnh ủy", "Hội nghị", "Thành phố", "Quốc hội", "Thường trực", "Chính phủ"} {
		add(s, false, false, s == "Thành ủy" || s == "Tỉnh ủy")
	}
	return out
}()

// capFirst holds the first words of capPhrases, in both styles: most words start
// none, and are passed over at once.
var capFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range capPhrases {
		m[p.words[0]], m[p.newer[0]] = true, true
	}
	return m
}()

// Words a place starts with: after them, "ủy ban nhân dân" names one body.
var placeWords = map[string]bool{"thành": true, "tỉnh": true, "quận": true, "huyện": true, "xã": true, "phường": true, "thị": true}

// abbreviation is a short form reports use, and what it stands for.
type abbreviation struct{ short, full string }

// Abbreviations a report should spell out where it first uses them.
var reportAbbreviations = []abbreviation{
	{"UBND", "Ủy ban nhân dân"}, {"HĐND", "Hội đồng nhân dân"}, {"MTTQ", "Mặt trận Tổ quốc"},
	{"BCH", "Ban Chấp hành"}, {"HTX", "hợp tác xã"}, {"BHYT", "bảo hiểm y tế"}, {"BHXH", "bảo hiểm xã hội"},
	{"ATTP", "an toàn thực phẩm"}, {"CCHC", "cải cách hành chính"}, {"THPT", "trung học phổ thông"},
	{"TP", "thành phố"},
}

func sameWord(w token, p capPhrase, i int) bool {
	return w.low == p.words[i] || w.low == p.newer[i]
}

// matchPhrase reports whether the words from k spell p, one space apart.
func matchPhrase(ts []token, k int, p capPhrase) bool {
	if k+len(p.words) > len(ts) {
		return false
	}
	for i := range p.words {
		if i > 0 && ts[k+i].start != ts[k+i-1].end+1 {
			return false
		}
		if !sameWord(ts[k+i], p, i) {
			return false
		}
	}
	return true
}

// writeLike writes the words of a phrase with the phrase's capitals.
func writeLike(ts []token, k int, p capPhrase) string {
	parts := make([]string, len(p.words))
	for i := range p.words {
		w := ts[k+i].s
		if p.caps[i] {
			parts[i] = capitalise(w)
		} else {
			parts[i] = strings.ToLower(w)
		}
	}
	return strings.Join(parts, " ")
}

// checkCapitals finds names of bodies and titles written with other capitals than
// administrative documents give them: too many ("Thành Phố", "Phó Chủ Tịch"), or too
// few where the name or post is a particular one ("phó chủ tịch UBND", "ủy ban nhân
// dân thành phố", "thành ủy").
func (c *checker) checkCapitals(t text, rs []rune, ts []token, known map[string]bool) {
	for k := 0; k < len(ts); k++ {
		w := ts[k]
		if w.allCaps || !capFirst[w.low] || known[w.low] && w.capital {
			continue
		}
		for _, p := range capPhrases {
			if !matchPhrase(ts, k, p) {
				continue
			}
			n := len(p.words)
			last := ts[k+n-1]
			next := token{}
			if k+n < len(ts) && ts[k+n].start == last.end+1 {
				next = ts[k+n]
			}
			// A particular body or post follows: the phrase takes all its capitals.
			particular := p.always || p.title && (next.capital || next.allCaps) ||
				p.body && (next.capital || placeWords[next.low])
			extra, missing := false, false
			for i := range p.words {
				x := ts[k+i]
				if x.allCaps {
					extra, missing = false, false // "ỦY BAN": a line in capitals
					break
				}
				extra = extra || i > 0 && x.capital && !p.caps[i]
				missing = missing || !x.capital && p.caps[i] && !(i == 0 && w.sentence)
			}
			var want string
			switch {
			case extra && k > 0 && strings.EqualFold(ts[k-1].s, "báo"):
				// the newspaper Nhân Dân
			case extra:
				want = writeLike(ts, k, p)
				if p.words[0] == "thành" && p.words[1] == "phố" && !w.sentence && next.low != "hồ" {
					want = strings.ToLower(want) // thành phố Hải Đông; but Thành phố Hồ Chí Minh
				}
			case missing && particular:
				want = writeLike(ts, k, p)
			}
			if want != "" {
				was := string(rs[w.start:last.end])
				if want != was {
					c.addFix(t.place, ProblemCapitals, w.start, last.end,
						msgT("model.check.capitals", t.where, was, want),
						&Fix{Label: msgT("model.check.fix.replace", want), Text: want, Was: was})
				}
			}
			k += n - 1
			break
		}
	}
}

// checkAbbreviations finds abbreviations (UBND, HĐND, TP…) that a report's lead,
// body or captions use before the report has spelled them out anywhere; the
// headline may use them, as portals' headlines do.
func (c *checker) checkAbbreviations(toks [][]token) {
	type seen struct{ full, short bool }
	state := make([]seen, len(reportAbbreviations))
	fulls := make([]string, len(reportAbbreviations))
	for i, a := range reportAbbreviations {
		fulls[i] = vntext.Fold(a.full)
	}
	for ti, t := range c.texts {
		if t.s == "" || nameField(t.field) {
			continue
		}
		folded := ""
		for i, a := range reportAbbreviations {
			if state[i].full || state[i].short {
				continue
			}
			for _, w := range toks[ti] {
				if w.s != a.short || !(t.prose && t.field != FieldHeadline) {
					continue
				}
				if folded == "" {
					folded = vntext.Fold(t.s)
				}
				// spelled out before it in this text ("Ủy ban nhân dân (UBND)")
				if before := vntext.Fold(string([]rune(t.s)[:w.start])); strings.Contains(before, fulls[i]) {
					break
				}
				state[i].short = true
				full := a.full
				if c.opts.style() == vnspell.NewStyle {
					full = restyleText(full, vnspell.NewStyle)
				}
				rs := []rune(t.s)
				var fix *Fix
				if w.end >= len(rs) || rs[w.end] == ' ' || rs[w.end] == ',' {
					fix = &Fix{Label: msgT("model.check.fix.replace", full), Text: full, Was: a.short}
				}
				c.addFix(t.place, ProblemAbbrevUsed, w.start, w.end, msgT("model.check.abbreviation", t.where, a.short, full), fix)
				break
			}
			if !state[i].short {
				if folded == "" {
					folded = vntext.Fold(t.s)
				}
				state[i].full = strings.Contains(folded, fulls[i])
			}
		}
	}
}
