package model

import (
	"strings"
)

// Award forms reports name; a count is read against the form named nearest to it.
var knownForms = []string{
	"giay khen", "bang khen", "huan chuong", "huy chuong", "co thi dua", "chien si thi dua",
	"danh hieu", "ky niem chuong", "giay chung nhan", "giay ghi nhan",
}

type awardList struct {
	index                    int
	form                     string // folded
	collectives, individuals int
	list                     *AwardList
}

// checkAwardCounts compares the numbers of collectives and individuals the text
// states ("trao Giấy khen cho 12 tập thể và 12 cá nhân") with the award lists. A
// count is read against the lists of the award form named nearest to it in its
// sentence; with no form named, against all lists when the sentence speaks of
// "khen"; a form that no list has is not checked.
func (c *checker) checkAwardCounts() {
	var lists []awardList
	for _, a := range c.r.AwardLists() {
		col, ind := a.Count()
		lists = append(lists, awardList{index: len(lists) + 1, form: string(fold(strings.TrimSpace(a.Form))), collectives: col, individuals: ind, list: a})
	}
	if len(lists) == 0 {
		return
	}
	for _, t := range c.texts {
		if !t.prose || t.s == "" {
			continue
		}
		rs := []rune(t.s)
		f := fold(t.s)
		for _, sen := range sentences(f) {
			ws := splitWords(f, sen[0], sen[1])
			forms := formMentions(ws, lists)
			type count struct {
				value, start, end int
				collective        bool
			}
			var counts []count
			for i := 1; i < len(ws); i++ {
				var collective bool
				switch {
				case ws[i-1].s == "tap" && ws[i].s == "the":
					collective = true
				case ws[i-1].s == "ca" && ws[i].s == "nhan":
				default:
					continue
				}
				if v, n, ok := number(ws, i-2); ok {
					counts = append(counts, count{v, ws[i-1-n].start, ws[i].end, collective})
				}
			}
			for k, ct := range counts {
				next := sen[1]
				if k+1 < len(counts) {
					next = counts[k+1].start
				}
				matched, desc, ok := c.listsFor(forms, ct.start, ct.end, next, lists, ws)
				if !ok {
					continue
				}
				v, collective, start := ct.value, ct.collective, ct.start
				want, fits := 0, false
				for _, l := range matched {
					k := l.individuals
					if collective {
						k = l.collectives
					}
					want += k
					fits = fits || k == v
				}
				if v == want || fits {
					continue
				}
				key := "model.check.award_count.individuals"
				if collective {
					key = "model.check.award_count.collectives"
				}
				c.add(t.place, ProblemAwardCount, start, ct.end,
					msgT(key, t.where, string(rs[start:ct.end]), desc, want))
			}
		}
	}
}

type formMention struct {
	form  string
	start int
}

// formMentions finds the award forms named in a sentence's words.
func formMentions(ws []word, lists []awardList) []formMention {
	forms := append([]string(nil), knownForms...)
	for _, l := range lists {
		if l.form != "" {
			forms = append(forms, l.form)
		}
	}
	var out []formMention
	for i := range ws {
		best := ""
		for _, f := range forms {
			fw := strings.Fields(f)
			if len(fw) > len(best) && i+len(fw) <= len(ws) {
				match := true
				for k, x := range fw {
					if ws[i+k].s != x {
						match = false
						break
					}
				}
				if match && len(f) > len(best) {
					best = f
				}
			}
		}
		if best != "" {
			out = append(out, formMention{best, ws[i].start})
		}
	}
	return out
}

// listsFor picks the lists the count at [start, end) is about, and says how
// messages name them; ok is false when the sentence is not about the report's
// lists. The form named last before the count decides, else the one named after it
// (before the next count at next); when both are named and differ, nothing does.
func (c *checker) listsFor(forms []formMention, start, end, next int, lists []awardList, ws []word) (matched []awardList, desc string, ok bool) {
	var before, after *formMention
	for i := range forms {
		switch {
		case forms[i].start < start:
			before = &forms[i]
		case forms[i].start >= end && forms[i].start < next && after == nil:
			after = &forms[i]
		}
	}
	near := before
	switch {
	case before == nil:
		near = after
	case after != nil && after.form != before.form:
		return nil, "", false
	}
	if near == nil {
		khen := false
		for _, w := range ws {
			khen = khen || w.s == "khen"
		}
		if !khen {
			return nil, "", false
		}
		if len(lists) == 1 {
			return lists, listDesc(lists[0]), true
		}
		return lists, msgT("model.check.lists.all"), true
	}
	for _, l := range lists {
		if l.form != "" && (strings.Contains(l.form, near.form) || strings.Contains(near.form, l.form)) {
			matched = append(matched, l)
		}
	}
	switch len(matched) {
	case 0:
		return nil, "", false
	case 1:
		return matched, listDesc(matched[0]), true
	}
	return matched, msgT("model.check.lists.form", strings.TrimSpace(matched[0].list.Form)), true
}

func listDesc(l awardList) string {
	if f := strings.TrimSpace(l.list.Form); f != "" {
		return msgT("model.check.list.form", f)
	}
	return msgT("model.check.list.index", l.index)
}
