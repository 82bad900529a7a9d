package textfield

// The Paragraph's mouse: clicks place the cursor, drags and double clicks select,
// the secondary button opens the edit menu.

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"newsdesk/msg"
)

// Cursor returns the text cursor for the mouse pointer.
func (p *Paragraph) Cursor() desktop.Cursor { return desktop.TextCursor }

// MouseDown places the cursor where the paragraph was clicked; with Shift it extends
// the selection; a third click selects the whole paragraph.
func (p *Paragraph) MouseDown(ev *desktop.MouseEvent) {
	p.requestFocus()
	p.blink.wake(p.focused && !p.readOnly)
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	if time.Since(p.lastDouble) < fyne.CurrentApp().Driver().DoubleTapDelay() {
		p.lastDouble = time.Time{}
		p.Select(0, len(p.text))
		return
	}
	off, eol := p.offsetAtPos(ev.Position)
	extend := ev.Modifier&fyne.KeyModifierShift != 0
	p.goalX = -1
	p.moveTo(off, eol, extend)
	p.dragFrom = p.cursor
	if extend {
		p.dragFrom = p.anchor
	}
}

// MouseUp is part of desktop.Mouseable.
func (p *Paragraph) MouseUp(*desktop.MouseEvent) {}

// Dragged selects from where the drag started to the pointer.
func (p *Paragraph) Dragged(ev *fyne.DragEvent) {
	off, eol := p.offsetAtPos(ev.Position)
	if p.anchor < 0 {
		p.anchor = p.dragFrom
	}
	p.cursor, p.eol, p.goalX = off, eol, -1
	p.hist.close()
	p.Refresh()
}

// DragEnd is part of fyne.Draggable.
func (p *Paragraph) DragEnd() {}

// Tapped focuses the paragraph (the cursor is placed on MouseDown; on touch screens
// here).
func (p *Paragraph) Tapped(ev *fyne.PointEvent) {
	p.requestFocus()
	if fyne.CurrentDevice().IsMobile() {
		off, eol := p.offsetAtPos(ev.Position)
		p.goalX = -1
		p.moveTo(off, eol, false)
	}
}

// DoubleTapped selects the word (or run of spaces) under the pointer.
func (p *Paragraph) DoubleTapped(ev *fyne.PointEvent) {
	off, _ := p.offsetAtPos(ev.Position)
	a, b := classRun(p.text, off)
	p.lastDouble = time.Now()
	p.Select(a, b)
}

// TappedSecondary shows the edit menu.
func (p *Paragraph) TappedSecondary(ev *fyne.PointEvent) {
	p.requestFocus()
	c := p.canvas()
	if c == nil {
		return
	}
	cb := fyne.CurrentApp().Clipboard()
	var items []*fyne.MenuItem
	if !p.readOnly {
		// With the owner keeping the history, the menu's undo is Ctrl+Z's: the
		// report's newest edit, wherever it was made.
		if p.CanUndo() || p.sharesUndo() {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.undo"), func() { p.TypedShortcut(&fyne.ShortcutUndo{}) }))
		}
		if p.CanRedo() || p.sharesUndo() {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.redo"), func() { p.TypedShortcut(&fyne.ShortcutRedo{}) }))
		}
		if len(items) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		items = append(items, fyne.NewMenuItem(msg.T("textfield.cut"), func() { p.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb}) }))
	}
	items = append(items, fyne.NewMenuItem(msg.T("textfield.copy"), func() { p.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb}) }))
	if !p.readOnly {
		items = append(items, fyne.NewMenuItem(msg.T("textfield.paste"), func() { p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb}) }))
	}
	items = append(items, fyne.NewMenuItem(msg.T("textfield.selectall"), func() { p.Select(0, len(p.text)) }))
	p.popUp = widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	p.popUp.ShowAtPosition(fyne.CurrentApp().Driver().AbsolutePositionForObject(p).Add(ev.Position))
}

func (p *Paragraph) requestFocus() {
	if c := p.canvas(); c != nil && c.Focused() != p {
		c.Focus(p)
	}
}
