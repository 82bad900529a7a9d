package main

import (
	"fmt"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

// formatReport renders the whole report as readable text for `newsdesk show`: every
// field, photos with their captions, award recipients one a line.
func formatReport(r *model.Report) string {
	var b strings.Builder
	line := func(key, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%s: %s\n", msg.T(key), value)
		}
	}
	fmt.Fprintf(&b, "%s #%d · %s · %s %s\n", msg.T("cli.show.report"), r.ID, r.Status.Label(),
		msg.T("cli.show.updated"), r.UpdatedAt.Local().Format(timeLayout))
	line("cli.show.uuid", r.UUID)
	line("cli.show.section", r.Section)
	line("cli.show.headline", r.Headline)
	line("cli.show.source", r.SourceTag)
	line("cli.show.event", formatEvent(r.Event))
	line("cli.show.place", r.Event.Place)
	line("cli.show.organiser", r.Event.Organiser)
	line("cli.show.chair", formatPeople(r.Event.Chair))
	line("cli.show.guests", formatPeople(r.Event.Guests))
	if r.Lead != "" {
		fmt.Fprintf(&b, "\n%s:\n%s\n", msg.T("cli.show.lead"), r.Lead)
	}
	photo, awards := 0, 0
	for i, blk := range r.Body {
		// Blocks are numbered as comment --block takes them.
		fmt.Fprintf(&b, "\n§%d ", i+1)
		switch blk.Kind {
		case model.BlockParagraph:
			b.WriteString(blk.Text + "\n")
		case model.BlockPhoto:
			photo++
			p := blk.Photo
			fmt.Fprintf(&b, "[%s %d] %s\n", msg.T("cli.show.photo"), photo, p.Caption)
			if p.Credit != "" {
				fmt.Fprintf(&b, "  %s: %s\n", msg.T("cli.show.credit"), p.Credit)
			}
			if p.Alt != "" {
				fmt.Fprintf(&b, "  %s: %s\n", msg.T("cli.show.alt"), p.Alt)
			}
			if p.Rotation != 0 {
				fmt.Fprintf(&b, "  %s: %d°\n", msg.T("cli.show.rotation"), p.Rotation)
			}
		case model.BlockAwards:
			awards++
			formatAwards(&b, awards, blk.Awards)
		}
	}
	if len(r.Byline) > 0 {
		fmt.Fprintf(&b, "\n%s: %s\n", msg.T("cli.show.byline"), strings.Join(r.Byline, ", "))
	}
	line("cli.show.tags", strings.Join(r.Tags, ", "))
	if r.LinkedUUID != "" {
		line("cli.show.linked", r.LinkedUUID)
	}
	return b.String()
}

func formatAwards(b *strings.Builder, n int, a *model.AwardList) {
	fmt.Fprintf(b, "[%s %d] %s", msg.T("cli.show.awards"), n, a.Form)
	for _, part := range []string{a.By, a.Decision, a.Date.Short()} {
		if part != "" {
			b.WriteString(" · " + part)
		}
	}
	b.WriteString("\n")
	if s := a.Summary(); s != "" {
		fmt.Fprintf(b, "  (%s)\n", s)
	}
	for i, r := range a.Recipients {
		kind := msg.T("cli.show.individual")
		if r.Kind == model.Collective {
			kind = msg.T("cli.show.collective")
		}
		line := r.Name
		if d := r.Detail(); d != "" {
			line += ", " + d
		}
		fmt.Fprintf(b, "  %d. %s: %s", i+1, kind, line)
		if r.Form != "" {
			fmt.Fprintf(b, " (%s)", r.Form)
		}
		b.WriteString("\n")
	}
}

func formatEvent(e model.Event) string {
	var parts []string
	if e.PartOfDay != "" {
		parts = append(parts, msg.T("cli.show.partofday."+string(e.PartOfDay)))
	}
	if e.Date != "" {
		parts = append(parts, e.Date.Short())
	}
	return strings.Join(parts, " ")
}

func formatPeople(people []model.Person) string {
	var out []string
	for _, p := range people {
		if p.Title != "" {
			out = append(out, p.Name+" ("+p.Title+")")
		} else {
			out = append(out, p.Name)
		}
	}
	return strings.Join(out, "; ")
}

// formatChecks writes what the checks found, one problem a line, tab-separated: the
// place (a body block numbered as show numbers it, the field, the entry of a list,
// and the characters at fault), the kind, the text at fault (the whole field when
// the problem is the field's) and the suggested text, empty where none is offered.
func formatChecks(r *model.Report, problems []model.Problem) string {
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
