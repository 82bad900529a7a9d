package ui

import (
	"context"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// The settings dialog's labels for the settings the checks follow.
func init() {
	msg.Register(map[string]msg.Text{
		"ui.settings." + model.SettingToneStyle:  {VI: "Kiểu bỏ dấu thanh", EN: "Tone marks"},
		"ui.settings." + model.SettingCheckWords: {VI: "Từ riêng", EN: "Your own words"},
		"ui.settings.tone.old":                   {VI: "Kiểu cũ: hòa, thủy, Ủy ban (văn bản hành chính)", EN: "Old style: hòa, thủy, Ủy ban (official documents)"},
		"ui.settings.tone.new":                   {VI: "Kiểu mới: hoà, thuỷ, Uỷ ban", EN: "New style: hoà, thuỷ, Uỷ ban"},
		"ui.settings.tone.hint":                  {VI: "Phần kiểm tra đưa cả bài về kiểu này khi bài lẫn hai kiểu.", EN: "The checks put a report that mixes both into this style."},
		"ui.settings.words.hint":                 {VI: "Tên, từ nước ngoài mà phần kiểm tra chính tả không báo; cách nhau bằng dấu phẩy.", EN: "Names and foreign words the spelling check leaves alone, separated by commas."},
	})
}

// checksPanel lists what the report's checks found (model.CheckWith, following the
// reporter's settings) and jumps to each: photos without caption or alt text, an
// empty lead, a headline too long, award counts the text states differently, one
// person with two titles, stray spaces and characters, misspelled syllables and
// Telex left unconverted, tones placed both ways. A problem with a fix has a button
// that makes it; the report is then saved as after any edit. The checks run when
// typing pauses (the editor's scheduleWordCount calls update), never on every key.
type checksPanel struct {
	e        *Editor
	problems []model.Problem
	list     *widget.List
	title    *widget.Label
	box      fyne.CanvasObject
	// directory is the words of the names in the people directory, read once when
	// the editor opens: the spelling check leaves them alone.
	directory []string
	// gen counts the runs asked for: a run that ends after a newer one was asked
	// for shows nothing; shown is the run whose findings are shown.
	gen, shown int
	// reading says the people directory is still being read.
	reading bool
	// underlined are the paragraphs the last run marked.
	underlined map[*textfield.Paragraph]bool
}

func newChecksPanel(e *Editor) *checksPanel {
	c := &checksPanel{e: e, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	c.title.Wrapping = fyne.TextWrapWord
	c.list = widget.NewList(func() int { return len(c.problems) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			b := widget.NewButton("", nil)
			b.Importance = widget.LowImportance
			b.Alignment = widget.ButtonAlignLeading
			return container.NewVBox(l, b)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(c.problems) {
				return
			}
			p := c.problems[i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(p.Message)
			b := box.Objects[1].(*widget.Button)
			if p.Fix != nil {
				b.SetText(p.Fix.Label)
				b.OnTapped = func() { e.ApplyFix(p) }
				b.Show()
			} else {
				b.OnTapped = nil
				b.Hide()
			}
			c.list.SetItemHeight(i, o.MinSize().Height)
		})
	c.list.OnSelected = func(i widget.ListItemID) {
		if i < len(c.problems) {
			e.JumpTo(c.problems[i])
		}
		c.list.UnselectAll()
	}
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(sideWidth, 0))
	c.box = container.NewStack(spacer, container.NewBorder(c.title, nil, nil, nil, c.list))
	// The people directory is read off the UI thread; the checks run again with it.
	c.reading = true
	go func() {
		words := e.directoryWords()
		fyne.Do(func() {
			c.directory, c.reading = words, false
			if len(words) > 0 && !e.closed {
				c.update()
			}
		})
	}()
	return c
}

// update runs the checks on the editor's report and shows what they found.
// The checks of a 10,000-word report take some 15 ms and read the settings from
// the library: they run on a copy of the report, off the UI thread, and what they
// find is shown unless the report was checked again meanwhile.
func (c *checksPanel) update() {
	c.gen++
	gen, r, words := c.gen, c.e.report.Clone(), c.directory
	go func() {
		problems := model.CheckWith(r, c.e.checkOptions(words))
		fyne.Do(func() {
			// A newer run is coming, or the report was edited while this one ran
			// (its places would underline the wrong letters): the next run shows.
			if gen != c.gen || c.e.closed || !model.SameContent(r, c.e.report) {
				return
			}
			c.shown = gen
			c.show(problems)
		})
	}()
}

// show lists what a run of the checks found and underlines, in the report's
// fields, the stretches of text at fault.
func (c *checksPanel) show(problems []model.Problem) {
	c.problems = problems
	if len(c.problems) == 0 {
		c.title.SetText(msg.T("ui.checks.none"))
	} else {
		c.title.SetText(msg.T("ui.checks.count", len(c.problems)))
	}
	c.list.Refresh()
	marks := map[*textfield.Paragraph][][2]int{}
	for _, p := range problems {
		if p.End <= p.Start || !underlined[p.Kind] {
			continue
		}
		if f, ok := c.e.fieldFor(p).(*textfield.Paragraph); ok {
			marks[f] = append(marks[f], [2]int{p.Start, p.End})
		}
	}
	for f := range c.underlined {
		if _, still := marks[f]; !still {
			f.SetUnderlines(nil)
		}
	}
	c.underlined = map[*textfield.Paragraph]bool{}
	for f, ranges := range marks {
		f.SetUnderlines(ranges)
		c.underlined[f] = true
	}
}

// underlined are the kinds of problem whose text the fields underline: words
// spelled wrong, as a word processor marks them.
var underlined = map[model.ProblemKind]bool{
	model.ProblemMisspelled: true,
	model.ProblemTelex:      true,
	model.ProblemToneMixed:  true,
	model.ProblemCapitals:   true,
	model.ProblemNumber:     true,
}

// ChecksSettled reports whether the checks panel shows the findings of the last
// run asked for (the checks run off the UI thread): tests wait for it.
func (e *Editor) ChecksSettled() bool {
	return e.checks == nil || !e.checks.reading && e.checks.shown == e.checks.gen
}

// Problems returns what the checks panel lists now.
func (e *Editor) Problems() []model.Problem {
	return append([]model.Problem(nil), e.checks.problems...)
}

// checkOptions reads the settings the checks follow (tone style, the reporter's own
// words), and adds the words of the people directory's names; without a settings
// service, the defaults.
func (e *Editor) checkOptions(directory []string) model.CheckOptions {
	get := func(string) string { return "" }
	if e.svc.Settings != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		get = func(key string) string {
			v, _ := e.svc.Settings.Setting(ctx, key)
			return v
		}
	}
	o := model.ReadCheckOptions(get)
	o.Words = append(o.Words, directory...)
	return o
}

// directoryWords returns the words of the names the people directory remembers
// (the 2,000 used last): names of foreign guests, of places in a unit's name.
func (e *Editor) directoryWords() []string {
	if e.svc.People == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	people, err := e.svc.People.FindPeople(ctx, "", 2000)
	if err != nil {
		return nil // the checks do without: nothing to tell the reporter
	}
	var out []string
	for _, p := range people {
		out = append(out, model.SplitWordList(p.Name)...)
	}
	return out
}

// ApplyFix makes the change a problem's fix offers (model.Report.ApplyFix), shows
// it in the fields it touched, saves as after any edit and checks again. It reports
// whether anything changed: nothing does when the text at fault was edited since.
func (e *Editor) ApplyFix(p model.Problem) bool {
	edits := e.report.ApplyFix(p)
	if len(edits) == 0 {
		return false
	}
	for _, ed := range edits {
		switch ed.Field {
		case model.FieldTags:
			e.Tags.SetText(strings.Join(e.report.Tags, ", "))
		case model.FieldByline:
			e.Byline.SetText(strings.Join(e.report.Byline, ", "))
		default:
			if f, ok := e.fieldFor(model.Problem{BlockKey: ed.BlockKey, Field: ed.Field, Index: ed.Index}).(*textfield.Paragraph); ok {
				f.SetText(ed.Text)
			}
		}
	}
	e.changed()
	e.checks.update()
	return true
}

// JumpTo focuses the field a problem is in, scrolls it into view and, where the
// problem names a stretch of text, selects it.
func (e *Editor) JumpTo(p model.Problem) {
	f := e.fieldFor(p)
	if f == nil {
		return
	}
	if obj, ok := f.(fyne.CanvasObject); ok {
		e.scrollTo(obj)
	}
	if e.win != nil {
		e.win.Canvas().Focus(f)
	}
	if para, ok := f.(*textfield.Paragraph); ok && p.End > p.Start {
		para.Select(p.Start, p.End)
	}
}

func (e *Editor) fieldFor(p model.Problem) fyne.Focusable {
	if p.BlockKey != "" {
		i := e.indexOf(p.BlockKey)
		if i < 0 || i >= len(e.views) {
			return nil
		}
		v := e.views[i]
		if rows, ok := v.rows[p.Field]; ok && p.Index < len(rows) {
			return rows[p.Index]
		}
		if f, ok := v.fields[p.Field]; ok {
			return f
		}
		return v.focus
	}
	pick := func(list []fyne.Focusable) fyne.Focusable {
		if p.Index < len(list) {
			return list[p.Index]
		}
		return nil
	}
	switch p.Field {
	case model.FieldSection:
		return e.Section
	case model.FieldHeadline:
		return e.Headline
	case model.FieldSourceTag:
		return e.SourceTag
	case model.FieldLead:
		return e.Lead
	case model.FieldPlace:
		return e.Place
	case model.FieldOrganiser:
		return e.Organiser
	case model.FieldChairName:
		return pick(e.Chair.names)
	case model.FieldChairTitle:
		return pick(e.Chair.titles)
	case model.FieldGuestName:
		return pick(e.Guests.names)
	case model.FieldGuestTitle:
		return pick(e.Guests.titles)
	case model.FieldByline:
		return e.Byline
	case model.FieldTags:
		return e.Tags
	}
	return nil
}

// scrollTo scrolls the editor so that obj shows near the top.
func (e *Editor) scrollTo(obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(e.scroll.Content).Y
	e.scroll.Offset.Y = max(0, at-40)
	e.scroll.Refresh()
}

// sideWidth is the least width of the column beside the report (comments, checks):
// readable, and narrow enough for the window to fit a 1024-pixel screen.
const sideWidth = 190
