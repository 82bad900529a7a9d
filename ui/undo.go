package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// The report's edits are undone and redone in the order they were made, whichever
// field or block they touched: a word typed in the lead, a paragraph split, a
// caption changed, a block deleted. The editor keeps one list of them; each text
// field keeps the detail of its own steps and names each new one (OnStep), and a
// change of blocks keeps the block views it took out, so what was typed into them
// before comes back with them and stays undoable.

// maxUndo bounds the report's list of edits.
const maxUndo = 2000

// undoEntry is one edit of the report: a step of text field p, or a change of blocks.
type undoEntry struct {
	p    *textfield.Paragraph
	step textfield.Step
	body *bodyEdit
}

// bodyEdit is one change of the body's blocks (a split, a join, a paste of several
// paragraphs, a block added, moved or deleted): from position at, the blocks of
// sides[0] became those of sides[1]. Undo and redo go from one side to the other.
type bodyEdit struct {
	at      int
	sides   [2]bodySide
	deleted bool // a deleted block: the footer offers to bring it back
}

// bodySide is the body between at and at+len(views) on one side of an edit: the
// block views (kept, with every field and its history), their blocks, the text and
// history of the paragraphs among them and of the lead when the edit changed it,
// and where the cursor was.
type bodySide struct {
	views   []*blockView
	blocks  []model.Block
	paras   []paraState // one per view; p nil for a view without a paragraph
	lead    *paraState
	focus   *textfield.Paragraph
	focusAt int
}

// paraState is a paragraph's text with its undo history.
type paraState struct {
	p    *textfield.Paragraph
	text string
	hist textfield.History
}

func takeState(p *textfield.Paragraph) paraState {
	return paraState{p: p, text: p.Text(), hist: p.History()}
}

func (s paraState) give() {
	s.p.SetText(s.text)
	s.p.SetHistory(s.hist)
}

// takeSide reads the body's n blocks from at, and the lead when lead is set.
func (e *Editor) takeSide(at, n int, lead bool) bodySide {
	s := bodySide{
		views:  append([]*blockView(nil), e.views[at:at+n]...),
		blocks: append([]model.Block(nil), e.report.Body[at:at+n]...),
		paras:  make([]paraState, n),
	}
	for i, v := range s.views {
		if v.para != nil {
			s.paras[i] = takeState(v.para)
		}
	}
	if lead {
		l := takeState(e.Lead)
		s.lead = &l
	}
	return s
}

// shows reports whether the body holds side s's views from at.
func (e *Editor) shows(at int, s bodySide) bool {
	if at+len(s.views) > len(e.views) {
		return false
	}
	for i, v := range s.views {
		if e.views[at+i] != v {
			return false
		}
	}
	return true
}

// recordBody notes the body's count blocks from at (and the lead, when lead is
// set) before an edit changes them, with the cursor at focusAt in focus; done,
// called after the edit, notes the n blocks that replaced them and keeps the edit
// for undo. Blocks added in between (InsertBlock) belong to this edit.
func (e *Editor) recordBody(at, count int, lead bool, focus *textfield.Paragraph, focusAt int) (done func(n int)) {
	before := e.takeSide(at, count, lead)
	if focus == nil && e.win != nil {
		if p, ok := e.win.Canvas().Focused().(*textfield.Paragraph); ok {
			focus, focusAt = p, p.CursorOffset()
		}
	}
	before.focus, before.focusAt = focus, focusAt
	e.recording++
	return func(n int) {
		e.recording--
		after := e.takeSide(at, n, lead)
		if e.win != nil {
			if p, ok := e.win.Canvas().Focused().(*textfield.Paragraph); ok {
				after.focus, after.focusAt = p, p.CursorOffset()
			}
		}
		e.pushUndo(undoEntry{body: &bodyEdit{at: at, sides: [2]bodySide{before, after}, deleted: count == 1 && n == 0}})
	}
}

// noteStep is a text field's OnStep: the field began a new step of its own.
func (e *Editor) noteStep(p *textfield.Paragraph) func(textfield.Step) {
	return func(s textfield.Step) {
		if e.loading {
			return
		}
		e.pushUndo(undoEntry{p: p, step: s})
	}
}

// pushUndo adds the newest edit; what was undone before it can no longer be redone.
func (e *Editor) pushUndo(u undoEntry) {
	if e.undone > 0 {
		if prev := e.undos[e.undone-1]; prev.p != nil && prev.p != u.p {
			// The word typed there ends here: typing on after this edit is a
			// step of its own, undone before it.
			prev.p.SealStep()
		}
	}
	e.undos = append(e.undos[:e.undone], u)
	if len(e.undos) > maxUndo {
		e.undos = append(e.undos[:0], e.undos[len(e.undos)-maxUndo:]...)
	}
	e.undone = len(e.undos)
	e.syncUndoBar()
}

// Undo takes back the report's newest edit still done, whichever field or block
// it touched, and puts the cursor where it was (Ctrl+Z).
func (e *Editor) Undo() {
	for e.undone > 0 {
		e.undone--
		if e.apply(e.undos[e.undone], true) {
			break
		}
	}
	e.syncUndoBar()
}

// Redo does again the newest edit undone (Ctrl+Y, Ctrl+Shift+Z).
func (e *Editor) Redo() {
	for e.undone < len(e.undos) {
		e.undone++
		if e.apply(e.undos[e.undone-1], false) {
			break
		}
	}
	e.syncUndoBar()
}

// UndoBody is Undo: Ctrl+Z reaches the window from every field of the editor.
func (e *Editor) UndoBody() { e.Undo() }

// UndoDelete is the footer button's Undo, shown while the newest edit is a
// deleted block.
func (e *Editor) UndoDelete() { e.Undo() }

// apply undoes (back) or redoes u and reports whether it could: an edit whose
// field or blocks were changed since by what keeps no undo (a restore, a check's
// fix) is passed over.
func (e *Editor) apply(u undoEntry, back bool) bool {
	if u.body != nil {
		return e.applyBody(u.body, back)
	}
	ok := false
	if back {
		ok = u.p.UndoStep(u.step)
	} else {
		ok = u.p.RedoStep(u.step)
	}
	if ok {
		e.focusParagraph(u.p, u.p.CursorOffset())
		y := u.p.CursorPosition().Y
		e.ensureVisible(u.p, y, y+theme.TextSize()*2)
	}
	return ok
}

// applyBody takes the body from one side of ed to the other.
func (e *Editor) applyBody(ed *bodyEdit, back bool) bool {
	from, to := &ed.sides[1], &ed.sides[0]
	if !back {
		from, to = to, from
	}
	if !e.shows(ed.at, *from) {
		return false
	}
	// What the fields hold now (their steps undone since included) is what this
	// side shows when it comes back.
	focus, focusAt := from.focus, from.focusAt
	*from = e.takeSide(ed.at, len(from.views), from.lead != nil)
	from.focus, from.focusAt = focus, focusAt

	e.views = append(e.views[:ed.at], e.views[ed.at+len(from.views):]...)
	e.report.Body = append(e.report.Body[:ed.at], e.report.Body[ed.at+len(from.views):]...)
	for i, v := range to.views {
		b := to.blocks[i]
		if s := to.paras[i]; s.p != nil {
			e.loading = true
			s.give()
			e.loading = false
			b.Text = s.text
		}
		e.views = append(e.views[:ed.at+i], append([]*blockView{v}, e.views[ed.at+i:]...)...)
		e.report.Body = append(e.report.Body[:ed.at+i], append([]model.Block{b}, e.report.Body[ed.at+i:]...)...)
	}
	if to.lead != nil {
		e.loading = true
		to.lead.give()
		e.loading = false
		e.report.Lead = to.lead.text
	}
	e.relayoutBlocks()
	e.changed()
	e.scroll.Refresh()
	switch {
	case to.focus != nil:
		e.focusParagraph(to.focus, to.focusAt)
		y := to.focus.CursorPosition().Y
		e.ensureVisible(to.focus, y, y+theme.TextSize()*2)
	case len(to.views) > 0:
		v := to.views[0]
		if v.focus != nil && e.win != nil {
			e.win.Canvas().Focus(v.focus)
		}
		e.ensureVisible(v.box, 0, min(v.box.Size().Height, e.scroll.Size().Height/2))
	}
	return true
}

// syncUndoBar offers the footer's button to bring a deleted block back while that
// deletion is the newest edit.
func (e *Editor) syncUndoBar() {
	show := e.undone > 0 && e.undos[e.undone-1].body != nil && e.undos[e.undone-1].body.deleted
	if show == (len(e.undoBar.Objects) > 0) {
		return
	}
	e.undoBar.RemoveAll()
	if show {
		e.undoBar.Add(widget.NewButtonWithIcon(msg.T("ui.block.undo"), theme.ContentUndoIcon(), e.UndoDelete))
	}
}

// undoKeys are the window's undo and redo keys for the open editor: Ctrl+Z, and
// Ctrl+Y or Ctrl+Shift+Z.
func (m *MainWindow) undoKeys() {
	c := m.Window.Canvas()
	run := func(f func(*Editor)) func(fyne.Shortcut) {
		return func(fyne.Shortcut) {
			if m.Editor != nil {
				f(m.Editor)
			}
		}
	}
	c.AddShortcut(&fyne.ShortcutUndo{}, run((*Editor).Undo))
	c.AddShortcut(&fyne.ShortcutRedo{}, run((*Editor).Redo))
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, run((*Editor).Redo))
}
