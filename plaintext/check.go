package plaintext

import (
	"fmt"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// Checks is what the checks found, one problem a line, tab-separated: the
// place (a body block numbered as Report numbers it, the field, the entry of a list,
// and the characters at fault), the kind, the text at fault (the whole field when
// the problem is the field's) and the suggested text, empty where none is offered.
func Checks(r *model.Report, problems []model.Problem) string {
	blocks := map[string]int{}
	for i, b := range r.Body {
		blocks[b.Key] = i + 1
	}
	var b strings.Builder
	for _, p := range problems {
		place := p.Field
		if p.BlockKey != "" {
			place = fmt.Sprintf("§%d.%s", blocks[p.BlockKey], p.Field)
		}
		if listField(p.Field) {
			place += fmt.Sprintf("[%d]", p.Index+1)
		}
		text, _ := r.FieldText(p.BlockKey, p.Field, p.Index)
		if rs := []rune(text); p.End > p.Start && p.End <= len(rs) {
			place += fmt.Sprintf(":%d-%d", p.Start, p.End)
			text = string(rs[p.Start:p.End])
		}
		suggestion := ""
		if p.Fix != nil {
			suggestion = p.Fix.Text
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", place, p.Kind, vntext.OneLine(text), vntext.OneLine(suggestion))
	}
	return b.String()
}

// listField reports whether a field belongs to an entry of a list (people, award
// rows, byline, tags), so that its place names the entry.
func listField(field string) bool {
	switch field {
	case model.FieldChairName, model.FieldChairTitle, model.FieldGuestName, model.FieldGuestTitle,
		model.FieldRecipientName, model.FieldRecipientUnit, model.FieldRecipientTitle, model.FieldByline, model.FieldTags:
		return true
	}
	return false
}
