package ui_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// fakeDialogs stands in for the system's file dialogs: each call says what it
// was asked, then waits for the test's answer, as the real dialog waits for the
// person.
type fakeDialogs struct {
	asked   chan dialogAsk
	answers chan dialogAnswer
}

type dialogAsk struct {
	kind, title, filter, name string
	exts                      []string
}

type dialogAnswer struct {
	path string
	err  error
}

func newFakeDialogs() *fakeDialogs {
	return &fakeDialogs{asked: make(chan dialogAsk, 1), answers: make(chan dialogAnswer, 1)}
}

func (f *fakeDialogs) OpenFile(title, filter string, exts []string) (string, error) {
	f.asked <- dialogAsk{kind: "open", title: title, filter: filter, exts: exts}
	a := <-f.answers
	return a.path, a.err
}

func (f *fakeDialogs) SaveFile(title, name, filter string, exts []string) (string, error) {
	f.asked <- dialogAsk{kind: "save", title: title, filter: filter, name: name, exts: exts}
	a := <-f.answers
	return a.path, a.err
}

func (f *fakeDialogs) OpenFolder(title string) (string, error) {
	f.asked <- dialogAsk{kind: "folder", title: title}
	a := <-f.answers
	return a.path, a.err
}

// asked waits for the fake dialog to be opened, running window updates meanwhile.
func asked(t *testing.T, f *fakeDialogs, what string) dialogAsk {
	t.Helper()
	for end := time.Now().Add(15 * time.Second); time.Now().Before(end); {
		settle()
		select {
		case a := <-f.asked:
			settle()
			return a
		case <-time.After(5 * time.Millisecond):
		}
	}
	t.Fatal(what)
	return dialogAsk{}
}

// TestSystemDialogsUsed: where the system has its own file dialogs (Windows),
// opening a bundle and saving a PDF go through them: the window waits with a
// note saying where to answer, a cancel does nothing, a dialog's error is said,
// a system without a dialog of its own gets the toolkit's,
// and a name typed without ".pdf" gets it — asking first when that file exists.
func TestSystemDialogsUsed(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Normalize()
	lib.CreateReport(nil, r)
	var mu sync.Mutex
	var bundles []string
	sys := newFakeDialogs()
	f := &fakePrinting{}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil), FileDialogs: sys,
		OpenBundle: func(_ context.Context, path string) (*model.ImportResult, error) {
			mu.Lock()
			bundles = append(bundles, path)
			mu.Unlock()
			return nil, errors.New("stop here")
		}}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	overlays := m.Window.Canvas().Overlays()
	clear := func() {
		for overlays.Top() != nil {
			overlays.Remove(overlays.Top())
		}
	}

	// Open a bundle: asked with the bundle's title and files; the window waits.
	m.ShowOpenBundle()
	ask := asked(t, sys, "the system's open dialog")
	if ask.kind != "open" || ask.title != "Mở gói bài" || len(ask.exts) != 1 || ask.exts[0] != ".zip" {
		t.Errorf("asked %+v, want the open dialog for .zip bundles titled «Mở gói bài»", ask)
	}
	settle()
	if _, labels := overlayWidgets(t, m.Window); !strings.Contains(strings.Join(labels, " "), "Hộp chọn tệp đang mở") {
		t.Errorf("while the dialog is open the window says %q, want where to answer", labels)
	}
	sys.answers <- dialogAnswer{path: `C:\Users\Hà\Tải về\hoi-nghi.newsdesk.zip`}
	eventually(t, func() bool { mu.Lock(); defer mu.Unlock(); return len(bundles) == 1 })
	if bundles[0] != `C:\Users\Hà\Tải về\hoi-nghi.newsdesk.zip` {
		t.Errorf("opened %q, want the path chosen", bundles[0])
	}
	clear()

	// A cancel: nothing opened, nothing left over the window.
	m.ShowOpenBundle()
	asked(t, sys, "the system's open dialog")
	sys.answers <- dialogAnswer{}
	eventually(t, func() bool { return overlays.Top() == nil })
	mu.Lock()
	if len(bundles) != 1 {
		t.Errorf("a cancelled dialog opened %q", bundles[1:])
	}
	mu.Unlock()

	// A dialog's error is said in words.
	m.ShowOpenBundle()
	asked(t, sys, "the system's open dialog")
	sys.answers <- dialogAnswer{err: errors.New("CommDlgExtendedError: 0x3002")}
	eventually(t, func() bool {
		_, labels := overlayWidgets(t, m.Window)
		return strings.Contains(strings.Join(labels, " "), "gõ đường dẫn đầy đủ")
	})
	_, labels := overlayWidgets(t, m.Window)
	if strings.Contains(strings.Join(labels, " "), "CommDlg") {
		t.Errorf("the dialog's own error text was shown: %q", labels)
	}
	clear()

	// A desktop with no dialog of its own (no portal): the toolkit's dialog
	// opens instead, and nothing is said about an error.
	m.ShowOpenBundle()
	asked(t, sys, "the system's open dialog")
	sys.answers <- dialogAnswer{err: model.Errorf(model.ENOTFOUND, "sysdialog.none")}
	eventually(t, func() bool {
		buttons, _ := overlayWidgets(t, m.Window)
		for _, b := range buttons {
			if b.Text == "Mở" || b.Text == "Open" { // the toolkit's own words
				return true
			}
		}
		return false
	})
	if _, labels := overlayWidgets(t, m.Window); strings.Contains(strings.Join(labels, " "), "gõ đường dẫn đầy đủ") {
		t.Errorf("a missing system dialog was said as an error: %q", labels)
	}
	clear()

	// Save a PDF typed as "bao-cao" in a folder that has no bao-cao.pdf: saved
	// as bao-cao.pdf straight away.
	dir := t.TempDir()
	m.ExportPDF()
	ask = asked(t, sys, "the system's save dialog")
	if ask.kind != "save" || ask.title != "Lưu PDF" || !strings.HasSuffix(ask.name, ".pdf") || ask.exts[0] != ".pdf" {
		t.Errorf("asked %+v, want the save dialog for a PDF with the report's name", ask)
	}
	sys.answers <- dialogAnswer{path: filepath.Join(dir, "bao-cao")}
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.jobs) == 1 })
	if got := f.jobs[0].Path; got != filepath.Join(dir, "bao-cao.pdf") {
		t.Errorf("saved at %q, want bao-cao.pdf", got)
	}
	clear()

	// Typed again: bao-cao.pdf is there now, and the system asked only about
	// "bao-cao": the window asks before replacing it.
	m.ExportPDF()
	asked(t, sys, "the system's save dialog")
	sys.answers <- dialogAnswer{path: filepath.Join(dir, "bao-cao")}
	eventually(t, func() bool {
		_, labels := overlayWidgets(t, m.Window)
		return strings.Contains(strings.Join(labels, " "), "Vẫn thay thế")
	})
	f.mu.Lock()
	early := len(f.jobs)
	f.mu.Unlock()
	if early != 1 {
		t.Fatal("replaced an existing PDF without asking")
	}
	tapButton(t, overlays.Top(), "Thay thế")
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.jobs) == 2 })
	if _, err := os.Stat(filepath.Join(dir, "bao-cao")); err == nil {
		t.Error("a file without the extension was written")
	}
}
