package ui_test

import (
	"testing"

	"fyne.io/fyne/v2"

	"newsdesk/model"
	"newsdesk/ui"
)

// TestTypingStraightAfterNew: a headline typed straight after Ctrl+N, while the
// new draft is still being made in the library, goes whole into the new report's
// headline — not into the report being left, and not lost.
func TestTypingStraightAfterNew(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	old := addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	c := m.Window.Canvas()
	c.Focus(m.Editor.Headline) // the reporter was in the old headline

	m.NewReport()
	typeOnWindow(c, "Giao ban quý I") // before the draft exists
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID != old.ID })
	typeOnWindow(c, " năm 2026")
	eventually(t, func() bool { return m.Editor.Headline.Text() == "Giao ban quý I năm 2026" })
	if got := lib.stored(old.ID).Headline; got != "Hội nghị tổng kết" {
		t.Errorf("the report left took the typing: %q", got)
	}
	closeEditor(t, m)
}

// typeOnWindow types as the driver delivers keys: to the focused field, else to
// the window's own handler, else nowhere.
func typeOnWindow(c fyne.Canvas, s string) {
	for _, r := range s {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else if h := c.OnTypedRune(); h != nil {
			h(r)
		}
	}
}

// TestTypingWhileAnotherOpens: a report chosen in the list is read in the
// background; what is typed meanwhile does not go into the report being left.
func TestTypingWhileAnotherOpens(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	first := addReport(lib, "Giao ban quý I", model.StatusDraft)
	addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	left := m.Editor
	c := m.Window.Canvas()
	c.Focus(left.Headline)
	was := left.Headline.Text()
	m.Open(first.ID)
	typeOnWindow(c, "gõ thêm")
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == first.ID })
	if got := left.Headline.Text(); got != was {
		t.Errorf("the report being left took the typing: %q", got)
	}
	closeEditor(t, m)
}
