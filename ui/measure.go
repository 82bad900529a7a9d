package ui

import (
	"os"
	"time"

	"fyne.io/fyne/v2"
)

// traceLead tells scripts/measure-window.sh, when NEWSDESK_TRACE is set, where
// on the screen the lead is (in pixels from the window's top left corner) and
// when it gains the focus, so that the idle cost of a blinking cursor is measured
// with a text field really focused.
func (e *Editor) traceLead() {
	if os.Getenv("NEWSDESK_TRACE") == "" || e.win == nil {
		return
	}
	e.Lead.OnFocusChanged = func(on bool) {
		if on {
			trace("lead focused")
		}
	}
	time.AfterFunc(time.Second, func() {
		fyne.Do(func() {
			if e.closed {
				return
			}
			e.ensureVisible(e.Lead, 0, e.Lead.Size().Height)
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e.Lead)
			s := e.win.Canvas().Scale()
			trace("lead at %d %d", int((pos.X+e.Lead.Size().Width/2)*s), int((pos.Y+min(e.Lead.Size().Height/2, 12))*s))
		})
	})
}
