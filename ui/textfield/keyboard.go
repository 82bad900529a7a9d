package textfield

// The Paragraph's keyboard: movement and editing keys, shortcuts, and handing on
// what it does not use to the window.

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TypedKey handles editing and movement keys; Escape (with nothing selected) and the
// function keys go on to the window's key handler.
func (p *Paragraph) TypedKey(ev *fyne.KeyEvent) {
	p.blink.wake(p.focused && !p.readOnly)
	shift := p.shiftHeld()
	switch ev.Name {
	case fyne.KeyLeft:
		switch {
		case p.hasSelection() && !shift:
			a, _ := p.selRange()
			p.moveH(a, false)
		case p.cursor > 0:
			p.moveH(prevBoundary(p.text, p.cursor), shift)
		case !shift && p.OnCursorExit != nil:
			p.OnCursorExit(fyne.KeyLeft, 0)
		}
	case fyne.KeyRight:
		switch {
		case p.hasSelection() && !shift:
			_, b := p.selRange()
			p.moveH(b, false)
		case p.cursor < len(p.text):
			p.moveH(nextBoundary(p.text, p.cursor), shift)
		case !shift && p.OnCursorExit != nil:
			p.OnCursorExit(fyne.KeyRight, 0)
		}
	case fyne.KeyUp:
		p.moveV(-1, shift)
	case fyne.KeyDown:
		p.moveV(1, shift)
	case fyne.KeyHome:
		p.goalX = -1
		p.moveTo(p.lines[p.cursorLine()].start, false, shift)
	case fyne.KeyEnd:
		i := p.cursorLine()
		p.goalX = -1
		p.moveTo(p.lineEnd(i), p.softEnd(i), shift)
	case fyne.KeyPageUp:
		p.goalX = -1
		p.moveTo(0, false, shift)
	case fyne.KeyPageDown:
		p.goalX = -1
		p.moveTo(len(p.text), false, shift)
	case fyne.KeyBackspace:
		p.deleteKey(false)
	case fyne.KeyDelete:
		p.deleteKey(true)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.enter(shift)
	case fyne.KeyTab:
		// The window moves focus before a key reaches a field that does not accept
		// Tab; drivers that deliver it anyway get the same behaviour here.
		if c := p.canvas(); c != nil {
			if shift {
				c.FocusPrevious()
			} else {
				c.FocusNext()
			}
		}
	case fyne.KeyEscape:
		if p.hasSelection() {
			p.anchor = -1
			p.Refresh()
			return
		}
		p.passKey(ev)
	default:
		p.passKey(ev)
	}
}

// moveH moves the cursor sideways (forgetting the column Up and Down keep).
func (p *Paragraph) moveH(off int, extend bool) {
	p.goalX = -1
	p.moveTo(off, false, extend)
}

// moveV moves the cursor to the line above (dir -1) or below (1) at the kept column.
func (p *Paragraph) moveV(dir int, extend bool) {
	i := p.cursorLine()
	if p.goalX < 0 {
		p.goalX = p.xAt(i, p.cursor)
	}
	j := i + dir
	switch {
	case j < 0 || j >= len(p.lines):
		if !extend && p.OnCursorExit != nil {
			key := fyne.KeyUp
			if dir > 0 {
				key = fyne.KeyDown
			}
			p.OnCursorExit(key, p.goalX)
			return
		}
		off := 0
		if j >= 0 {
			off = len(p.text)
		}
		goal := p.goalX
		p.moveTo(off, false, extend)
		p.goalX = goal
	default:
		off, eol := p.offsetAt(j, p.goalX)
		goal := p.goalX
		p.moveTo(off, eol, extend)
		p.goalX = goal
	}
}

// moveTo puts the cursor at off, extending the selection or dropping it.
func (p *Paragraph) moveTo(off int, eol, extend bool) {
	if extend {
		if p.anchor < 0 {
			p.anchor = p.cursor
		}
	} else {
		p.anchor = -1
	}
	p.cursor, p.eol = off, eol
	p.hist.close()
	p.Refresh()
}

// TypedShortcut handles the clipboard, undo, select-all and word-wise shortcuts.
// Anything else, and undo with nothing left to undo, goes on to the window, so its
// own shortcuts (save, new report…) work while the reporter types.
func (p *Paragraph) TypedShortcut(sc fyne.Shortcut) {
	p.blink.wake(p.focused && !p.readOnly)
	switch s := sc.(type) {
	case *fyne.ShortcutCopy:
		p.copy(s.Clipboard)
	case *fyne.ShortcutCut:
		if p.readOnly {
			p.copy(s.Clipboard)
			return
		}
		p.cut(s.Clipboard)
	case *fyne.ShortcutPaste:
		if p.readOnly {
			return
		}
		p.paste(s.Clipboard)
	case *fyne.ShortcutSelectAll:
		p.Select(0, len(p.text))
	case *fyne.ShortcutUndo:
		if p.readOnly || !p.CanUndo() || p.sharesUndo() {
			p.passShortcut(sc)
			return
		}
		p.Undo()
	case *fyne.ShortcutRedo:
		if p.readOnly || !p.CanRedo() || p.sharesUndo() {
			p.passShortcut(sc)
			return
		}
		p.Redo()
	case *desktop.CustomShortcut:
		if !p.customShortcut(s) {
			p.passShortcut(sc)
		}
	default:
		p.passShortcut(sc)
	}
}

// wordModifier is the modifier for moving by words: Alt on macOS, Ctrl elsewhere.
var wordModifier = func() fyne.KeyModifier {
	if runtime.GOOS == "darwin" {
		return fyne.KeyModifierAlt
	}
	return fyne.KeyModifierControl
}()

func (p *Paragraph) customShortcut(s *desktop.CustomShortcut) bool {
	mod, shift := s.Modifier&^fyne.KeyModifierShift, s.Modifier&fyne.KeyModifierShift != 0
	switch {
	case mod == fyne.KeyModifierShortcutDefault && shift && s.KeyName == fyne.KeyZ:
		if p.readOnly || !p.CanRedo() || p.sharesUndo() {
			p.passShortcut(&fyne.ShortcutRedo{})
			return true
		}
		p.Redo()
	case mod == wordModifier && s.KeyName == fyne.KeyLeft:
		p.moveH(wordLeft(p.text, p.cursor), shift)
	case mod == wordModifier && s.KeyName == fyne.KeyRight:
		p.moveH(wordRight(p.text, p.cursor), shift)
	case mod == wordModifier && !shift && s.KeyName == fyne.KeyBackspace:
		p.deleteWord(false)
	case mod == wordModifier && !shift && s.KeyName == fyne.KeyDelete:
		p.deleteWord(true)
	case mod == fyne.KeyModifierShortcutDefault && s.KeyName == fyne.KeyHome:
		p.moveH(0, shift)
	case mod == fyne.KeyModifierShortcutDefault && s.KeyName == fyne.KeyEnd:
		p.moveH(len(p.text), shift)
	case runtime.GOOS == "darwin" && mod == fyne.KeyModifierSuper && s.KeyName == fyne.KeyLeft:
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	case runtime.GOOS == "darwin" && mod == fyne.KeyModifierSuper && s.KeyName == fyne.KeyRight:
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	default:
		return false
	}
	return true
}

// passShortcut hands a shortcut the paragraph does not use to the window's canvas.
func (p *Paragraph) passShortcut(s fyne.Shortcut) {
	if c, ok := p.canvas().(fyne.Shortcutable); ok {
		c.TypedShortcut(s)
	}
}

// passKey hands a key the paragraph does not use to the window's key handler.
func (p *Paragraph) passKey(ev *fyne.KeyEvent) { passKey(p, ev) }

// passKey hands Escape and the function keys to the key handler of obj's window.
// Other keys are not handed on: Fyne also delivers every letter as a key, and the
// window must not act on keys typed into a field.
func passKey(obj fyne.CanvasObject, ev *fyne.KeyEvent) {
	name := string(ev.Name)
	if ev.Name != fyne.KeyEscape && !(len(name) >= 2 && name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(obj); c != nil {
		if f := c.OnTypedKey(); f != nil {
			f(ev)
		}
	}
}

// KeyDown notes Shift, which turns movement into selection.
func (p *Paragraph) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		p.shift = true
	}
}

// KeyUp notes the release of Shift.
func (p *Paragraph) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		p.shift = false
	}
}

func (p *Paragraph) shiftHeld() bool {
	if p.shift {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}
