package compare

import (
	"strconv"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// The names of compared fields model has no constant for. Together with model's
// Field constants they name every FieldChange.
const (
	FieldEventDate      = "event.date"
	FieldEventPartOfDay = "event.part_of_day"
	FieldEventChair     = "event.chair"  // one line per person: "Name, Title"
	FieldEventGuests    = "event.guests" // likewise
	FieldPhoto          = "photo"        // the picture itself, by UUID: replaced when it differs
	FieldRotation       = "rotation"     // degrees clockwise, as digits
	FieldAwardDate      = "awards.date"
	FieldRecipientKind  = "recipient.kind"
	FieldRecipientForm  = "recipient.form"
)

// Diff is what changed from one version of a report to another, for a side-by-side
// view and for "what did the editor change since I submitted".
type Diff struct {
	// Fields are the report's own fields that differ, in reading order: section,
	// headline, source tag, lead, the event's parts, byline, tags.
	Fields []FieldChange
	// Blocks are every body block, changed or not, in the new version's order, with
	// removed blocks where they stood (after the block that preceded them).
	Blocks []BlockChange
	// Inserted and Deleted count the words added and taken away over all the
	// report's text: fields, paragraphs, captions, award lists.
	Inserted, Deleted int
}

// Empty reports whether the two versions hold the same content.
func (d *Diff) Empty() bool {
	if len(d.Fields) > 0 {
		return false
	}
	for _, b := range d.Blocks {
		if b.Change != Unchanged {
			return false
		}
	}
	return true
}

// FieldChange is one field whose text differs, with the word diff from Old to New.
// Lists (byline, tags, chair, guests) are compared as text, one entry a line.
type FieldChange struct {
	// Field names the field: one of model's Field constants (model.FieldHeadline,
	// model.FieldCaption, model.FieldRecipientName…) or of this package's.
	// For the report's event it is model.FieldEvent, with Part saying which.
	Field string
	// Part is, for the event, model.FieldPlace, model.FieldOrganiser,
	// FieldEventDate, FieldEventPartOfDay, FieldEventChair or FieldEventGuests;
	// "" for every other field.
	Part     string
	Old, New string
	Ops      []Op
}

// Change says how a block or an award row differs between two versions.
type Change string

// The kinds of change.
const (
	Unchanged Change = "unchanged"
	Added     Change = "added"
	Removed   Change = "removed"
	Modified  Change = "modified" // in place, content changed
	Moved     Change = "moved"    // in another place relative to the others; Edited says if changed too
)

// Reports returns what changed from old to new. A nil report counts as empty, so
// the diff against nil lists the whole of the other. The diff holds copies: it
// shares nothing with old and new.
func Reports(old, new *model.Report) *Diff {
	old, new = cloneOrEmpty(old), cloneOrEmpty(new)
	d := &Diff{}
	d.Fields = reportFields(old, new)
	d.Blocks = blocks(old.Body, new.Body)
	for _, f := range d.Fields {
		d.count(f.Ops)
	}
	for _, b := range d.Blocks {
		d.count(b.Ops)
		for _, f := range b.Fields {
			d.count(f.Ops)
		}
		for _, r := range b.Rows {
			for _, f := range r.Columns {
				d.count(f.Ops)
			}
		}
	}
	return d
}

func cloneOrEmpty(r *model.Report) *model.Report {
	if r == nil {
		return &model.Report{}
	}
	return r.Clone()
}

func (d *Diff) count(ops []Op) {
	for _, op := range ops {
		switch op.Kind {
		case Insert:
			d.Inserted += len(vntext.Words(op.Text))
		case Delete:
			d.Deleted += len(vntext.Words(op.Text))
		}
	}
}

// fieldDiff appends the change of one field to out when old and new differ.
func fieldDiff(out []FieldChange, field, part, old, new string) []FieldChange {
	if old == new {
		return out
	}
	return append(out, FieldChange{Field: field, Part: part, Old: old, New: new, Ops: Words(old, new)})
}

func reportFields(old, new *model.Report) []FieldChange {
	var out []FieldChange
	out = fieldDiff(out, model.FieldSection, "", old.Section, new.Section)
	out = fieldDiff(out, model.FieldHeadline, "", old.Headline, new.Headline)
	out = fieldDiff(out, model.FieldSourceTag, "", old.SourceTag, new.SourceTag)
	out = fieldDiff(out, model.FieldLead, "", old.Lead, new.Lead)
	oe, ne := old.Event, new.Event
	out = fieldDiff(out, model.FieldEvent, model.FieldPlace, oe.Place, ne.Place)
	out = fieldDiff(out, model.FieldEvent, model.FieldOrganiser, oe.Organiser, ne.Organiser)
	out = fieldDiff(out, model.FieldEvent, FieldEventDate, string(oe.Date), string(ne.Date))
	out = fieldDiff(out, model.FieldEvent, FieldEventPartOfDay, string(oe.PartOfDay), string(ne.PartOfDay))
	out = fieldDiff(out, model.FieldEvent, FieldEventChair, peopleText(oe.Chair), peopleText(ne.Chair))
	out = fieldDiff(out, model.FieldEvent, FieldEventGuests, peopleText(oe.Guests), peopleText(ne.Guests))
	out = fieldDiff(out, model.FieldByline, "", lines(old.Byline), lines(new.Byline))
	out = fieldDiff(out, model.FieldTags, "", lines(old.Tags), lines(new.Tags))
	return out
}

func lines(ss []string) string { return strings.Join(ss, "\n") }

// peopleText is a list of people one a line, "Name, Title".
func peopleText(ps []model.Person) string {
	ls := make([]string, len(ps))
	for i, p := range ps {
		ls[i] = p.Name
		if p.Title != "" {
			ls[i] += ", " + p.Title
		}
	}
	return lines(ls)
}

// eventText is the event as lines, for a merge view: date, part of day, place,
// organiser, then chair and guests one a line.
func eventText(e model.Event) string {
	var ls []string
	for _, s := range []string{string(e.Date), string(e.PartOfDay), e.Place, e.Organiser, peopleText(e.Chair), peopleText(e.Guests)} {
		if s != "" {
			ls = append(ls, s)
		}
	}
	return lines(ls)
}

func itoa(n int) string { return strconv.Itoa(n) }
