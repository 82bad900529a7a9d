package model

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vntext"
)

// ProblemKind says what a check found in a report.
type ProblemKind string

// The kinds of problem Check finds.
const (
	ProblemPhotoCaption     ProblemKind = "photo_caption"      // a photo without caption
	ProblemPhotoAlt         ProblemKind = "photo_alt"          // a photo without alt text
	ProblemLeadEmpty        ProblemKind = "lead_empty"         // no lead (sapo)
	ProblemHeadlineLong     ProblemKind = "headline_long"      // past HeadlineWarnLength
	ProblemAwardCount       ProblemKind = "award_count"        // the text states other numbers than an award list holds
	ProblemTitleConflict    ProblemKind = "title_conflict"     // one person, two titles
	ProblemDoubleSpace      ProblemKind = "double_space"       // two spaces in a row
	ProblemSpaceBeforePunct ProblemKind = "space_before_punct" // "Hội nghị ," and the like
	ProblemOddSpace         ProblemKind = "odd_space"          // tab, non-breaking or zero-width space
	ProblemUnbalanced       ProblemKind = "unbalanced"         // a quote or bracket not closed, or not opened
	ProblemLoneMark         ProblemKind = "lone_mark"          // a combining mark on no letter
	ProblemBrokenChar       ProblemKind = "broken_char"        // U+FFFD, left by a wrong decoding
	ProblemControlChar      ProblemKind = "control_char"       // an invisible control or direction character
)

// The fields a Problem points at. Fields of list entries (chair, guests, recipients,
// byline, tags) come with the entry's Index.
const (
	FieldSection        = "section"
	FieldHeadline       = "headline"
	FieldSourceTag      = "source_tag"
	FieldLead           = "lead"
	FieldPlace          = "event.place"
	FieldOrganiser      = "event.organiser"
	FieldChairName      = "event.chair.name"
	FieldChairTitle     = "event.chair.title"
	FieldGuestName      = "event.guests.name"
	FieldGuestTitle     = "event.guests.title"
	FieldText           = "text"    // a paragraph block
	FieldCaption        = "caption" // a photo block's fields
	FieldCredit         = "credit"
	FieldAlt            = "alt"
	FieldAwardForm      = "awards.form" // an award-list block's fields
	FieldAwardBy        = "awards.by"
	FieldAwardDecision  = "awards.decision"
	FieldRecipientName  = "recipient.name"
	FieldRecipientUnit  = "recipient.unit"
	FieldRecipientTitle = "recipient.title"
	FieldByline         = "byline"
	FieldTags           = "tags"
)

// Problem is one thing the checks panel lists and jumps to.
type Problem struct {
	Kind     ProblemKind
	BlockKey string // the body block it is in; "" for the report's own fields
	Field    string // one of the Field constants
	Index    int    // the entry, for list fields (chair, guests, recipients, byline, tags)
	// Start and End are the rune offsets of the text at fault in the field, for
	// selecting it; End is 0 when the problem is the whole field.
	Start, End int
	Message    string // what and where, and what to do, in the interface language
}

// Check returns what a reporter should look at before the report goes out, in the
// order of the report: photos without caption or alt text, an empty lead, a headline
// too long for the portal, numbers of awards the text states that differ from the
// award lists, one person given two titles, and doubled spaces and stray characters.
// It is conservative: a sentence it cannot read with confidence raises nothing.
func Check(r *Report) []Problem {
	c := &checker{r: r}
	c.collect()
	c.checkFields()
	for _, t := range c.texts {
		c.checkChars(t)
	}
	c.checkAwardCounts()
	c.checkTitles()
	sort.SliceStable(c.problems, func(i, j int) bool { return c.problems[i].ord < c.problems[j].ord })
	out := make([]Problem, len(c.problems))
	for i, p := range c.problems {
		out[i] = p.Problem
	}
	return out
}

// place is where a text sits in the report.
type place struct {
	blockKey string
	field    string
	index    int
	where    string // as messages name it: "Đoạn văn thứ 3"
	ord      int    // document order
}

type text struct {
	place
	s      string
	prose  bool // headline, lead, paragraphs, captions: numbers and people are read
	person *personText
}

// personText marks a text that is a person's name or title in a structured field.
type personText struct {
	name, title, unit string
}

type ordered struct {
	Problem
	ord int
}

type checker struct {
	r        *Report
	texts    []text
	problems []ordered
	people   []mention
}

func (c *checker) add(p place, k ProblemKind, start, end int, message string) {
	c.problems = append(c.problems, ordered{Problem{
		Kind: k, BlockKey: p.blockKey, Field: p.field, Index: p.index,
		Start: start, End: end, Message: message,
	}, p.ord})
}

// collect lists every text of the report in order, with where it is.
func (c *checker) collect() {
	r := c.r
	ord := 0
	at := func(blockKey, field string, index int, where string) place {
		ord++
		return place{blockKey: blockKey, field: field, index: index, where: where, ord: ord}
	}
	addText := func(p place, s string, prose bool) {
		c.texts = append(c.texts, text{place: p, s: s, prose: prose})
	}
	addText(at("", FieldSection, 0, msgT("model.check.where.section")), r.Section, false)
	addText(at("", FieldHeadline, 0, msgT("model.check.where.headline")), r.Headline, true)
	addText(at("", FieldSourceTag, 0, msgT("model.check.where.source_tag")), r.SourceTag, false)
	addText(at("", FieldPlace, 0, msgT("model.check.where.place")), r.Event.Place, false)
	addText(at("", FieldOrganiser, 0, msgT("model.check.where.organiser")), r.Event.Organiser, false)
	for _, g := range []struct {
		people            []Person
		nameF, titleF     string
		nameKey, titleKey string
	}{
		{r.Event.Chair, FieldChairName, FieldChairTitle, "model.check.where.chair.name", "model.check.where.chair.title"},
		{r.Event.Guests, FieldGuestName, FieldGuestTitle, "model.check.where.guest.name", "model.check.where.guest.title"},
	} {
		for i, p := range g.people {
			addText(at("", g.nameF, i, msgT(g.nameKey, i+1)), p.Name, false)
			tp := at("", g.titleF, i, msgT(g.titleKey, i+1))
			c.texts = append(c.texts, text{place: tp, s: p.Title, person: &personText{name: p.Name, title: p.Title}})
		}
	}
	addText(at("", FieldLead, 0, msgT("model.check.where.lead")), r.Lead, true)
	paragraph, photo, list := 0, 0, 0
	for _, b := range r.Body {
		switch {
		case b.Kind == BlockParagraph:
			paragraph++
			addText(at(b.Key, FieldText, 0, msgT("model.check.where.paragraph", paragraph)), b.Text, true)
		case b.Kind == BlockPhoto && b.Photo != nil:
			photo++
			addText(at(b.Key, FieldCaption, 0, msgT("model.check.where.caption", photo)), b.Photo.Caption, true)
			addText(at(b.Key, FieldAlt, 0, msgT("model.check.where.alt", photo)), b.Photo.Alt, false)
			addText(at(b.Key, FieldCredit, 0, msgT("model.check.where.credit", photo)), b.Photo.Credit, false)
		case b.Kind == BlockAwards && b.Awards != nil:
			list++
			a := b.Awards
			addText(at(b.Key, FieldAwardForm, 0, msgT("model.check.where.award.form", list)), a.Form, false)
			addText(at(b.Key, FieldAwardBy, 0, msgT("model.check.where.award.by", list)), a.By, false)
			addText(at(b.Key, FieldAwardDecision, 0, msgT("model.check.where.award.decision", list)), a.Decision, false)
			for i, rc := range a.Recipients {
				addText(at(b.Key, FieldRecipientName, i, msgT("model.check.where.recipient.name", i+1, list)), rc.Name, false)
				addText(at(b.Key, FieldRecipientUnit, i, msgT("model.check.where.recipient.unit", i+1, list)), rc.Unit, false)
				tp := at(b.Key, FieldRecipientTitle, i, msgT("model.check.where.recipient.title", i+1, list))
				t := text{place: tp, s: rc.Title}
				if rc.Kind == Individual {
					t.person = &personText{name: rc.Name, title: rc.Title, unit: rc.Unit}
				}
				c.texts = append(c.texts, t)
			}
		}
	}
	for i, s := range r.Byline {
		addText(at("", FieldByline, i, msgT("model.check.where.byline", i+1)), s, false)
	}
	for i, s := range r.Tags {
		addText(at("", FieldTags, i, msgT("model.check.where.tag", i+1)), s, false)
	}
}

// checkFields finds what is missing or too long.
func (c *checker) checkFields() {
	for _, t := range c.texts {
		switch t.field {
		case FieldHeadline:
			if n := utf8.RuneCountInString(t.s); n > HeadlineWarnLength {
				c.add(t.place, ProblemHeadlineLong, HeadlineWarnLength, n, msgT("model.check.headline_long", n, HeadlineWarnLength))
			}
		case FieldLead:
			if strings.TrimSpace(t.s) == "" {
				c.add(t.place, ProblemLeadEmpty, 0, 0, msgT("model.check.lead_empty"))
			}
		}
	}
	photo := 0
	for _, b := range c.r.Body {
		if b.Kind != BlockPhoto || b.Photo == nil {
			continue
		}
		photo++
		for _, t := range c.texts {
			if t.blockKey != b.Key || strings.TrimSpace(t.s) != "" {
				continue
			}
			switch t.field {
			case FieldCaption:
				c.add(t.place, ProblemPhotoCaption, 0, 0, msgT("model.check.photo_caption", photo))
			case FieldAlt:
				c.add(t.place, ProblemPhotoAlt, 0, 0, msgT("model.check.photo_alt", photo))
			}
		}
	}
}

// Characters the checks name.
func oddSpace(r rune) bool {
	switch r {
	case '\t', '\u00A0', '\u1680', '\u180E', '\u200B', '\u200C', '\u200D', '\u2028', '\u2029',
		'\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

func controlChar(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	switch {
	case unicode.IsControl(r):
		return true
	case r == '\u200E' || r == '\u200F' || r == '\u061C',
		'\u202A' <= r && r <= '\u202E', '\u2066' <= r && r <= '\u2069':
		return true // direction marks: invisible, and they reorder text
	}
	return false
}

// spaceName names an odd space for messages.
func spaceName(r rune) string {
	switch r {
	case '\t':
		return msgT("model.check.char.tab")
	case '\u00A0', '\u202F':
		return msgT("model.check.char.nbsp")
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E':
		return msgT("model.check.char.zerowidth")
	case '\u2028', '\u2029':
		return msgT("model.check.char.linesep")
	}
	return msgT("model.check.char.space")
}

// finding counts one kind of problem in a text and remembers the first.
type finding struct {
	n          int
	start, end int
	r          rune
}

func (f *finding) hit(start, end int, r rune) {
	if f.n == 0 {
		f.start, f.end, f.r = start, end, r
	}
	f.n++
}

// checkChars finds doubled spaces and stray characters in one text; each kind is
// reported once per text, with how many and the first place.
func (c *checker) checkChars(t text) {
	if t.s == "" {
		return
	}
	rs := []rune(t.s)
	var double, before, odd, mark, broken, control finding
	for i, r := range rs {
		switch {
		case r == ' ' && i+1 < len(rs) && rs[i+1] == ' ' && (i == 0 || rs[i-1] != ' '):
			j := i
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
			double.hit(i, j, r)
		case (r == ' ' || r == '\u00A0' || r == '\u202F' || r == '\t') && i+1 < len(rs) && strings.ContainsRune(",.;:!?", rs[i+1]) &&
			(i == 0 || rs[i-1] != ' ') && !strings.HasPrefix(string(rs[i+1:min(i+4, len(rs))]), "..."):
			before.hit(i, i+2, r)
		}
		switch {
		case oddSpace(r):
			odd.hit(i, i+1, r)
		case controlChar(r):
			control.hit(i, i+1, r)
		case r == utf8.RuneError:
			broken.hit(i, i+1, r)
		case unicode.In(r, unicode.Mn, unicode.Me) && loneMark(rs, i):
			mark.hit(i, i+1, r)
		}
	}
	report := func(f finding, k ProblemKind, key string, args ...any) {
		if f.n > 0 {
			args = append([]any{t.where, f.n, snippet(rs, f.start, f.end)}, args...)
			c.add(t.place, k, f.start, f.end, msgT(key, args...))
		}
	}
	report(double, ProblemDoubleSpace, "model.check.double_space")
	report(before, ProblemSpaceBeforePunct, "model.check.space_before_punct")
	if odd.n > 0 {
		report(odd, ProblemOddSpace, "model.check.odd_space", spaceName(odd.r))
	}
	report(control, ProblemControlChar, "model.check.control_char")
	report(broken, ProblemBrokenChar, "model.check.broken_char")
	report(mark, ProblemLoneMark, "model.check.lone_mark")
	if i, ch, ok := unbalanced(rs); !ok {
		c.add(t.place, ProblemUnbalanced, i, i+1, msgT("model.check.unbalanced", t.where, string(ch), snippet(rs, i, i+1)))
	}
}

// loneMark reports whether the combining mark at i stands on no letter: it follows
// no letter, or it is left over when its letter is composed (NFC), as a second tone
// is. Decomposed Vietnamese (NFD) is fine: it composes.
func loneMark(rs []rune, i int) bool {
	base := i
	for base > 0 && unicode.In(rs[base-1], unicode.Mn, unicode.Me) {
		base--
	}
	if base == 0 || !unicode.IsLetter(rs[base-1]) {
		return true
	}
	composed := vntext.Clean(string(rs[base-1 : i+1]))
	return strings.ContainsFunc(composed, func(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) })
}

// snippet shows the text around [start, end), with invisible characters named.
func snippet(rs []rune, start, end int) string {
	const around = 16
	from, to := max(0, start-around), min(len(rs), end+around)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	for _, r := range rs[from:to] {
		switch {
		case r == '\t':
			b.WriteString("[tab]")
		case r == '\u00A0' || r == '\u202F':
			b.WriteString("[nbsp]")
		case r == '\n':
			b.WriteString("[↵]")
		case oddSpace(r):
			b.WriteString("[ ]")
		case controlChar(r):
			b.WriteString("[?]")
		case unicode.In(r, unicode.Mn, unicode.Me):
			b.WriteString("[◌" + string(r) + "]")
		default:
			b.WriteRune(r)
		}
	}
	if to < len(rs) {
		b.WriteString("…")
	}
	return b.String()
}

// unbalanced finds the first quote or bracket without its partner; ok when none.
// Single quotes are left alone (’ is also an apostrophe), and so are list markers
// such as "a)" and "2)".
func unbalanced(rs []rune) (at int, r rune, ok bool) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{', '”': '“', '»': '«'}
	type open struct {
		r  rune
		at int
	}
	var stack []open
	straight := -1
	for i, ch := range rs {
		switch ch {
		case '(', '[', '{', '“', '«':
			stack = append(stack, open{ch, i})
		case ')', ']', '}', '”', '»':
			if ch == ')' && listMarker(rs, i) && (len(stack) == 0 || stack[len(stack)-1].r != '(') {
				continue
			}
			if len(stack) == 0 || stack[len(stack)-1].r != pairs[ch] {
				return i, ch, false
			}
			stack = stack[:len(stack)-1]
		case '"':
			if straight < 0 {
				straight = i
			} else {
				straight = -1
			}
		}
	}
	if len(stack) > 0 {
		return stack[0].at, stack[0].r, false
	}
	if straight >= 0 {
		return straight, '"', false
	}
	return 0, 0, true
}

// listMarker reports whether the ) at i closes a list marker after a space or at
// the start: one lower-case letter or up to three digits ("a)", "đ)", "12)").
func listMarker(rs []rune, i int) bool {
	j := i
	for j > 0 && i-j < 3 && unicode.IsDigit(rs[j-1]) {
		j--
	}
	if j == i && j > 0 && unicode.IsLower(rs[j-1]) {
		j--
	}
	return j < i && (j == 0 || unicode.IsSpace(rs[j-1]))
}

// fold lower-cases each character and takes its marks off (đ is d), one character for
// one, so offsets in the folded text are offsets in the text.
func fold(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r < utf8.RuneSelf:
			rs[i] = unicode.ToLower(r)
		case r == 'đ' || r == 'Đ':
			rs[i] = 'd'
		default:
			if f := []rune(vntext.Fold(string(r))); len(f) == 1 {
				rs[i] = f[0]
			} else {
				rs[i] = unicode.ToLower(r)
			}
		}
	}
	return rs
}

// sentences splits rs at sentence ends (. ! ? ; followed by a space, and newlines).
func sentences(rs []rune) [][2]int {
	var out [][2]int
	start := 0
	for i, r := range rs {
		end := r == '\n' ||
			(strings.ContainsRune(".!?;", r) && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])))
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, [2]int{start, len(rs)})
	}
	return out
}

// words splits folded text into words with their offsets.
type word struct {
	s          string
	start, end int
}

func splitWords(rs []rune, from, to int) []word {
	var out []word
	for i := from; i < to; {
		if !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		j := i
		for j < to && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) ||
			(rs[j] == '.' && j+1 < to && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]))) {
			j++
		}
		out = append(out, word{string(rs[i:j]), i, j})
		i = j
	}
	return out
}

// Spelled-out numbers, folded: "mười hai" is 12, "hai mươi mốt" 21.
var units = map[string]int{
	"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// number reads the number that ends at word i: digits ("12", "1.254") or spelled
// out; n is how many words it takes.
func number(ws []word, i int) (value, n int, ok bool) {
	if i < 0 {
		return 0, 0, false
	}
	if d := strings.ReplaceAll(ws[i].s, ".", ""); d != "" && strings.Trim(d, "0123456789") == "" {
		v, err := strconv.Atoi(d)
		return v, 1, err == nil
	}
	unit := func(s string, inCompound bool) (int, bool) {
		if inCompound {
			switch s {
			case "lam":
				return 5, true
			case "tu":
				return 4, true
			}
		}
		v, ok := units[s]
		return v, ok
	}
	w := func(k int) string {
		if k < 0 {
			return ""
		}
		return ws[k].s
	}
	// t mươi u, t mươi, mười u, mười, u
	if u, ok := unit(w(i), true); ok && w(i-1) == "muoi" {
		if t, ok := units[w(i-2)]; ok && t >= 2 {
			return t*10 + u, 3, true
		}
		return 10 + u, 2, true
	}
	if w(i) == "muoi" {
		if t, ok := units[w(i-1)]; ok && t >= 2 {
			return t * 10, 2, true
		}
		return 10, 1, true
	}
	if u, ok := units[w(i)]; ok {
		return u, 1, true
	}
	return 0, 0, false
}

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

// mention is a person named with a title somewhere in the report.
type mention struct {
	name  string // as written
	key   string // the name compared: lower case, each word's tone apart
	title string // as written
	// variants are the title's words as compared: the whole title, each post of a
	// title that lists several ("Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Ủy ban
	// nhân dân thành phố"), and on award lists the title with the unit after it.
	variants [][]titleWord
	posts    bool // the title lists several posts
	exact    bool // from a field, not read from a sentence
	place    place
	offset   int // of the title in its text, for a sentence
}

// checkTitles finds one person given two different titles: in the event's chair and
// guests, on award lists, and in sentences of the form "đồng chí NAME, TITLE phát
// biểu…". Titles agree when one starts the other ("Giám đốc" and "Giám đốc Sở Nội
// vụ"); a title read from a sentence differs only where both go on with a capital
// letter, so the words of the sentence after the title never count.
func (c *checker) checkTitles() {
	var all []mention
	for _, t := range c.texts {
		switch {
		case t.person != nil:
			p := t.person
			if strings.TrimSpace(p.name) == "" || strings.TrimSpace(p.title) == "" {
				continue
			}
			m := mention{name: p.name, title: p.title, variants: titleVariants(p.title), exact: true, place: t.place}
			m.posts = len(m.variants) > 1
			if p.unit != "" {
				m.variants = append(m.variants, titleWords(p.title+" "+p.unit))
			}
			all = append(all, m)
		case t.prose:
			all = append(all, readMentions(t)...)
		}
	}
	byName := map[string][]mention{}
	var names []string
	for _, m := range all {
		m.key = personKey(m.name)
		if m.key == "" || len(m.variants) == 0 || len(m.variants[0]) == 0 {
			continue
		}
		if byName[m.key] == nil {
			names = append(names, m.key)
		}
		byName[m.key] = append(byName[m.key], m)
	}
	for _, name := range names {
		ms := byName[name]
		for i, m := range ms {
			if i == 0 || agreesWithAny(m, ms[:i]) {
				continue
			}
			p := ms[0]
			if explained(p, m, ms) {
				continue
			}
			start, end := 0, 0
			if !m.exact {
				start, end = m.offset, m.offset+utf8.RuneCountInString(m.title)
			}
			c.add(m.place, ProblemTitleConflict, start, end,
				msgT("model.check.title_conflict", m.place.where, strings.TrimSpace(m.name), strings.TrimSpace(m.title), lowerFirst(p.place.where), strings.TrimSpace(p.title)))
		}
	}
}

func agreesWithAny(m mention, others []mention) bool {
	for _, o := range others {
		if titlesAgree(o, m) {
			return true
		}
	}
	return false
}

// explained reports whether another mention lists both titles as posts of one
// person ("Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Ủy ban nhân dân thành phố").
func explained(p, m mention, ms []mention) bool {
	for _, q := range ms {
		if q.posts && titlesAgree(q, p) && titlesAgree(q, m) {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// personKey is a name as compared: words in lower case with the tone apart, so
// "Thủy" and "Thuỷ" are one name and "Đức" and "Dục" are two.
func personKey(name string) string {
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(name)) {
		if i > 0 {
			b.WriteByte(' ')
		}
		letters, tone := vntext.SplitTone(w)
		b.WriteString(letters)
		b.WriteByte(byte('0' + tone))
	}
	return b.String()
}

type titleWord struct {
	s          string // folded
	capital    bool
	afterComma bool
}

// abbreviations titles are written with, folded, and what they stand for.
var abbreviations = map[string]string{
	"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho",
	"mttq": "mat tran to quoc", "bch": "ban chap hanh", "ub": "uy ban",
}

func titleWords(title string) []titleWord {
	var out []titleWord
	comma := false
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return unicode.IsSpace(r) || r == '.' || r == ';' || r == '-' || r == '–'
	}) {
		if w = strings.TrimLeft(w, ","); w == "" {
			comma = true
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		up := unicode.IsUpper(r)
		next := strings.HasSuffix(w, ",")
		w = strings.TrimRight(w, ",")
		f := string(fold(w))
		if exp, ok := abbreviations[f]; ok && strings.ToUpper(w) == w {
			for i, x := range strings.Fields(exp) {
				out = append(out, titleWord{x, up, comma && i == 0})
			}
		} else if f != "" {
			out = append(out, titleWord{f, up, comma})
		}
		comma = next
	}
	return out
}

// titleVariants returns the title's words, then those of each post it lists: posts
// are parted by a comma before a capital ("Bí thư Đảng ủy, Giám đốc Sở") or by "kiêm".
func titleVariants(title string) [][]titleWord {
	all := titleWords(title)
	out := [][]titleWord{all}
	var post []titleWord
	for _, w := range all {
		if (w.afterComma && w.capital || w.s == "kiem") && len(post) > 0 {
			out = append(out, post)
			post = nil
		}
		if w.s != "kiem" {
			post = append(post, w)
		}
	}
	if len(out) > 1 && len(post) > 0 {
		out = append(out, post)
	}
	return out
}

// titlesAgree reports whether two mentions' titles can be the same post: one title
// (or one of the posts it lists) starts the other's.
func titlesAgree(a, b mention) bool {
	for _, x := range a.variants {
		for _, y := range b.variants {
			k := 0
			for k < len(x) && k < len(y) && x[k].s == y[k].s {
				k++
			}
			switch {
			case k == len(x) || k == len(y):
				return true
			case !(a.exact && b.exact) && !(x[k].capital && y[k].capital):
				return true // a sentence goes on after the title
			}
		}
	}
	return false
}

// Words that open a person's mention, and words that end the title after the name:
// what the person does, or a joining word. Both are compared in lower case with
// their marks: folded, "nhân" (in "nhân dân") would be "nhận", "đốc" would be "đọc".
var (
	mentionOpeners = map[string]bool{"đồng chí": true, "ông": true, "bà": true}
	titleEnders    = map[string]bool{}
)

func init() {
	for _, e := range []string{
		"phát biểu", "trao", "tặng", "chủ trì", "dự", "tham dự", "chỉ đạo", "báo cáo",
		"trình bày", "kết luận", "khai mạc", "bế mạc", "làm việc", "kiểm tra", "thăm",
		"chúc mừng", "gắn", "nhận", "điều hành", "giới thiệu", "quán triệt", "thông qua",
		"đọc", "công bố", "cùng", "và", "nhấn mạnh", "khẳng định", "biểu dương", "đánh giá",
		"đề nghị", "yêu cầu", "cho biết", "chia sẻ", "ghi nhận", "trả lời", "tiếp", "đang",
		"cắt", "bấm", "ký", "kí", "đã", "sẽ", "tại", "với", "cho", "khi", "khen", "là", "được",
		"lên", "về", "khảo sát", "động viên", "hướng dẫn", "trực tiếp", "tham gia", "trong",
		"để", "thay mặt", "nêu", "nói", "giao", "chụp", "bên", "ở", "đến", "từ", "cũng",
	} {
		titleEnders[e] = true
	}
}

// readMentions reads "đồng chí NAME, TITLE …" in a sentence: NAME is two to five
// capitalised words ending at a comma; TITLE starts with a capital and ends before a
// lower-case word of titleEnders, a bracket, or the end of the clause.
func readMentions(t text) []mention {
	rs := []rune(t.s)
	lower := []rune(strings.ToLower(t.s))
	if len(lower) != len(rs) {
		return nil
	}
	var out []mention
	ws := splitWords(lower, 0, len(lower))
	for i := 0; i < len(ws); i++ {
		n := 0
		switch {
		case i+1 < len(ws) && mentionOpeners[ws[i].s+" "+ws[i+1].s] && ws[i].end+1 == ws[i+1].start:
			n = 2
		case mentionOpeners[ws[i].s]:
			n = 1
		default:
			continue
		}
		j := i + n
		var name []word
		comma := false
		for ; j < len(ws) && len(name) < 5; j++ {
			if !unicode.IsUpper(rs[ws[j].start]) || !allLetters(rs[ws[j].start:ws[j].end]) {
				break
			}
			name = append(name, ws[j])
			if e := ws[j].end; e < len(rs) && rs[e] == ',' {
				comma = true
				j++
				break
			}
			if e := ws[j].end; e >= len(rs) || rs[e] != ' ' {
				break
			}
		}
		if !comma || len(name) < 2 || j >= len(ws) || !unicode.IsUpper(rs[ws[j].start]) {
			continue
		}
		titleStart, titleEnd := ws[j].start, len(rs)
	title:
		for k := j; k < len(ws); k++ {
			w := ws[k]
			if k > j {
				for _, p := range rs[ws[k-1].end:w.start] {
					if strings.ContainsRune("(.;:!?\n", p) {
						titleEnd = ws[k-1].end
						break title
					}
				}
				two := ""
				if k+1 < len(ws) {
					two = w.s + " " + ws[k+1].s
				}
				if unicode.IsLower(rs[w.start]) && (titleEnders[w.s] || titleEnders[two]) {
					titleEnd = ws[k-1].end
					break title
				}
			}
			titleEnd = w.end
			if k-j > 25 {
				break
			}
		}
		title := strings.TrimRight(string(rs[titleStart:titleEnd]), " ,")
		variants := titleVariants(title)
		out = append(out, mention{
			posts:    len(variants) > 1,
			name:     string(rs[name[0].start:name[len(name)-1].end]),
			title:    title,
			variants: variants,
			place:    t.place,
			offset:   titleStart,
		})
		i = j
	}
	return out
}

func allLetters(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
