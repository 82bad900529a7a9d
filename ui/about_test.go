package ui_test

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// objectsIn lists o and every object drawn inside it, widgets' parts included,
// as a person sees them: the entries, selects, buttons and labels of a dialog.
func objectsIn(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			out = append(out, objectsIn(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			out = append(out, objectsIn(c)...)
		}
	}
	return out
}

// overlayWidgets lists the buttons and labels of the dialog on top of the window.
func overlayWidgets(t *testing.T, w fyne.Window) (buttons []*widget.Button, labels []string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	for _, o := range objectsIn(top) {
		switch o := o.(type) {
		case *widget.Button:
			buttons = append(buttons, o)
		case *widget.Label:
			labels = append(labels, o.Text)
		}
	}
	return buttons, labels
}

func TestLibraryFolder(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	path := filepath.Join(t.TempDir(), "Tin bài", "library.sqlite")
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, path)
	var opened []string
	old := ui.OpenFolder
	ui.OpenFolder = func(dir string) error { opened = append(opened, dir); return nil }
	t.Cleanup(func() { ui.OpenFolder = old })

	m.ShowLibraryFolder()
	buttons, labels := overlayWidgets(t, m.Window)
	if !strings.Contains(strings.Join(labels, "\n"), path) {
		t.Errorf("the dialog says %q; want the library's path %q", labels, path)
	}
	var open *widget.Button
	for _, b := range buttons {
		if b.Text == "Mở thư mục" {
			open = b
		}
	}
	if open == nil {
		t.Fatalf("no “Mở thư mục” button among %d buttons", len(buttons))
	}
	test.Tap(open)
	if len(opened) != 1 || opened[0] != filepath.Dir(path) {
		t.Errorf("opened %q; want the folder %q", opened, filepath.Dir(path))
	}
}

func TestAboutShowsVersion(t *testing.T) {
	msg.SetLang(msg.English)
	t.Cleanup(func() { msg.SetLang(msg.Vietnamese) })
	a := newApp(t)
	lib := newLibrary()
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	m.ShowAbout()
	_, labels := overlayWidgets(t, m.Window)
	want := "Version " + a.Metadata().Version
	if !strings.Contains(strings.Join(labels, "\n"), want) || !strings.Contains(strings.Join(labels, "\n"), "library.sqlite") {
		t.Errorf("About says %q; want %q and the library's path", labels, want)
	}
}

// TestDamagedLibrarySaid: when the background check finds the library damaged,
// the window says so and what to do.
func TestDamagedLibrarySaid(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	var said informs // the dialog may come before Inform is set: the dialog is read
	damage := &model.Error{Code: model.EINVALID, Message: "Thư viện bị hỏng: hãy chép lại tệp từ bản sao lưu."}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib,
		CheckLibrary: func(context.Context) error { return damage }}, "library.sqlite")
	m.Inform = said.add
	eventually(t, func() bool {
		if m.Window.Canvas().Overlays().Top() == nil {
			return false
		}
		_, labels := overlayWidgets(t, m.Window)
		return strings.Contains(strings.Join(labels, " "), "bản sao lưu")
	})
}

// TestReadOnlyLibrarySaid: a library opened for reading only says so in the
// window's title and, at start, what that means and what to do to edit.
func TestReadOnlyLibrarySaid(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, ReadOnly: true}, "library.sqlite")
	if title := m.Window.Title(); !strings.Contains(title, "chỉ đọc") {
		t.Errorf("title %q does not say read-only", title)
	}
	eventually(t, func() bool {
		if m.Window.Canvas().Overlays().Top() == nil {
			return false
		}
		_, labels := overlayWidgets(t, m.Window)
		return strings.Contains(strings.Join(labels, " "), "chép thư viện sang một thư mục")
	})
}

// TestTooLargeReportNotOpened: a report stored before the limits existed, too
// large to lay out, is not opened (the window would freeze); the window says why
// and how to export or delete it, and stays usable.
func TestTooLargeReportNotOpened(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	huge := model.NewReport("Bài nhập từ một tệp lạ")
	for i := range model.MaxBlocks + 500 {
		huge.Body = append(huge.Body, model.Paragraph("Đoạn "+strconv.Itoa(i)))
	}
	lib.CreateReport(context.Background(), huge)
	small := model.NewReport("Hội nghị tổng kết")
	small.Body = []model.Block{model.Paragraph("Sáng nay…")}
	lib.CreateReport(context.Background(), small)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	m.Open(huge.ID)
	eventually(t, func() bool { return m.Window.Canvas().Overlays().Top() != nil })
	if m.Editor != nil {
		t.Fatal("the window opened a report past the limits")
	}
	_, labels := overlayWidgets(t, m.Window)
	said := strings.Join(labels, " ")
	if !strings.Contains(said, "1500 khối") || !strings.Contains(said, "newsdesk delete "+strconv.FormatInt(huge.ID, 10)) {
		t.Errorf("the window said %q; want the limit and how to delete the report", said)
	}
	m.Open(small.ID)
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == small.ID })
}

// TestAboutNamesTheLog: the About dialog says where the log is, to send along
// when reporting a problem.
func TestAboutNamesTheLog(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, LogPath: "/home/ha/.local/share/newsdesk/newsdesk.log"}, "library.sqlite")
	m.ShowAbout()
	_, labels := overlayWidgets(t, m.Window)
	if !strings.Contains(strings.Join(labels, " "), "/home/ha/.local/share/newsdesk/newsdesk.log") {
		t.Errorf("About says %q, want the log's path", labels)
	}
}
