package textfield

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"

	"newsdesk/msg"
	"newsdesk/vntext"
)

// Entry is Fyne's Entry for one-line fields (headline, names, captions) taught
// Vietnamese typing: each typed rune goes through the typing engine, which may
// rewrite the word around the cursor; pastes are cleaned and normalised to NFC; undo
// and redo are its own, so a rewrite is part of the key's step and a typed word is
// one step. Shortcuts it does not use go on to the window.
type Entry struct {
	widget.Entry

	// OnFocusGained is called when the field gains focus, e.g. so that its owner
	// scrolls it into view when Tab reaches it.
	OnFocusGained func()

	typing *Typing
	keys   wordKeys // the keys of the word being typed
	hist   history
	known  string // the text as the history last saw it
	shift  bool
	popUp  *widget.PopUpMenu
}

// NewEntry returns a one-line entry that types with t (nil: no typing engine).
func NewEntry(t *Typing) *Entry {
	e := &Entry{typing: t}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	e.ExtendBaseWidget(e)
	return e
}

// SetText replaces the text and clears the undo history.
func (e *Entry) SetText(s string) {
	e.hist.clear()
	e.Entry.SetText(s)
	e.known = e.Text
}

// CanUndo reports whether there is a change to undo.
func (e *Entry) CanUndo() bool { return e.Text == e.known && e.hist.canUndo() }

// CanRedo reports whether there is an undone change to redo.
func (e *Entry) CanRedo() bool { return e.Text == e.known && e.hist.canRedo() }

// Undo takes back the last step.
func (e *Entry) Undo() {
	if !e.fresh() {
		return
	}
	s := e.hist.undo()
	if s == nil {
		return
	}
	text := []rune(e.Text)
	for i := len(s.edits) - 1; i >= 0; i-- {
		text = applyEdit(text, s.edits[i], true)
	}
	e.setTextCursor(string(text), s.before.cursor)
}

// Redo does again the last step undone.
func (e *Entry) Redo() {
	if !e.fresh() {
		return
	}
	s := e.hist.redo()
	if s == nil {
		return
	}
	text := []rune(e.Text)
	for _, ed := range s.edits {
		text = applyEdit(text, ed, false)
	}
	e.setTextCursor(string(text), s.after.cursor)
}

// fresh reports whether the history still describes the text; a change made behind
// its back (SetText on the embedded Entry, a data binding) clears it.
func (e *Entry) fresh() bool {
	if e.Text != e.known {
		e.hist.clear()
		e.known = e.Text
		return false
	}
	return true
}

// TypedRune types r through the typing engine.
func (e *Entry) TypedRune(r rune) {
	if e.Disabled() {
		return
	}
	e.edit(stepTyping, r, func() {
		e.dropSelectedText()
		if c := e.typing.Composer(); c != nil && r < 0x80 && !e.Password {
			text := []rune(e.Text)
			cur := min(e.CursorTextOffset(), len(text))
			a, b := wordBounds(text, cur)
			nb, na, ok := c.Apply(string(text[a:cur]), string(text[cur:b]), r)
			if ok {
				nb, na = norm.NFC.String(nb), norm.NFC.String(na)
				e.setTextCursor(string(text[:a])+nb+na+string(text[b:]), a+len([]rune(nb)))
				e.keys.track(a, cur, a+len([]rune(nb)), r)
				return
			}
			if isLetterKey(r) {
				e.Entry.TypedRune(r)
				e.keys.track(a, cur, cur+1, r)
				return
			}
			if from, out, ok := e.keys.giveBack(c, text, cur); ok { // a word ends
				e.setTextCursor(string(text[:from])+string(out)+string(text[cur:]), from+len(out))
			}
		}
		e.keys.reset()
		e.Entry.TypedRune(r)
	})
}

// TypedKey deletes by grapheme cluster (never leaving a lone combining mark), lets
// Tab move focus, and passes Escape and the function keys to the window.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if e.Disabled() {
		return
	}
	switch k.Name {
	case fyne.KeyTab:
		if e.AcceptsTab() {
			e.edit(stepTyping, '\t', func() { e.Entry.TypedKey(k) })
			return
		}
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			if e.shift {
				c.FocusPrevious()
			} else {
				c.FocusNext()
			}
		}
	case fyne.KeyBackspace, fyne.KeyDelete:
		e.edit(stepDeleting, 0, func() {
			n := 1
			if e.SelectedText() == "" {
				text := []rune(e.Text)
				cur := min(e.CursorTextOffset(), len(text))
				if k.Name == fyne.KeyBackspace && cur > 0 {
					n = cur - prevBoundary(text, cur)
				} else if k.Name == fyne.KeyDelete && cur < len(text) {
					n = nextBoundary(text, cur) - cur
				}
			}
			for range n {
				e.Entry.TypedKey(k)
			}
		})
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight,
		fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		e.edit(stepOther, 0, func() { e.Entry.TypedKey(k) })
		e.hist.close()
	default:
		passKey(e, k)
	}
}

// TypedShortcut handles undo and redo with the entry's own history, cleans pastes,
// and hands shortcuts the entry does not use to the window.
func (e *Entry) TypedShortcut(sc fyne.Shortcut) {
	switch s := sc.(type) {
	case *fyne.ShortcutUndo:
		if e.Disabled() || !e.CanUndo() {
			e.passShortcut(sc)
			return
		}
		e.Undo()
	case *fyne.ShortcutRedo:
		if e.Disabled() || !e.CanRedo() {
			e.passShortcut(sc)
			return
		}
		e.Redo()
	case *fyne.ShortcutPaste:
		if e.Disabled() {
			return
		}
		cb := s.Clipboard
		if cb == nil {
			cb = fyne.CurrentApp().Clipboard()
		}
		if cb == nil {
			return
		}
		text := vntext.Clean(cb.Content())
		if !e.MultiLine {
			text = strings.Map(func(r rune) rune {
				if r == '\n' || r == '\t' {
					return ' '
				}
				return r
			}, text)
		}
		e.edit(stepOther, 0, func() { e.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fixedClipboard(text)}) })
	case *fyne.ShortcutCut:
		e.edit(stepOther, 0, func() { e.Entry.TypedShortcut(s) })
	case *fyne.ShortcutCopy, *fyne.ShortcutSelectAll:
		e.Entry.TypedShortcut(s)
	case *desktop.CustomShortcut:
		switch {
		case s.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift && s.KeyName == fyne.KeyZ:
			e.TypedShortcut(&fyne.ShortcutRedo{})
		case entryShortcuts[s.ShortcutName()]:
			e.edit(stepOther, 0, func() { e.Entry.TypedShortcut(s) })
			e.hist.close()
		default:
			e.passShortcut(sc)
		}
	default:
		e.passShortcut(sc)
	}
}

// entryShortcuts are the desktop shortcuts Fyne's Entry handles itself: moving and
// deleting by words, and on macOS Cmd+arrows.
var entryShortcuts = func() map[string]bool {
	mod := fyne.KeyModifierShortcutDefault
	if runtime.GOOS == "darwin" {
		mod = fyne.KeyModifierAlt
	}
	names := map[string]bool{}
	for _, s := range []*desktop.CustomShortcut{
		{KeyName: fyne.KeyLeft, Modifier: mod},
		{KeyName: fyne.KeyRight, Modifier: mod},
		{KeyName: fyne.KeyLeft, Modifier: mod | fyne.KeyModifierShift},
		{KeyName: fyne.KeyRight, Modifier: mod | fyne.KeyModifierShift},
		{KeyName: fyne.KeyBackspace, Modifier: mod},
		{KeyName: fyne.KeyDelete, Modifier: mod},
	} {
		names[s.ShortcutName()] = true
	}
	if runtime.GOOS == "darwin" {
		names[(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierSuper}).ShortcutName()] = true
		names[(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierSuper}).ShortcutName()] = true
	}
	return names
}()

func (e *Entry) passShortcut(s fyne.Shortcut) {
	if c, ok := fyne.CurrentApp().Driver().CanvasForObject(e).(fyne.Shortcutable); ok {
		c.TypedShortcut(s)
	}
}

// KeyDown notes Shift (for Shift+Tab) and passes the key on.
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp notes the release of Shift and passes the key on.
func (e *Entry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// FocusGained tells the owner, then lets the Entry show its cursor.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocusGained != nil {
		e.OnFocusGained()
	}
}

// FocusLost ends the open undo step.
func (e *Entry) FocusLost() {
	e.shift = false
	e.hist.close()
	e.Entry.FocusLost()
}

// MouseDown ends the open undo step: the cursor may move.
func (e *Entry) MouseDown(m *desktop.MouseEvent) {
	e.hist.close()
	e.Entry.MouseDown(m)
}

// TappedSecondary shows the edit menu, with this entry's undo and redo.
func (e *Entry) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil || (e.Disabled() && e.Password) {
		return
	}
	c.Focus(e)
	cb := fyne.CurrentApp().Clipboard()
	var items []*fyne.MenuItem
	if !e.Disabled() {
		if e.CanUndo() {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.undo"), e.Undo))
		}
		if e.CanRedo() {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.redo"), e.Redo))
		}
		if len(items) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		if !e.Password {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.cut"), func() { e.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb}) }))
		}
	}
	if !e.Password {
		items = append(items, fyne.NewMenuItem(msg.T("textfield.copy"), func() { e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb}) }))
	}
	if !e.Disabled() {
		items = append(items, fyne.NewMenuItem(msg.T("textfield.paste"), func() { e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb}) }))
	}
	items = append(items, fyne.NewMenuItem(msg.T("textfield.selectall"), func() { e.TypedShortcut(&fyne.ShortcutSelectAll{}) }))
	e.popUp = widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	e.popUp.ShowAtPosition(fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(ev.Position))
}

// Hide hides the entry and any menu it shows.
func (e *Entry) Hide() {
	if e.popUp != nil {
		e.popUp.Hide()
		e.popUp = nil
	}
	e.Entry.Hide()
}

// edit runs f, a change made through the embedded Entry, normalises the text to NFC
// when it no longer is, and records the change as (part of) an undo step.
func (e *Entry) edit(kind stepKind, r rune, f func()) {
	e.fresh()
	beforeText := e.Text
	before := caret{e.CursorTextOffset(), -1}
	if e.SelectedText() != "" {
		before.anchor = before.cursor // a selection: the change starts a step of its own
	}
	f()
	if !norm.NFC.IsNormalString(e.Text) {
		text := []rune(e.Text)
		cur := min(e.CursorTextOffset(), len(text))
		e.setTextCursor(norm.NFC.String(e.Text), len([]rune(norm.NFC.String(string(text[:cur])))))
	}
	after := e.Text
	e.known = after
	if after == beforeText {
		return
	}
	old, now := []rune(beforeText), []rune(after)
	pre, suf := commonEnds(old, now)
	s := e.hist.begin(kind, before, r)
	s.add(edit{pos: pre, old: old[pre : len(old)-suf], new: now[pre : len(now)-suf]})
	s.last = r
	s.after = caret{e.CursorTextOffset(), -1}
}

// dropSelectedText deletes the selection, as typing over it does.
func (e *Entry) dropSelectedText() {
	if e.SelectedText() != "" {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
}

// setTextCursor replaces the text and puts the cursor at rune offset cur.
func (e *Entry) setTextCursor(text string, cur int) {
	e.Entry.SetText(text)
	e.known = e.Text
	runes := []rune(e.Text)
	cur = clamp(cur, 0, len(runes))
	row, col := 0, cur
	for i := 0; i < cur; i++ {
		if runes[i] == '\n' {
			row, col = row+1, cur-i-1
		}
	}
	e.CursorRow, e.CursorColumn = row, col
	e.Refresh()
}

// fixedClipboard hands the embedded Entry a cleaned paste.
type fixedClipboard string

func (c fixedClipboard) Content() string   { return string(c) }
func (c fixedClipboard) SetContent(string) {}
