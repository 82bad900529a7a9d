package ui_test

import (
	"context"
	"testing"

	"newsdesk/model"
	"newsdesk/ui"
)

// TestOpenDialogsOpen: File > Open bundle (Ctrl+O) and File > Import Word
// document show their file dialog inside the window (they crashed the program:
// a file dialog has no size before it is shown).
func TestOpenDialogsOpen(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	lib.CreateReport(nil, model.NewReport("Hội nghị"))
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib,
		OpenBundle: func(context.Context, string) (*model.ImportResult, error) { return nil, nil },
		Word:       &ui.Word{}}, "library.sqlite")
	opened(t, m)
	for name, show := range map[string]func(){"bundle": m.ShowOpenBundle, "word": m.ShowImportWord} {
		show()
		top := m.Window.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no file dialog", name)
		}
		if s, w := top.Size(), m.Window.Canvas().Size(); s.Width > w.Width || s.Height > w.Height {
			t.Errorf("%s: the dialog takes %v in a window of %v", name, s, w)
		}
		m.Window.Canvas().Overlays().Remove(top)
	}
}
