// Package plaintext writes reports as readable text, for a terminal or a script:
// the whole report, what the checks found, and where a comment points, the body's
// blocks numbered from 1 as the command line takes them. It imports model, msg
// and vntext.
package plaintext

import (
	"fmt"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
)

// TimeLayout is how a time is shown, in local time.
const TimeLayout = "2006-01-02 15:04"

// Report renders the whole report as readable text (`newsdesk show`): every
// field, photos with their captions, award recipients one a line, the body's
// blocks numbered "§1", "§2"… as Place numbers them.
func Report(r *model.Report) string {
	var b strings.Builder
	line := func(key, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%s: %s\n", msg.T(key), value)
		}
	}
	fmt.Fprintf(&b, "%s #%d · %s · %s %s\n", msg.T("plaintext.report"), r.ID, r.Status.Label(),
		msg.T("plaintext.updated"), r.UpdatedAt.Local().Format(TimeLayout))
	line("plaintext.uuid", r.UUID)
	line("plaintext.section", r.Section)
	line("plaintext.headline", r.Headline)
	line("plaintext.source", r.SourceTag)
	line("plaintext.event", event(r.Event))
	line("plaintext.place", r.Event.Place)
	line("plaintext.organiser", r.Event.Organiser)
	line("plaintext.chair", people(r.Event.Chair))
	line("plaintext.guests", people(r.Event.Guests))
	if r.Lead != "" {
		fmt.Fprintf(&b, "\n%s:\n%s\n", msg.T("plaintext.lead"), r.Lead)
	}
	photo, awards := 0, 0
	for i, blk := range r.Body {
		fmt.Fprintf(&b, "\n§%d ", i+1)
		switch blk.Kind {
		case model.BlockParagraph:
			b.WriteString(blk.Text + "\n")
		case model.BlockPhoto:
			photo++
			p := blk.Photo
			fmt.Fprintf(&b, "[%s %d] %s\n", msg.T("plaintext.photo"), photo, p.Caption)
			if p.Credit != "" {
				fmt.Fprintf(&b, "  %s: %s\n", msg.T("plaintext.credit"), p.Credit)
			}
			if p.Alt != "" {
				fmt.Fprintf(&b, "  %s: %s\n", msg.T("plaintext.alt"), p.Alt)
			}
			if p.Rotation != 0 {
				fmt.Fprintf(&b, "  %s: %d°\n", msg.T("plaintext.rotation"), p.Rotation)
			}
		case model.BlockAwards:
			awards++
			writeAwards(&b, awards, blk.Awards)
		}
	}
	if len(r.Byline) > 0 {
		fmt.Fprintf(&b, "\n%s: %s\n", msg.T("plaintext.byline"), strings.Join(r.Byline, ", "))
	}
	line("plaintext.tags", strings.Join(r.Tags, ", "))
	if r.LinkedUUID != "" {
		line("plaintext.linked", r.LinkedUUID)
	}
	return b.String()
}

func writeAwards(b *strings.Builder, n int, a *model.AwardList) {
	fmt.Fprintf(b, "[%s %d] %s", msg.T("plaintext.awards"), n, a.Form)
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
		kind := msg.T("plaintext.individual")
		if r.Kind == model.Collective {
			kind = msg.T("plaintext.collective")
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

func event(e model.Event) string {
	var parts []string
	if e.PartOfDay != "" {
		parts = append(parts, msg.T("plaintext.partofday."+string(e.PartOfDay)))
	}
	if e.Date != "" {
		parts = append(parts, e.Date.Short())
	}
	return strings.Join(parts, " ")
}

func people(list []model.Person) string {
	var out []string
	for _, p := range list {
		if p.Title != "" {
			out = append(out, p.Name+" ("+p.Title+")")
		} else {
			out = append(out, p.Name)
		}
	}
	return strings.Join(out, "; ")
}
