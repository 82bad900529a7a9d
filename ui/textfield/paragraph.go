package textfield

import (
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"

	"newsdesk/msg"
	"newsdesk/vntext"
)

// Declare conformity with the interfaces a text field needs.
var (
	_ fyne.Widget            = (*Paragraph)(nil)
	_ fyne.Focusable         = (*Paragraph)(nil)
	_ fyne.Tabbable          = (*Paragraph)(nil)
	_ fyne.Shortcutable      = (*Paragraph)(nil)
	_ fyne.Tappable          = (*Paragraph)(nil)
	_ fyne.SecondaryTappable = (*Paragraph)(nil)
	_ fyne.DoubleTappable    = (*Paragraph)(nil)
	_ fyne.Draggable         = (*Paragraph)(nil)
	_ desktop.Mouseable      = (*Paragraph)(nil)
	_ desktop.Keyable        = (*Paragraph)(nil)
	_ desktop.Cursorable     = (*Paragraph)(nil)
	_ fyne.WidgetRenderer    = (*paragraphRenderer)(nil)
)

// Paragraph is a multi-line text field that wraps at word boundaries and stays fast
// on long text: typing a key re-wraps only the lines it touches and redraws only the
// lines that changed. It is a whole editor: cursor, mouse and keyboard selection,
// clipboard, undo and redo, the typing engine on every typed rune, a placeholder and
// a read-only mode. Enter belongs to the owner (OnSplit); Tab moves focus; shortcuts
// it does not use go on to the window.
type Paragraph struct {
	widget.BaseWidget

	// TextStyle is the style of the whole paragraph (a lead may be bold).
	TextStyle fyne.TextStyle
	// PlaceHolder is shown, dimmed, while the paragraph is empty.
	PlaceHolder string

	// OnChanged is called with the new text after every change.
	OnChanged func(text string)
	// OnSplit is called on Enter with the text before and after the cursor; the owner
	// splits the block (and sets this paragraph's text). Without it, and with
	// Shift+Enter, Enter inserts a line break.
	OnSplit func(before, after string)
	// OnJoinPrevious is called on Backspace at the very start, OnJoinNext on Delete at
	// the very end: the owner may merge the paragraph with its neighbour.
	OnJoinPrevious func()
	OnJoinNext     func()
	// OnCursorExit is called when the cursor would leave the paragraph: Up on the
	// first line, Down on the last, Left at the start, Right at the end. x is the
	// cursor's distance from the left edge of the text, for EnterFrom on the next
	// paragraph.
	OnCursorExit func(key fyne.KeyName, x float32)
	// OnFocusChanged is called when the paragraph gains or loses focus.
	OnFocusChanged func(focused bool)
	// OnCursorChanged is called when the cursor moved on screen, so the owner can
	// scroll CursorPosition into view.
	OnCursorChanged func()

	typing *Typing
	text   []rune
	lines  []span
	wrap   wrapper
	lineH  float32
	gen    int // changes with every change of text or lines

	cursor int
	anchor int     // the other end of the selection, -1 when none
	eol    bool    // the cursor sits at the end of a wrapped line, not the start of the next
	goalX  float32 // the column Up and Down keep, -1 when not set

	focused, readOnly, shift bool
	dragFrom                 int
	lastDouble               time.Time

	hist  history
	blink blinker
	popUp *widget.PopUpMenu
}

// NewParagraph returns an empty paragraph that types with t (nil: no typing engine).
func NewParagraph(t *Typing) *Paragraph {
	p := &Paragraph{typing: t, anchor: -1, goalX: -1}
	p.ExtendBaseWidget(p)
	p.syncFont()
	return p
}

// NewParagraphWithText returns a paragraph holding text.
func NewParagraphWithText(t *Typing, text string) *Paragraph {
	p := NewParagraph(t)
	p.SetText(text)
	return p
}

// Text returns the paragraph's text.
func (p *Paragraph) Text() string { return string(p.text) }

// Len returns the length of the text in runes.
func (p *Paragraph) Len() int { return len(p.text) }

// SetText replaces the text (normalised to NFC), puts the cursor at the end and
// clears the undo history. It does not call OnChanged.
func (p *Paragraph) SetText(s string) {
	p.text = []rune(vntext.Clean(s))
	p.hist.clear()
	p.cursor, p.anchor, p.eol, p.goalX = len(p.text), -1, false, -1
	p.syncFont()
	p.lines = p.wrap.wrapAll(p.text)
	p.gen++
	p.Refresh()
}

// SetReadOnly makes the paragraph read-only (text can be selected and copied) or
// editable again.
func (p *Paragraph) SetReadOnly(ro bool) {
	p.readOnly = ro
	p.hist.close()
	p.Refresh()
}

// ReadOnly reports whether the paragraph is read-only.
func (p *Paragraph) ReadOnly() bool { return p.readOnly }

// SetPlaceHolder sets the text shown while the paragraph is empty.
func (p *Paragraph) SetPlaceHolder(s string) {
	p.PlaceHolder = s
	p.Refresh()
}

// CursorOffset returns the cursor's position in runes from the start of the text.
func (p *Paragraph) CursorOffset() int { return p.cursor }

// SetCursorOffset moves the cursor to off runes from the start, dropping the selection.
func (p *Paragraph) SetCursorOffset(off int) {
	p.goalX = -1
	p.moveTo(snapBoundary(p.text, clamp(off, 0, len(p.text))), false, false)
}

// Select selects the runes [from, to), the cursor at to; both ends are moved back
// to the start of the letter they fall in.
func (p *Paragraph) Select(from, to int) {
	from, to = snapBoundary(p.text, from), snapBoundary(p.text, to)
	p.anchor, p.cursor, p.eol, p.goalX = from, to, false, -1
	p.hist.close()
	p.Refresh()
}

// Selection returns the selected runes' range [from, to); from == to when nothing
// is selected.
func (p *Paragraph) Selection() (from, to int) {
	if !p.hasSelection() {
		return p.cursor, p.cursor
	}
	return p.selRange()
}

// SelectedText returns the selected text, "" when nothing is selected.
func (p *Paragraph) SelectedText() string {
	if !p.hasSelection() {
		return ""
	}
	a, b := p.selRange()
	return string(p.text[a:b])
}

// LineCount returns the number of visual lines at the current width.
func (p *Paragraph) LineCount() int { return len(p.lines) }

// Lines returns the visual lines as drawn, without their line breaks.
func (p *Paragraph) Lines() []string {
	out := make([]string, len(p.lines))
	for i := range p.lines {
		out[i] = string(p.text[p.lines[i].start:p.lineEnd(i)])
	}
	return out
}

// CursorLine returns the visual line the cursor is on.
func (p *Paragraph) CursorLine() int { return p.cursorLine() }

// CursorPosition returns the top-left of the cursor relative to the paragraph, so an
// owner can scroll it into view.
func (p *Paragraph) CursorPosition() fyne.Position {
	pad := p.Theme().Size(theme.SizeNameInnerPadding)
	border := p.Theme().Size(theme.SizeNameInputBorder)
	i := p.cursorLine()
	return fyne.NewPos(pad+p.xAt(i, p.cursor)-border/2, pad+float32(i)*p.lineH)
}

// EnterFrom places the cursor as if it arrived from a neighbouring field by key:
// from above (KeyDown) on the first line at x (from the left edge of the text, as
// OnCursorExit reports it), from below (KeyUp) on the last line at x, by KeyRight at
// the start, by KeyLeft at the end.
func (p *Paragraph) EnterFrom(key fyne.KeyName, x float32) {
	p.anchor = -1
	switch key {
	case fyne.KeyDown:
		p.cursor, p.eol = p.offsetAt(0, x)
		p.goalX = x
	case fyne.KeyUp:
		p.cursor, p.eol = p.offsetAt(len(p.lines)-1, x)
		p.goalX = x
	case fyne.KeyRight:
		p.cursor, p.eol, p.goalX = 0, false, -1
	default:
		p.cursor, p.eol, p.goalX = len(p.text), false, -1
	}
	p.hist.close()
	p.Refresh()
}

// CanUndo reports whether there is a change to undo.
func (p *Paragraph) CanUndo() bool { return p.hist.canUndo() }

// CanRedo reports whether there is an undone change to redo.
func (p *Paragraph) CanRedo() bool { return p.hist.canRedo() }

// Undo takes back the last step: a word typed, a run of deletions, a paste.
func (p *Paragraph) Undo() {
	if p.readOnly {
		return
	}
	s := p.hist.undo()
	if s == nil {
		return
	}
	for i := len(s.edits) - 1; i >= 0; i-- {
		e := s.edits[i]
		p.splice(e.pos, e.pos+len(e.new), e.old)
	}
	p.restore(s.before)
	p.changed()
}

// Redo does again the last step undone.
func (p *Paragraph) Redo() {
	if p.readOnly {
		return
	}
	s := p.hist.redo()
	if s == nil {
		return
	}
	for _, e := range s.edits {
		p.splice(e.pos, e.pos+len(e.old), e.new)
	}
	p.restore(s.after)
	p.changed()
}

func (p *Paragraph) restore(c caret) {
	p.cursor, p.anchor = clamp(c.cursor, 0, len(p.text)), c.anchor
	if p.anchor > len(p.text) {
		p.anchor = -1
	}
	p.eol, p.goalX = false, -1
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (p *Paragraph) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	p.syncFont()
	return newParagraphRenderer(p)
}

// MinSize returns the size the paragraph needs at its current width: all its lines.
func (p *Paragraph) MinSize() fyne.Size {
	p.ExtendBaseWidget(p)
	return p.BaseWidget.MinSize()
}

// AcceptsTab returns false: Tab moves focus to the next field.
func (p *Paragraph) AcceptsTab() bool { return false }

// FocusGained is called when the paragraph gains focus.
func (p *Paragraph) FocusGained() {
	p.focused = true
	p.blink.wake(!p.readOnly)
	p.Refresh()
	if p.OnFocusChanged != nil {
		p.OnFocusChanged(true)
	}
}

// FocusLost is called when the paragraph loses focus.
func (p *Paragraph) FocusLost() {
	p.focused, p.shift = false, false
	p.blink.stop()
	p.hist.close()
	p.Refresh()
	if p.OnFocusChanged != nil {
		p.OnFocusChanged(false)
	}
}

// Focused reports whether the paragraph has the keyboard focus.
func (p *Paragraph) Focused() bool { return p.focused }

// Hide hides the paragraph and any menu it shows.
func (p *Paragraph) Hide() {
	if p.popUp != nil {
		p.popUp.Hide()
		p.popUp = nil
	}
	p.BaseWidget.Hide()
}

// TypedRune inserts r at the cursor, replacing the selection; the typing engine may
// rewrite the word around the cursor. Runes that arrive composed (not ASCII) are
// inserted as they are, normalised to NFC.
func (p *Paragraph) TypedRune(r rune) {
	if p.readOnly {
		return
	}
	p.blink.wake(p.focused && !p.readOnly)
	gen := p.gen
	s := p.hist.begin(stepTyping, p.caret(), r)
	p.deleteSelection(s)
	p.typeRune(s, r)
	s.last = r
	p.finish(s, gen)
}

func (p *Paragraph) typeRune(s *step, r rune) {
	if r < 0x80 && r != '\n' {
		if c := p.typing.Composer(); c != nil {
			a, b := wordBounds(p.text, p.cursor)
			nb, na, ok := c.Apply(string(p.text[a:p.cursor]), string(p.text[p.cursor:b]), r)
			if ok {
				before := []rune(norm.NFC.String(nb))
				word := append(before, []rune(norm.NFC.String(na))...)
				p.replace(s, a, b, word)
				p.cursor = a + len(before)
				return
			}
		}
	}
	p.insert(s, []rune{r})
}

// insert puts ins at the cursor and normalises the seams to NFC (a combining mark
// typed or pasted after its letter composes with it).
func (p *Paragraph) insert(s *step, ins []rune) {
	a := p.cursor
	p.replace(s, a, a, ins)
	p.cursor = a + len(ins)
	if !isASCII(ins) || (p.cursor < len(p.text) && p.text[p.cursor] >= 0x80) {
		p.normalize(s, a, p.cursor)
	}
}

// normalize brings the text around [a, b) back to NFC after an edit there, keeping
// the cursor on the same letter.
func (p *Paragraph) normalize(s *step, a, b int) {
	from, to := nfcSpan(p.text, a, b)
	seg := string(p.text[from:to])
	if norm.NFC.IsNormalString(seg) {
		return
	}
	cur := p.cursor
	inside := cur >= from && cur <= to
	if inside {
		cur = from + len([]rune(norm.NFC.String(string(p.text[from:cur]))))
	}
	fixed := []rune(norm.NFC.String(seg))
	p.replace(s, from, to, fixed)
	if inside {
		p.cursor = snapBoundary(p.text, clamp(cur, from, from+len(fixed)))
	} else if cur > to {
		p.cursor = cur + len(fixed) - (to - from)
	}
}

// replace puts ins in place of text[a:b], recording the edit into s (nil: not
// recorded), trimmed to what really changes.
func (p *Paragraph) replace(s *step, a, b int, ins []rune) {
	pre, suf := commonEnds(p.text[a:b], ins)
	a, b, ins = a+pre, b-suf, ins[pre:len(ins)-suf]
	if a == b && len(ins) == 0 {
		return
	}
	e := edit{pos: a, old: append([]rune(nil), p.text[a:b]...), new: append([]rune(nil), ins...)}
	p.splice(a, b, ins)
	if s != nil {
		s.add(e)
	}
}

// splice changes the text and re-wraps what the change touches.
func (p *Paragraph) splice(a, b int, ins []rune) {
	removed := b - a
	p.text = splice(p.text, a, b, ins)
	p.lines, _, _ = p.wrap.rewrap(p.text, p.lines, a, removed, len(ins))
	p.gen++
}

func (p *Paragraph) deleteSelection(s *step) {
	if !p.hasSelection() {
		p.anchor = -1
		return
	}
	a, b := p.selRange()
	p.replace(s, a, b, nil)
	p.cursor, p.anchor = a, -1
	p.normalize(s, a, a)
}

// finish ends a change: the step's caret, redraw, OnChanged when the text changed.
func (p *Paragraph) finish(s *step, gen int) {
	p.eol, p.goalX = false, -1
	if s != nil {
		s.after = p.caret()
		if len(s.edits) == 0 { // nothing changed: forget the empty step
			p.hist.n--
			p.hist.steps = p.hist.steps[:p.hist.n]
			p.hist.open = false
		}
	}
	if p.gen == gen {
		p.Refresh()
		return
	}
	p.changed()
}

func (p *Paragraph) changed() {
	p.Refresh()
	if p.OnChanged != nil {
		p.OnChanged(string(p.text))
	}
}

// TypedKey handles editing and movement keys; keys it has no use for go on to the
// window's key handler.
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

func (p *Paragraph) deleteKey(forward bool) {
	if p.readOnly {
		return
	}
	gen := p.gen
	if !p.hasSelection() {
		switch {
		case !forward && p.cursor == 0:
			if p.OnJoinPrevious != nil {
				p.hist.close()
				p.OnJoinPrevious()
			}
			return
		case forward && p.cursor == len(p.text):
			if p.OnJoinNext != nil {
				p.hist.close()
				p.OnJoinNext()
			}
			return
		}
	}
	s := p.hist.begin(stepDeleting, p.caret(), 0)
	switch {
	case p.hasSelection():
		p.deleteSelection(s)
	case forward:
		p.replace(s, p.cursor, nextBoundary(p.text, p.cursor), nil)
		p.normalize(s, p.cursor, p.cursor)
	default:
		a := prevBoundary(p.text, p.cursor)
		p.replace(s, a, p.cursor, nil)
		p.cursor = a
		p.normalize(s, a, a)
	}
	p.anchor = -1
	p.finish(s, gen)
}

// deleteWord deletes from the cursor to the start (or end) of the word, or the
// selection.
func (p *Paragraph) deleteWord(forward bool) {
	if p.readOnly {
		return
	}
	if p.hasSelection() {
		p.deleteKey(forward)
		return
	}
	gen := p.gen
	s := p.hist.begin(stepOther, p.caret(), 0)
	if forward {
		p.replace(s, p.cursor, wordRight(p.text, p.cursor), nil)
	} else {
		a := wordLeft(p.text, p.cursor)
		p.replace(s, a, p.cursor, nil)
		p.cursor = a
	}
	p.normalize(s, p.cursor, p.cursor)
	p.anchor = -1
	p.finish(s, gen)
}

func (p *Paragraph) enter(shift bool) {
	if p.readOnly {
		return
	}
	if p.OnSplit == nil || shift {
		p.TypedRune('\n')
		return
	}
	if p.hasSelection() {
		gen := p.gen
		s := p.hist.begin(stepOther, p.caret(), 0)
		p.deleteSelection(s)
		p.finish(s, gen)
	}
	p.hist.close()
	p.OnSplit(string(p.text[:p.cursor]), string(p.text[p.cursor:]))
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
		if p.readOnly || !p.CanUndo() {
			p.passShortcut(sc)
			return
		}
		p.Undo()
	case *fyne.ShortcutRedo:
		if p.readOnly || !p.CanRedo() {
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
		if p.readOnly || !p.CanRedo() {
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

func (p *Paragraph) clipboard(c fyne.Clipboard) fyne.Clipboard {
	if c == nil {
		c = fyne.CurrentApp().Clipboard()
	}
	return c
}

func (p *Paragraph) copy(c fyne.Clipboard) {
	if !p.hasSelection() {
		return
	}
	if c = p.clipboard(c); c != nil {
		c.SetContent(p.SelectedText())
	}
}

func (p *Paragraph) cut(c fyne.Clipboard) {
	if !p.hasSelection() {
		return
	}
	p.copy(c)
	gen := p.gen
	s := p.hist.begin(stepOther, p.caret(), 0)
	p.deleteSelection(s)
	p.finish(s, gen)
}

// paste inserts the clipboard's text as it is, only cleaned and normalised to NFC:
// the typing engine never rewrites pasted words.
func (p *Paragraph) paste(c fyne.Clipboard) {
	if c = p.clipboard(c); c == nil {
		return
	}
	text := []rune(vntext.Clean(c.Content()))
	if len(text) == 0 {
		return
	}
	gen := p.gen
	s := p.hist.begin(stepOther, p.caret(), 0)
	p.deleteSelection(s)
	p.insert(s, text)
	p.finish(s, gen)
}

func (p *Paragraph) canvas() fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(p)
}

// passShortcut hands a shortcut the paragraph does not use to the window's canvas.
func (p *Paragraph) passShortcut(s fyne.Shortcut) {
	if c, ok := p.canvas().(fyne.Shortcutable); ok {
		c.TypedShortcut(s)
	}
}

// passKey hands a key the paragraph does not use to the window's key handler.
func (p *Paragraph) passKey(ev *fyne.KeyEvent) {
	if c := p.canvas(); c != nil {
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
		if p.CanUndo() {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.undo"), p.Undo))
		}
		if p.CanRedo() {
			items = append(items, fyne.NewMenuItem(msg.T("textfield.redo"), p.Redo))
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

func (p *Paragraph) caret() caret {
	if !p.hasSelection() {
		return caret{p.cursor, -1}
	}
	return caret{p.cursor, p.anchor}
}

func (p *Paragraph) hasSelection() bool { return p.anchor >= 0 && p.anchor != p.cursor }

func (p *Paragraph) selRange() (int, int) {
	if p.anchor < p.cursor {
		return p.anchor, p.cursor
	}
	return p.cursor, p.anchor
}

// syncFont takes the text size, style and font from the theme; when they changed,
// the width cache keys change and the text is wrapped afresh.
func (p *Paragraph) syncFont() {
	th := p.Theme()
	size := th.Size(theme.SizeNameText)
	font := ""
	if f := th.Font(p.TextStyle); f != nil {
		font = f.Name()
	}
	if size == p.wrap.size && p.TextStyle == p.wrap.style && font == p.wrap.font && p.lineH > 0 {
		return
	}
	p.wrap.size, p.wrap.style, p.wrap.font = size, p.TextStyle, font
	p.lineH = fyne.MeasureText("Mg", size, p.TextStyle).Height
	p.lines = p.wrap.wrapAll(p.text)
	p.gen++
}

// setWidth wraps the text for a new width.
func (p *Paragraph) setWidth(w float32) {
	if w < 1 {
		w = 1
	}
	if w == p.wrap.width {
		return
	}
	p.wrap.width = w
	p.lines = p.wrap.wrapAll(p.text)
	p.gen++
}

func (p *Paragraph) cursorLine() int {
	i := lineIndex(p.lines, p.cursor)
	if p.eol && i > 0 && p.lines[i].start == p.cursor && p.softEnd(i-1) {
		return i - 1
	}
	return i
}

// lineEnd returns the end of line i's text, before its line break if it has one.
func (p *Paragraph) lineEnd(i int) int {
	l := p.lines[i]
	if l.end > l.start && p.text[l.end-1] == '\n' {
		return l.end - 1
	}
	return l.end
}

// softEnd reports whether line i ends because the text wrapped there.
func (p *Paragraph) softEnd(i int) bool {
	return i+1 < len(p.lines) && p.lineEnd(i) == p.lines[i].end
}

// runEnd returns the end of the run of spaces or of non-spaces starting at k, up to limit.
func (p *Paragraph) runEnd(k, limit int) int {
	blank := isBlank(p.text[k])
	j := k + 1
	for j < limit && isBlank(p.text[j]) == blank {
		j++
	}
	return j
}

// xAt returns the x of offset off on line i, from the start of the text area.
func (p *Paragraph) xAt(i, off int) float32 {
	l := p.lines[i]
	end := min(off, p.lineEnd(i))
	x := float32(0)
	for k := l.start; k < end; {
		j := p.runEnd(k, end)
		x += p.wrap.measure(p.text[k:j])
		k = j
	}
	return x
}

// offsetAt returns the cluster boundary on line i nearest to x, and whether it is to
// be shown at the end of the line rather than the start of the next.
func (p *Paragraph) offsetAt(i int, x float32) (int, bool) {
	l := p.lines[i]
	end := p.lineEnd(i)
	acc := float32(0)
	for k := l.start; k < end; {
		j := p.runEnd(k, end)
		w := p.wrap.measure(p.text[k:j])
		if x < acc+w {
			prev, prevX := k, acc
			for b := k; b < j; {
				b = min(nextBoundary(p.text, b), j)
				bx := acc + p.wrap.measure(p.text[k:b])
				if x < (prevX+bx)/2 {
					return prev, false
				}
				prev, prevX = b, bx
			}
			return prev, prev == end && p.softEnd(i)
		}
		acc += w
		k = j
	}
	return end, p.softEnd(i)
}

func (p *Paragraph) offsetAtPos(pos fyne.Position) (int, bool) {
	pad := p.Theme().Size(theme.SizeNameInnerPadding)
	i := 0
	if p.lineH > 0 {
		i = clamp(int((pos.Y-pad)/p.lineH), 0, len(p.lines)-1)
	}
	if pos.Y < pad {
		i = 0
	}
	return p.offsetAt(i, pos.X-pad)
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
