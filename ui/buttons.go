package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// clickButton is a button the mouse presses and Tab passes by: the small tools
// beside every block and field (comment, move, delete) would otherwise each take
// a Tab stop between two text fields, and a Space typed after a stray Tab would
// press one in the middle of a sentence. Their actions have menu entries and
// shortcuts for the keyboard.
type clickButton struct {
	widget.Button
}

// newClickButton returns a clickButton showing icon (and text, if any).
func newClickButton(text string, icon fyne.Resource, tapped func()) *clickButton {
	b := &clickButton{}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// notFocusable shadows the button's focus methods, so that the type is no
// fyne.Focusable and the window's Tab order leaves it out.
type notFocusable struct{}

func (b *clickButton) FocusGained(notFocusable) {}
func (b *clickButton) FocusLost(notFocusable)   {}
func (b *clickButton) TypedRune(notFocusable)   {}
func (b *clickButton) TypedKey(notFocusable)    {}

// tapBlocker lies over a report that is being sent or saved away: taps and clicks
// end on it, so no button under it acts on a report that is closed, while the
// mouse wheel still scrolls the report beneath.
type tapBlocker struct{ widget.BaseWidget }

func (b *tapBlocker) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	return widget.NewSimpleRenderer(&fyne.Container{})
}

func (b *tapBlocker) Tapped(*fyne.PointEvent)          {}
func (b *tapBlocker) TappedSecondary(*fyne.PointEvent) {}
func (b *tapBlocker) DoubleTapped(*fyne.PointEvent)    {}
