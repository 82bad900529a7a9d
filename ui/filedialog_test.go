package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/msg"
)

// TestFileDialogErrorSaid: a file dialog's error (a typed path it could not use)
// is said in words, never dropped, and never shown as Go's own text.
func TestFileDialogErrorSaid(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	if fileDialogFailed(nil, w) || w.Canvas().Overlays().Top() != nil {
		t.Fatal("no error, yet something was said")
	}
	if !fileDialogFailed(errors.New("open C:\\Users\\ha\\bao-cao.pdf: invalid argument"), w) {
		t.Fatal("the error was dropped")
	}
	var said []string
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			said = append(said, l.Text)
		}
	}
	all := strings.Join(said, " ")
	if !strings.Contains(all, "gõ đường dẫn đầy đủ") || strings.Contains(all, "invalid argument") {
		t.Errorf("said %q, want the catalogue's sentence and no Go error", all)
	}
}
