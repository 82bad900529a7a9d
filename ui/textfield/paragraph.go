package textfield

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

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
	// OneLine makes a field of one line of text that wraps to show all of it (a
	// headline, a caption, a title): Enter calls OnSplit (the owner moves on) and
	// never breaks the line, and pasted line breaks become spaces.
	OneLine bool

	// OnChanged is called with the new text after every change.
	OnChanged func(text string)
	// OnSplit is called on Enter with the text before and after the cursor; the owner
	// splits the block (and sets this paragraph's text). Without it, and with
	// Shift+Enter, Enter inserts a line break.
	OnSplit func(before, after string)
	// OnPasteParagraphs, when set, is called instead of inserting a paste that holds
	// several paragraphs (vntext.Paragraphs): with the text before the cursor, the
	// paragraphs, and the text after it; the owner makes blocks of them.
	OnPasteParagraphs func(before string, paras []string, after string)
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
	// OnStep, when set, is called each time a change begins a new undo step, and
	// Ctrl+Z and redo are no longer the paragraph's: they go on to the window,
	// whose owner takes the steps of all its fields back in order (UndoStep).
	OnStep func(Step)

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

	keys  wordKeys // the keys of the word being typed
	popUp *widget.PopUpMenu

	// underlines are the stretches SetUnderlines marks, for the text underText; they
	// are not drawn once the text differs (the checks mark it again after a pause).
	underlines [][2]int
	underText  []rune
}

// SetUnderlines marks stretches of the text (rune offsets, from and to) with a
// line under them in the theme's error colour: the words the checks find
// misspelled. Editing the text hides them until they are set again; nil clears
// them.
func (p *Paragraph) SetUnderlines(ranges [][2]int) {
	if len(ranges) == 0 && len(p.underlines) == 0 {
		return
	}
	p.underlines = append([][2]int(nil), ranges...)
	p.underText = append(p.underText[:0], p.text...)
	p.Refresh()
}

// Underlines returns the stretches marked and still valid for the text.
func (p *Paragraph) Underlines() [][2]int {
	return append([][2]int(nil), p.validUnderlines()...)
}

// validUnderlines is Underlines without a copy, for the renderer on every key.
func (p *Paragraph) validUnderlines() [][2]int {
	if len(p.underlines) == 0 || !slices.Equal(p.underText, p.text) {
		return nil
	}
	return p.underlines
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

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (p *Paragraph) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	p.syncFont()
	return newParagraphRenderer(p)
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

func (p *Paragraph) canvas() fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(p)
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

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
