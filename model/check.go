package model

import (
	"sort"
	"strings"
	"unicode/utf8"
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
	ProblemMisspelled       ProblemKind = "misspelled"         // a syllable Vietnamese does not write: "nghiêmm", "quyêt"
	ProblemTelex            ProblemKind = "telex"              // Telex keys left unconverted: "Vieejt", "khoong"
	ProblemToneMixed        ProblemKind = "tone_mixed"         // tones placed in both styles in one report: "hòa" and "hoà"
	ProblemNumber           ProblemKind = "number"             // "86.4%", "6,800 cán bộ": not the Vietnamese way
	ProblemDateMixed        ProblemKind = "date_mixed"         // dates written two ways: "8/1/2026" and "08/01/2026"
	ProblemCapitals         ProblemKind = "capitals"           // "Thành Phố", "phó chủ tịch UBND": bodies and titles
	ProblemAbbrevUsed       ProblemKind = "abbreviation"       // "UBND" before the report spells it out
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
	Fix        *Fix   // the change that puts it right, where one can be offered
}

// Check is CheckWith with the default settings: tones in the style of
// administrative documents, and no words of the reporter's own.
func Check(r *Report) []Problem {
	return CheckWith(r, CheckOptions{})
}

// CheckWith returns what a reporter should look at before the report goes out, in
// the order of the report: photos without caption or alt text, an empty lead, a
// headline too long for the portal, numbers of awards the text states that differ
// from the award lists, one person given two titles, doubled spaces and stray
// characters; syllables Vietnamese does not write and Telex keys left unconverted,
// tones placed both ways in one report (o says which way is right), numbers and
// dates not written the Vietnamese way, names of bodies and titles not capitalised
// as administrative documents write them, and abbreviations used before they are
// spelled out. Where a change puts a problem right, the problem carries it (Fix).
// It is conservative: a sentence it cannot read with confidence raises nothing.
func CheckWith(r *Report, o CheckOptions) []Problem {
	c := &checker{r: r, opts: o}
	c.collect()
	c.checkFields()
	for _, t := range c.texts {
		c.checkChars(t)
	}
	c.checkAwardCounts()
	c.checkTitles()
	c.checkWords()
	c.checkNumbers()
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		return a.ord < b.ord || a.ord == b.ord && a.at() < b.at()
	})
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

// at orders the problems of one text: those about the whole text first, then by
// where they start.
func (o ordered) at() int {
	if o.End == 0 {
		return -1
	}
	return o.Start
}

type checker struct {
	r        *Report
	opts     CheckOptions
	slips    int // words flagged by the checks of spelling
	texts    []text
	problems []ordered
	people   []mention
}

func (c *checker) add(p place, k ProblemKind, start, end int, message string) {
	c.addFix(p, k, start, end, message, nil)
}

func (c *checker) addFix(p place, k ProblemKind, start, end int, message string, fix *Fix) {
	c.problems = append(c.problems, ordered{Problem{
		Kind: k, BlockKey: p.blockKey, Field: p.field, Index: p.index,
		Start: start, End: end, Message: message, Fix: fix,
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
