package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vntext"
)

// AwardList is a list of recipients of one award form from one awarding body:
// "Giám đốc Sở … tặng Giấy khen cho 12 tập thể và 12 cá nhân".
type AwardList struct {
	Form       string      `json:"form"`               // Giấy khen, Bằng khen…
	By         string      `json:"by,omitempty"`       // the awarding body
	Decision   string      `json:"decision,omitempty"` // decision reference: "Quyết định số 15/QĐ-…"
	Date       Date        `json:"date,omitempty"`     // decision date
	Recipients []Recipient `json:"recipients"`         // in the order given
}

// RecipientKind tells a collective (a unit) from an individual.
type RecipientKind string

// The kinds of recipient.
const (
	Collective RecipientKind = "collective"
	Individual RecipientKind = "individual"
)

// Recipient is one unit or person on an award list.
type Recipient struct {
	Kind  RecipientKind `json:"kind"`
	Name  string        `json:"name"`
	Unit  string        `json:"unit,omitempty"`
	Title string        `json:"title,omitempty"`
	Form  string        `json:"form,omitempty"` // only where it differs from the list's
}

// Normalize cleans the list's text as it enters the model.
func (a *AwardList) Normalize() {
	a.Form = vntext.OneLine(a.Form)
	a.By = vntext.OneLine(a.By)
	a.Decision = vntext.OneLine(a.Decision)
	for i := range a.Recipients {
		r := &a.Recipients[i]
		r.Name = vntext.OneLine(r.Name)
		r.Unit = vntext.OneLine(r.Unit)
		r.Title = vntext.OneLine(r.Title)
		r.Form = vntext.OneLine(r.Form)
		if r.Form == a.Form {
			r.Form = ""
		}
	}
}

// Validate returns an EINVALID error naming, by position, each recipient whose kind
// is neither collective nor individual; nil when the list is well formed. (A row
// still without a name is allowed in a draft: see Report.Ready.)
func (a *AwardList) Validate() error {
	var problems []string
	if a.Date != "" {
		if _, ok := a.Date.Time(); !ok {
			problems = append(problems, msgT("model.date.invalid", a.Date))
		}
	}
	for i, r := range a.Recipients {
		if r.Kind != Collective && r.Kind != Individual {
			problems = append(problems, msgT("model.recipient.kind", i+1))
		}
	}
	if len(problems) > 0 {
		return &Error{Code: EINVALID, Message: strings.Join(problems, " ")}
	}
	return nil
}

// FormOf returns the award form a recipient receives: their own, else the list's.
func (a *AwardList) FormOf(r Recipient) string {
	if r.Form != "" {
		return r.Form
	}
	return a.Form
}

// Count returns how many collectives and individuals the list holds.
func (a *AwardList) Count() (collectives, individuals int) {
	for _, r := range a.Recipients {
		if r.Kind == Collective {
			collectives++
		} else {
			individuals++
		}
	}
	return
}

// Summary is the sentence reports write about the list, always in Vietnamese since it
// is report text: "trao Giấy khen cho 12 tập thể và 12 cá nhân".
func (a *AwardList) Summary() string {
	c, i := a.Count()
	form := a.Form
	if form == "" {
		form = "khen thưởng"
	}
	var parts []string
	if c > 0 {
		parts = append(parts, strconv.Itoa(c)+" tập thể")
	}
	if i > 0 {
		parts = append(parts, strconv.Itoa(i)+" cá nhân")
	}
	if len(parts) == 0 {
		return ""
	}
	return "trao " + form + " cho " + strings.Join(parts, " và ")
}

// Sentence is the list's whole sentence as a report prints it above its table, in
// Vietnamese: "Giám đốc Sở Nội vụ trao Giấy khen cho 12 tập thể và 12 cá nhân
// (Quyết định số 15/QĐ-SNV, ngày 30/12/2025)."; "" for an empty list.
func (a *AwardList) Sentence() string {
	s := a.Summary()
	if s == "" {
		return ""
	}
	if a.By != "" {
		s = a.By + " " + s
	} else {
		r, n := utf8.DecodeRuneInString(s)
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	var ref []string
	if a.Decision != "" {
		ref = append(ref, a.Decision)
	}
	if a.Date != "" {
		ref = append(ref, "ngày "+a.Date.Short())
	}
	if len(ref) > 0 {
		s += " (" + strings.Join(ref, ", ") + ")"
	}
	return s + "."
}

// AwardColumns are the headings of an award table, for a list holding that many
// collectives and individuals: every printed form of the list (PDF, bundle,
// portal) uses them. Report text is Vietnamese whatever the interface language.
func AwardColumns(collectives, individuals int) []string {
	switch {
	case individuals == 0:
		return []string{"STT", "Tên tập thể", "Đơn vị", "Hình thức khen thưởng"}
	case collectives == 0:
		return []string{"STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"}
	}
	return []string{"STT", "Tên tập thể, họ và tên", "Đơn vị, chức vụ", "Hình thức khen thưởng"}
}

// Detail is what an award table says of the recipient beside the name: for a
// person the title and the unit ("Tổ trưởng, Tổ dân phố số 2"), for a collective
// the unit it belongs to.
func (r Recipient) Detail() string {
	if r.Kind == Collective {
		return r.Unit
	}
	var parts []string
	for _, s := range []string{r.Title, r.Unit} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// AwardSentence is the sentence to print above award list a of r (Sentence), or
// "" when the text just before the list — the paragraph before it, or the lead
// when none is — already states its counts ("… trao Giấy khen cho 12 tập thể và
// 12 cá nhân"): a reporter's own sentence is not printed twice.
func (r *Report) AwardSentence(a *AwardList) string {
	s := a.Sentence()
	if s == "" {
		return ""
	}
	before := r.Lead
	for _, b := range r.Body {
		if b.Awards == a {
			break
		}
		if b.Kind == BlockParagraph && strings.TrimSpace(b.Text) != "" {
			before = b.Text
		}
	}
	folded := " " + strings.Join(strings.Fields(vntext.Fold(before)), " ") + " "
	c, i := a.Count()
	for _, n := range []struct {
		count int
		noun  string
	}{{c, "tap the"}, {i, "ca nhan"}} {
		if n.count > 0 && !strings.Contains(folded, " "+strconv.Itoa(n.count)+" "+n.noun) {
			return s
		}
	}
	return ""
}

// ParseRecipientKind reads the kind as award files and people write it, Vietnamese
// or English, with or without diacritics.
func ParseRecipientKind(s string) (RecipientKind, bool) {
	switch vntext.Fold(strings.TrimSpace(s)) {
	case "tap the", "collective", "tt", "don vi":
		return Collective, true
	case "ca nhan", "individual", "cn":
		return Individual, true
	}
	return "", false
}
