package ui

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
	"newsdesk/vntext"
)

// Editor edits one report: its fields, its body as blocks, and saves it in the
// background as the reporter types. All its state is touched on the UI thread only;
// the saver works from a snapshot.
type Editor struct {
	svc    Services
	win    fyne.Window
	report *model.Report // the working copy

	saver *saver

	// One line each, wrapped to show it whole.
	Section, SourceTag, Date, Headline, Place, Organiser *textfield.Paragraph
	PartOfDay                                            *widget.Select
	Lead                                                 *textfield.Paragraph
	Byline, Tags                                         *textfield.Paragraph
	Chair, Guests                                        *peopleList
	headlineCount                                        *widget.Label
	dateHint                                             *widget.Label

	blocks *fyne.Container // the body's block views, in order
	views  []*blockView
	undos  []undoEntry // the report's edits, oldest first (undo.go)
	undone int         // undos[:undone] are done, undos[undone:] undone
	// recording is how many changes of blocks are under way: blocks they add
	// are theirs, not edits of their own.
	recording int
	texts     []*textfield.Paragraph // every text field made, for freeze

	keptPlace string    // the place last kept (see place.go)
	keptAt    time.Time // when

	Status  *widget.Label // saved / saving / problems
	Portal  *widget.Label // where the report stands on the portal
	Words   *widget.Label
	undoBar *fyne.Container

	wordTimer, peopleTimer *time.Timer
	checks                 *checksPanel
	comments               *commentsPanel // nil without a comment service

	side          *fyne.Container // beside the report: checks, and comments when shown
	split         *fyne.Container
	sideSplit     *container.Split
	commentsShown bool

	scroll  *wheelScroll
	root    fyne.CanvasObject
	closed  bool
	loading bool // true while fields are filled from the report: no change is recorded

	// OnSaved is called on the UI thread after each save, e.g. to refresh the list.
	OnSaved func(r *model.Report)
}

// NewEditor builds an editor on a copy of report r, as stored in the library.
func NewEditor(svc Services, win fyne.Window, r *model.Report) *Editor {
	e := &Editor{svc: svc, win: win, report: r.Clone()}
	e.build()
	e.traceLead()
	if e.comments != nil {
		e.comments.load()
	}
	e.saver = newSaver(svc.Reports, r.Rev, fyne.Do, e.snapshot, func(saved *model.Report, copied bool, err error) {
		fyne.Do(func() { e.saved(saved, copied, err) })
	})
	return e
}

// Content is what the window shows for the editor.
func (e *Editor) Content() fyne.CanvasObject { return e.root }

// Scroll is the editor's scrolling view of the report.
func (e *Editor) Scroll() *container.Scroll { return &e.scroll.Scroll }

// Report returns a copy of the report as the editor holds it now.
func (e *Editor) Report() *model.Report { return e.report.Clone() }

// Close saves what is unsaved, waiting for it, and stops the editor.
func (e *Editor) Close() {
	if e.closed {
		return
	}
	e.closed = true
	e.saver.close()
	e.rememberPeople(e.snapshot())
}

// SaveNow saves at once and keeps a revision (Ctrl+S).
func (e *Editor) SaveNow() {
	e.saver.changed(true)
	e.rememberPeople(e.snapshot())
}

// Saved saves now (SaveNow) and returns a channel closed once the library holds
// the report as it is: what makes a file of the report from the library waits on
// it in the background.
func (e *Editor) Saved() <-chan struct{} {
	saved := e.saver.saveNow()
	e.rememberPeople(e.snapshot())
	return saved
}

// waitSaved waits for saved (nil: nothing to wait for), at most a minute: a disk
// that slow is shown by the editor, and the work goes on with what the library has.
func waitSaved(saved <-chan struct{}) {
	if saved == nil {
		return
	}
	select {
	case <-saved:
	case <-time.After(time.Minute):
	}
}

func (e *Editor) snapshot() *model.Report {
	r := e.report.Clone()
	r.Normalize()
	return r
}

// changed records an edit: the saver will write it soon. It must stay cheap: it runs
// on every key.
func (e *Editor) changed() {
	if e.loading || e.closed {
		return
	}
	e.Status.SetText(msg.T("ui.editor.unsaved"))
	e.saver.changed(false)
	e.scheduleWordCount()
}

func (e *Editor) saved(r *model.Report, copied bool, err error) {
	switch {
	case err == nil && copied:
		// The saver kept the text as a new report, linked to this one: the editor
		// goes on in the copy.
		e.report.ID, e.report.UUID, e.report.LinkedUUID = r.ID, r.UUID, r.LinkedUUID
		e.report.Rev, e.report.BaseRev, e.report.UpdatedAt = r.Rev, r.BaseRev, r.UpdatedAt
		e.Status.SetText(msg.T("ui.editor.conflict"))
		if e.closed && e.win != nil { // nobody would read the status line
			showInformation(msg.T("ui.editor.copied.title"), msg.T("ui.editor.conflict"), e.win)
		}
		if e.OnSaved != nil {
			e.OnSaved(r)
		}
	case err == nil:
		e.report.Rev, e.report.UpdatedAt = r.Rev, r.UpdatedAt
		e.Status.SetText(msg.T("ui.editor.saved", r.UpdatedAt.Local().Format("15:04:05")))
		e.keepPlace()
		if e.OnSaved != nil {
			e.OnSaved(r)
		}
	case e.closed && e.win != nil:
		// The last save of an editor already closed: nobody would read its status
		// line, and nothing will try again.
		showInformation(msg.T("ui.editor.lastsave.title"),
			msg.T("ui.editor.lastsave", e.report.Headline, model.ErrorMessage(err)), e.win)
	default:
		e.Status.SetText(msg.T("ui.editor.savefailed", model.ErrorMessage(err)))
	}
}

// entry makes a one-line field with Vietnamese typing; set receives each change.
// It is a one-line paragraph (see line) that wraps what does not fit: a field
// that scrolled its text sideways would also take the mouse wheel meant for the
// report, and hide the end of a long name.
func (e *Editor) entry(placeholder string, set func(string)) *textfield.Paragraph {
	return e.line(placeholder, "", set)
}

// paragraph makes a word-wrapping text field that stays fast on long text.
func (e *Editor) paragraph(placeholder, text string, set func(string)) *textfield.Paragraph {
	p := textfield.NewParagraphWithText(e.svc.typing(), text)
	p.OnStep = e.noteStep(p)
	e.texts = append(e.texts, p)
	p.SetPlaceHolder(placeholder)
	p.OnCursorChanged = func() {
		if p.Focused() {
			y := p.CursorPosition().Y
			e.ensureVisible(p, y, y+theme.TextSize()*2)
		}
	}
	p.OnChanged = func(s string) {
		if e.loading {
			return
		}
		set(s)
		e.changed()
	}
	return p
}

// line makes a field for one line of text that wraps to show all of it (a
// headline, a caption, a title): Enter moves on to the next field.
func (e *Editor) line(placeholder, text string, set func(string)) *textfield.Paragraph {
	p := e.paragraph(placeholder, text, set)
	p.OneLine = true
	p.OnSplit = func(string, string) {
		if e.win != nil {
			e.win.Canvas().FocusNext()
		}
	}
	return p
}

func (e *Editor) build() {
	r := e.report
	e.loading = true
	defer func() { e.loading = false }()
	if e.svc.Comments != nil {
		e.comments = newCommentsPanel(e)
	}
	// commentButton is the small button that comments on a field, when comments are on.
	commentButton := func(key string) []fyne.CanvasObject {
		if e.comments == nil {
			return nil
		}
		return []fyne.CanvasObject{e.comments.button(key)}
	}

	e.Section = e.entry(msg.T("ui.field.section.hint"), func(s string) { r.Section = s })
	e.Section.SetText(r.Section)
	e.headlineCount = widget.NewLabel("")
	e.Headline = e.line(msg.T("ui.field.headline.hint"), r.Headline, func(s string) {
		r.Headline = s
		e.updateHeadlineCount()
	})
	e.updateHeadlineCount()
	e.SourceTag = e.entry(msg.T("ui.field.source.hint"), func(s string) { r.SourceTag = s })
	e.SourceTag.SetText(r.SourceTag)

	e.dateHint = widget.NewLabel("")
	e.dateHint.Importance = widget.DangerImportance
	e.dateHint.Hide()
	e.Date = e.entry(msg.T("ui.field.date.hint"), func(s string) {
		d, err := model.ParseDate(s)
		if err != nil {
			e.dateHint.SetText(model.ErrorMessage(err))
			e.dateHint.Show()
			return
		}
		e.dateHint.Hide()
		r.Event.Date = d
	})
	e.Date.SetText(r.Event.Date.Short())
	parts := []string{msg.T("ui.partofday.none"), msg.T("ui.partofday.morning"), msg.T("ui.partofday.afternoon"), msg.T("ui.partofday.evening")}
	values := []model.PartOfDay{"", model.Morning, model.Afternoon, model.Evening}
	e.PartOfDay = widget.NewSelect(parts, func(s string) {
		for i, p := range parts {
			if p == s {
				r.Event.PartOfDay = values[i]
			}
		}
		e.changed()
	})
	for i, v := range values {
		if v == r.Event.PartOfDay {
			e.PartOfDay.SetSelectedIndex(i)
		}
	}
	e.Place = e.line(msg.T("ui.field.place.hint"), r.Event.Place, func(s string) { r.Event.Place = s })
	e.Organiser = e.line(msg.T("ui.field.organiser.hint"), r.Event.Organiser, func(s string) { r.Event.Organiser = s })
	e.Chair = newPeopleList(e, &r.Event.Chair, msg.T("ui.people.add.chair"))
	e.Guests = newPeopleList(e, &r.Event.Guests, msg.T("ui.people.add.guest"))

	e.Lead = e.paragraph(msg.T("ui.field.lead.hint"), r.Lead, func(s string) { r.Lead = s })
	// Several paragraphs pasted into the lead: the first ends the lead, the others
	// open the body.
	e.Lead.OnPasteParagraphs = func(before string, paras []string, after string) {
		e.pasteInto(e.Lead, 0, func(s string) { e.report.Lead = s }, before, paras, after)
	}
	e.Byline = e.entry(msg.T("ui.field.byline.hint"), func(s string) { r.Byline = splitList(s) })
	e.Byline.SetText(strings.Join(r.Byline, ", "))
	e.Tags = e.entry(msg.T("ui.field.tags.hint"), func(s string) { r.Tags = splitList(s) })
	e.Tags.SetText(strings.Join(r.Tags, ", "))

	e.Lead.OnCursorExit = func(k fyne.KeyName, x float32) {
		if k != fyne.KeyDown && k != fyne.KeyRight {
			return
		}
		for _, v := range e.views {
			if v.para != nil {
				if e.win != nil {
					e.win.Canvas().Focus(v.para)
				}
				v.para.EnterFrom(k, x)
				return
			}
		}
	}
	objs := make([]fyne.CanvasObject, len(r.Body))
	for i := range r.Body {
		v := e.newBlockView(&r.Body[i])
		e.views = append(e.views, v)
		objs[i] = v.box
	}
	e.blocks = container.NewVBox(objs...) // at once: adding one by one lays out each time
	e.loadThumbs()

	e.Status = widget.NewLabel(msg.T("ui.editor.saved", r.UpdatedAt.Local().Format("15:04:05")))
	e.Words = widget.NewLabel("")
	e.Portal = widget.NewLabel("")
	e.updateWordCount()
	e.undoBar = container.NewHBox()

	event := widget.NewForm(
		widget.NewFormItem(msg.T("ui.field.date"), container.NewVBox(container.NewBorder(nil, nil, nil, e.PartOfDay, e.Date), e.dateHint)),
		widget.NewFormItem(msg.T("ui.field.place"), e.Place),
		widget.NewFormItem(msg.T("ui.field.organiser"), e.Organiser),
		widget.NewFormItem(msg.T("ui.field.chair"), e.Chair.box),
		widget.NewFormItem(msg.T("ui.field.guests"), e.Guests.box),
	)
	head := widget.NewForm(
		widget.NewFormItem(msg.T("ui.field.section"), e.Section),
		widget.NewFormItem(msg.T("ui.field.headline"), container.NewBorder(nil, nil, nil,
			container.NewHBox(append([]fyne.CanvasObject{e.headlineCount}, commentButton(model.FieldHeadline)...)...), e.Headline)),
		widget.NewFormItem(msg.T("ui.field.source"), e.SourceTag),
	)
	addBar := container.NewHBox(
		widget.NewButton(msg.T("ui.block.add.paragraph"), func() { e.InsertBlock(len(e.report.Body), model.Paragraph("")) }),
		widget.NewButton(msg.T("ui.block.add.photo"), e.pickPhotos),
		widget.NewButton(msg.T("ui.block.add.awards"), func() {
			e.InsertBlock(len(e.report.Body), model.Block{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen"}})
		}),
	)
	tail := widget.NewForm(
		widget.NewFormItem(msg.T("ui.field.byline"), container.NewBorder(nil, nil, nil,
			container.NewHBox(commentButton(model.FieldByline)...), e.Byline)),
		widget.NewFormItem(msg.T("ui.field.tags"), e.Tags),
	)
	body := container.NewVBox(
		head,
		container.NewBorder(nil, nil, nil, container.NewHBox(commentButton(model.FieldEvent)...),
			widget.NewLabelWithStyle(msg.T("ui.section.event"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		widget.NewCard("", "", event),
		container.NewBorder(nil, nil, nil, container.NewHBox(commentButton(model.FieldLead)...),
			widget.NewLabelWithStyle(msg.T("ui.field.lead"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		e.Lead,
		widget.NewLabelWithStyle(msg.T("ui.section.body"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		e.blocks,
		addBar,
		tail,
	)
	e.scroll = newWheelScroll(container.NewPadded(body))
	footer := container.NewBorder(nil, nil, nil, container.NewHBox(e.Portal, e.Words), container.NewHBox(e.Status, e.undoBar))
	e.checks = newChecksPanel(e)
	e.checks.update()
	e.side = container.NewStack(e.checks.box)
	e.split = &fyne.Container{Layout: besideReport{}, Objects: []fyne.CanvasObject{e.scroll, e.side}}
	e.root = container.NewBorder(nil, footer, nil, nil, e.split)
}

func (e *Editor) updateHeadlineCount() {
	n := utf8.RuneCountInString(vntext.OneLine(e.report.Headline))
	if n > model.HeadlineWarnLength {
		e.headlineCount.SetText(msg.T("ui.headline.toolong", n, model.HeadlineWarnLength))
		e.headlineCount.Importance = widget.DangerImportance
	} else {
		e.headlineCount.SetText(strconv.Itoa(n) + "/" + strconv.Itoa(model.HeadlineWarnLength))
		e.headlineCount.Importance = widget.MediumImportance
	}
	e.headlineCount.Refresh()
}

// scheduleWordCount recounts the words shortly after typing pauses, not on every key.
func (e *Editor) scheduleWordCount() {
	if e.wordTimer != nil {
		e.wordTimer.Stop()
	}
	e.wordTimer = time.AfterFunc(savePause, func() { fyne.Do(e.updateWordCount) })
}

func (e *Editor) updateWordCount() {
	if e.checks != nil {
		e.checks.update()
	}
	n := len(vntext.Words(e.report.Headline)) + len(vntext.Words(e.report.Lead))
	for _, b := range e.report.Body {
		n += len(vntext.Words(b.Text))
	}
	e.Words.SetText(msg.T("ui.words", n))
}

// splitList reads "Thanh Hà, Minh Khôi" as two names.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ensureVisible scrolls the editor, if needed, so that the part of obj between top
// and bottom (in obj's own coordinates) shows: Tab, the arrow keys and typing past
// the bottom edge never leave the cursor out of sight.
func (e *Editor) ensureVisible(obj fyne.CanvasObject, top, bottom float32) {
	if e.scroll == nil || fyne.CurrentApp() == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(e.scroll.Content).Y
	view := e.scroll.Size().Height
	const margin = 24
	switch {
	case at+top-margin < e.scroll.Offset.Y:
		e.scroll.Offset.Y = max(0, at+top-margin)
	case at+bottom+margin > e.scroll.Offset.Y+view:
		e.scroll.Offset.Y = at + bottom + margin - view
	default:
		return
	}
	e.scroll.Refresh()
}

// freeze makes the report read-only: its text fields take no typing. The window
// shows a report so while it is sent or saved away (stepAside).
func (e *Editor) freeze() {
	for _, p := range e.texts {
		p.SetReadOnly(true)
	}
}
