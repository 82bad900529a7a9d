package compare

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"

	"newsdesk/model"
)

// Choice says which side's version of a part a merge keeps.
type Choice string

// The choices for a part. TakeBoth is for blocks present on both sides: mine, then
// a copy of theirs under a new key.
const (
	TakeMine   Choice = "mine"
	TakeTheirs Choice = "theirs"
	TakeBoth   Choice = "both"
)

// Errors Choose returns.
var (
	ErrNoPart = errors.New("compare: no such part")
	ErrChoice = errors.New("compare: choice not possible for this part")
)

// Part is one piece of a report in a merge: one of the report's own fields, or one
// body block. A side that lacks a block (removed there, or never had it) has nil.
type Part struct {
	// Key is the block's key, or for a field its name: model.FieldSection,
	// model.FieldHeadline, model.FieldSourceTag, model.FieldLead, model.FieldEvent,
	// model.FieldByline or model.FieldTags.
	Key  string
	Kind model.BlockKind // the block's kind (mine's when it has the block); "" for fields

	// Base, Mine and Theirs are, for a block, copies of it on each side.
	Base, Mine, Theirs *model.Block
	// BaseText, MineText and TheirsText are, for a field, its text on each side:
	// lists one entry a line, the event as lines (date, part of day, place,
	// organiser, then chair and guests "Name, Title"). MineEvent and TheirsEvent
	// hold the event itself, for the model.FieldEvent part.
	BaseText, MineText, TheirsText string
	MineEvent, TheirsEvent         *model.Event

	// Ops is the word diff mine → theirs of a field's text or a paragraph.
	Ops []Op
	// Detail is, for a photo or award list on both sides, what differs from mine to
	// theirs (captions, rows…).
	Detail *BlockChange

	// HasBase says the merge knows the version both sides started from: Base and
	// BaseText are that version's (nil or "" where it lacked the part).
	HasBase bool

	Same     bool // mine and theirs hold the same content
	Conflict bool // both sides changed it differently since base (without base: they differ)
	// Choice is what Result keeps; pre-filled with the side that changed when only
	// one did, and TakeMine for conflicts.
	Choice Choice
	Chosen bool // set by Choose

	mi, ti int // positions in mine's and theirs' bodies; -1 when absent
}

// Merger is a per-block merge of two versions of a report, mine (local) and theirs
// (incoming), with the version both started from when known.
type Merger struct {
	mine, theirs *model.Report
	parts        []Part
	// copyKeys holds, for a block kept on both sides, the key theirs' copy takes
	// in the result: chosen once, so that Result and Moved agree.
	copyKeys map[string]string
}

// Merge compares mine and theirs part by part, against base when it is not nil
// (the version at hand-off), and pre-fills each part's choice: the side that
// changed it when only one did; mine for conflicts, where both changed it
// differently since base, or, without base, wherever they differ. A block removed
// on one side and unchanged on the other is removed; removed on one side and
// changed on the other is a conflict.
//
// Parts come fields first (section, headline, source tag, lead, event, byline,
// tags), then, when the two versions have the blocks they share in another order,
// a PartOrder part (theirs keeps theirs' order in the result), then blocks in
// mine's order, with blocks mine lacks inserted after their predecessor in
// theirs. The Merger holds copies: it shares nothing with the inputs. A nil mine
// or theirs counts as an empty report.
func Merge(base, mine, theirs *model.Report) *Merger {
	m := &Merger{mine: cloneOrEmpty(mine), theirs: cloneOrEmpty(theirs)}
	if base != nil {
		base = base.Clone()
	}
	for _, f := range reportFieldSpecs {
		m.parts = append(m.parts, m.fieldPart(f, base))
	}
	if p, ok := m.orderPart(base); ok {
		m.parts = append(m.parts, p)
	}
	m.parts = append(m.parts, m.blockParts(base)...)
	return m
}

// fieldSpec is how a merge reads, compares and copies one of the report's fields.
type fieldSpec struct {
	name  string
	text  func(*model.Report) string
	equal func(a, b *model.Report) bool
	copy  func(dst, src *model.Report)
}

var reportFieldSpecs = []fieldSpec{
	{model.FieldSection, func(r *model.Report) string { return r.Section }, nil,
		func(d, s *model.Report) { d.Section = s.Section }},
	{model.FieldHeadline, func(r *model.Report) string { return r.Headline }, nil,
		func(d, s *model.Report) { d.Headline = s.Headline }},
	{model.FieldSourceTag, func(r *model.Report) string { return r.SourceTag }, nil,
		func(d, s *model.Report) { d.SourceTag = s.SourceTag }},
	{model.FieldLead, func(r *model.Report) string { return r.Lead }, nil,
		func(d, s *model.Report) { d.Lead = s.Lead }},
	{model.FieldEvent, func(r *model.Report) string { return eventText(r.Event) },
		func(a, b *model.Report) bool { return eventEqual(a.Event, b.Event) },
		func(d, s *model.Report) { d.Event = s.Event }},
	{model.FieldByline, func(r *model.Report) string { return lines(r.Byline) },
		func(a, b *model.Report) bool { return slices.Equal(a.Byline, b.Byline) },
		func(d, s *model.Report) { d.Byline = s.Byline }},
	{model.FieldTags, func(r *model.Report) string { return lines(r.Tags) },
		func(a, b *model.Report) bool { return slices.Equal(a.Tags, b.Tags) },
		func(d, s *model.Report) { d.Tags = s.Tags }},
}

func eventEqual(a, b model.Event) bool {
	return a.Date == b.Date && a.PartOfDay == b.PartOfDay && a.Place == b.Place &&
		a.Organiser == b.Organiser && slices.Equal(a.Chair, b.Chair) && slices.Equal(a.Guests, b.Guests)
}

func (m *Merger) fieldPart(f fieldSpec, base *model.Report) Part {
	eq := f.equal
	if eq == nil {
		eq = func(a, b *model.Report) bool { return f.text(a) == f.text(b) }
	}
	p := Part{Key: f.name, mi: -1, ti: -1, MineText: f.text(m.mine), TheirsText: f.text(m.theirs), HasBase: base != nil}
	if base != nil {
		p.BaseText = f.text(base)
	}
	if f.name == model.FieldEvent {
		me, te := m.mine.Clone().Event, m.theirs.Clone().Event
		p.MineEvent, p.TheirsEvent = &me, &te
	}
	p.Same = eq(m.mine, m.theirs)
	if !p.Same {
		p.Ops = Words(p.MineText, p.TheirsText)
	}
	var mineChanged, theirsChanged bool
	if base != nil {
		mineChanged, theirsChanged = !eq(base, m.mine), !eq(base, m.theirs)
	}
	p.Conflict, p.Choice = decide(p.Same, base != nil, mineChanged, theirsChanged)
	return p
}

// decide returns whether a part conflicts and the choice to pre-fill.
func decide(same, haveBase, mineChanged, theirsChanged bool) (bool, Choice) {
	switch {
	case same:
		return false, TakeMine
	case !haveBase:
		return true, TakeMine
	case mineChanged && !theirsChanged:
		return false, TakeMine
	case theirsChanged && !mineChanged:
		return false, TakeTheirs
	}
	return true, TakeMine
}

func (m *Merger) blockParts(base *model.Report) []Part {
	mine, theirs := m.mine.Body, m.theirs.Body
	theirsAt := firstByKey(theirs)
	mineAt := firstByKey(mine)
	var baseAt map[string]int
	if base != nil {
		baseAt = firstByKey(base.Body)
	}

	// Order: mine's, then each block only theirs has after its predecessor there.
	type pos struct{ mi, ti int }
	var order []pos
	for i, b := range mine {
		ti, ok := theirsAt[b.Key]
		if !ok || mineAt[b.Key] != i {
			ti = -1
		}
		order = append(order, pos{i, ti})
	}
	for j, b := range theirs {
		if _, ok := mineAt[b.Key]; ok || theirsAt[b.Key] != j {
			continue
		}
		at := 0
		if j > 0 {
			prev := theirs[j-1].Key
			for k, p := range order {
				if (p.ti >= 0 && theirs[p.ti].Key == prev) || (p.mi >= 0 && mine[p.mi].Key == prev) {
					at = k + 1
					break
				}
			}
		}
		order = slices.Insert(order, at, pos{-1, j})
	}

	var parts []Part
	for _, o := range order {
		p := Part{mi: o.mi, ti: o.ti}
		if o.mi >= 0 {
			p.Mine = &mine[o.mi]
			p.Key, p.Kind = p.Mine.Key, p.Mine.Kind
		}
		if o.ti >= 0 {
			p.Theirs = &theirs[o.ti]
			p.Key = p.Theirs.Key
			if p.Kind == "" {
				p.Kind = p.Theirs.Kind
			}
		}
		if base != nil {
			p.HasBase = true
			if bi, ok := baseAt[p.Key]; ok {
				p.Base = &base.Body[bi]
			}
		}
		p.Same = blockEqual(p.Mine, p.Theirs)
		if !p.Same && p.Mine != nil && p.Theirs != nil {
			if p.Mine.Kind == model.BlockParagraph || p.Theirs.Kind == model.BlockParagraph {
				p.Ops = Words(p.Mine.Text, p.Theirs.Text)
			}
			if p.Mine.Kind != model.BlockParagraph || p.Theirs.Kind != model.BlockParagraph {
				c := blockChange(p.Mine, p.Theirs, false)
				p.Detail = &c
			}
		}
		p.Conflict, p.Choice = decide(p.Same, base != nil, !blockEqual(p.Base, p.Mine), !blockEqual(p.Base, p.Theirs))
		parts = append(parts, p)
	}
	return parts
}

// firstByKey maps each key to the first block that has it; a repeated key (which
// Normalize never makes) is treated as another block's.
func firstByKey(body []model.Block) map[string]int {
	at := make(map[string]int, len(body))
	for i, b := range body {
		if _, ok := at[b.Key]; !ok {
			at[b.Key] = i
		}
	}
	return at
}

// blockEqual reports whether two blocks (nil for absent) hold the same content.
// Photos compare by UUID, not by this library's PhotoID.
func blockEqual(a, b *model.Block) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Kind != b.Kind || a.Text != b.Text {
		return false
	}
	if (a.Photo == nil) != (b.Photo == nil) || (a.Awards == nil) != (b.Awards == nil) {
		return false
	}
	if a.Photo != nil {
		pa, pb := *a.Photo, *b.Photo
		if pa.UUID != "" || pb.UUID != "" {
			pa.PhotoID, pb.PhotoID = 0, 0
		}
		if pa != pb {
			return false
		}
	}
	if a.Awards != nil {
		x, y := *a.Awards, *b.Awards
		if x.Form != y.Form || x.By != y.By || x.Decision != y.Decision || x.Date != y.Date ||
			!slices.Equal(x.Recipients, y.Recipients) {
			return false
		}
	}
	return true
}

// Parts returns the merge's parts, in order. The blocks they point to belong to
// the Merger: read them, do not change them.
func (m *Merger) Parts() []Part { return slices.Clone(m.parts) }

// Conflicts returns how many parts both sides changed differently.
func (m *Merger) Conflicts() int {
	n := 0
	for _, p := range m.parts {
		if p.Conflict {
			n++
		}
	}
	return n
}

// Unresolved returns how many conflicting parts have no choice made by Choose yet.
func (m *Merger) Unresolved() int {
	n := 0
	for _, p := range m.parts {
		if p.Conflict && !p.Chosen {
			n++
		}
	}
	return n
}

// Choose sets which side the part with key keeps. It returns ErrNoPart for an
// unknown key, and ErrChoice for TakeBoth on a field or on a block one side lacks,
// or for an unknown choice.
func (m *Merger) Choose(key string, c Choice) error {
	i := slices.IndexFunc(m.parts, func(p Part) bool { return p.Key == key })
	if i < 0 {
		return fmt.Errorf("%w: %q", ErrNoPart, key)
	}
	p := &m.parts[i]
	switch c {
	case TakeMine, TakeTheirs:
	case TakeBoth:
		if p.Kind == "" || p.Mine == nil || p.Theirs == nil {
			return fmt.Errorf("%w: %s on %q", ErrChoice, c, key)
		}
	default:
		return fmt.Errorf("%w: %q on %q", ErrChoice, c, key)
	}
	p.Choice, p.Chosen = c, true
	return nil
}

// Result returns a new report: mine's identity (ID, UUID, Rev, BaseRev, Status,
// CreatedAt and the rest) with the content chosen part by part. TakeBoth on a
// block keeps mine, then theirs under a fresh key (Moved names it). The result
// shares nothing with the inputs or the Merger.
func (m *Merger) Result() *model.Report {
	mine, theirs := m.mine.Clone(), m.theirs.Clone()
	r, body := mine, mine.Body // each of mine's blocks is taken at most once below
	r.Body = nil
	theirsOrder, copies := false, map[string]bool{}
	for _, p := range m.parts {
		if p.Key == PartOrder {
			theirsOrder = p.Choice == TakeTheirs
			continue
		}
		if p.Kind == "" {
			if p.Choice == TakeTheirs {
				for _, f := range reportFieldSpecs {
					if f.name == p.Key {
						f.copy(r, theirs)
					}
				}
			}
			continue
		}
		switch p.Choice {
		case TakeMine:
			if p.mi >= 0 {
				r.Body = append(r.Body, body[p.mi])
			}
		case TakeTheirs:
			if p.ti >= 0 {
				r.Body = append(r.Body, theirs.Body[p.ti])
			}
		case TakeBoth:
			r.Body = append(r.Body, body[p.mi])
			b := theirs.Body[p.ti]
			b.Key = m.copyKey(p.Key)
			copies[b.Key] = true
			r.Body = append(r.Body, b)
		}
	}
	if theirsOrder {
		r.Body = reorder(r.Body, theirs.Body, copies)
	}
	return r
}

// Moved maps the key of each of theirs' blocks that is in the result under
// another key (a block kept on both sides: mine keeps the key, theirs' copy
// takes a fresh one) to that key, so that what was said about theirs' version
// — an editor's comment — can follow it there.
func (m *Merger) Moved() map[string]string {
	moved := map[string]string{}
	for _, p := range m.parts {
		if p.Kind != "" && p.Choice == TakeBoth {
			moved[m.theirs.Body[p.ti].Key] = m.copyKey(p.Key)
		}
	}
	return moved
}

// copyKey returns the key theirs' copy of block key takes when both are kept.
func (m *Merger) copyKey(key string) string {
	if m.copyKeys == nil {
		m.copyKeys = map[string]string{}
	}
	if k, ok := m.copyKeys[key]; ok {
		return k
	}
	k := newKey()
	m.copyKeys[key] = k
	return k
}

// newKey returns a fresh block key, 16 hex digits like model's (which keeps its
// maker unexported).
func newKey() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
}
