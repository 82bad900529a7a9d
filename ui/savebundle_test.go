package ui_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// TestSaveBundle: the open report's review bundle is written where the user
// chose, with progress, and the window says where and how large.
func TestSaveBundle(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	lib.CreateReport(nil, r)
	var mu sync.Mutex
	var got struct {
		id    int64
		print bool
		steps int
	}
	svc := ui.Services{Reports: lib, Photos: lib,
		SaveBundle: func(ctx context.Context, job ui.BundleJob, progress func(done, total int)) error {
			for i := 1; i <= 3; i++ {
				progress(i, 3)
			}
			mu.Lock()
			got.id, got.print, got.steps = job.ID, job.PrintPhotos, 3
			mu.Unlock()
			return os.WriteFile(job.Path, make([]byte, 3<<20), 0o644)
		}}
	m := ui.NewMainWindow(a, svc, "library.sqlite")
	var said informs
	m.Inform = said.add
	opened(t, m)
	path := filepath.Join(t.TempDir(), "hoi-nghi-tong-ket.zip")
	m.SaveBundleTo(ui.BundleJob{ID: r.ID, Path: path, PrintPhotos: true})
	eventually(t, func() bool {
		return strings.Contains(said.all(), "Đã lưu gói duyệt: hoi-nghi-tong-ket.zip (3.0 MB), trong thư mục "+filepath.Dir(path)+".")
	})
	mu.Lock()
	defer mu.Unlock()
	if got.id != r.ID || !got.print || got.steps != 3 {
		t.Errorf("saved %+v, want the open report with print-size photos", got)
	}
}

// TestBundleForTheOpenReport: a bundle bringing a new version of the report being
// edited comes in after the editor saved what was typed, and the report opens
// again with it: no linked copy made by a save that found the library changed.
func TestBundleForTheOpenReport(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	lib.CreateReport(nil, r)
	var savedFirst string
	svc := ui.Services{Reports: lib, Photos: lib,
		OpenBundle: func(ctx context.Context, path string) (*model.ImportResult, error) {
			cur := lib.stored(r.ID)
			savedFirst = cur.Headline
			cur.Lead = "Lời dẫn từ gói."
			if err := lib.UpdateReport(ctx, cur, model.SaveExplicit); err != nil {
				return nil, err
			}
			return &model.ImportResult{ReportID: r.ID, Outcome: model.ImportUpdated}, nil
		}}
	m := ui.NewMainWindow(a, svc, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	settleFor(200 * time.Millisecond) // the first load ends
	e := m.Editor
	e.Headline.SetText("")
	test.Type(e.Headline, "Hội nghị tổng kết năm 2025")
	m.OpenBundle("/tmp/goi.zip")
	eventually(t, func() bool {
		return m.Editor != nil && m.Editor != e && m.Editor.Report().Lead == "Lời dẫn từ gói."
	})
	if savedFirst != "Hội nghị tổng kết năm 2025" {
		t.Errorf("the import found %q, want the typing saved first", savedFirst)
	}
	settleFor(1500 * time.Millisecond) // an autosave would have run by now
	if n := len(lib.reports); n != 1 {
		t.Errorf("%d reports, want 1: no copy split off", n)
	}
	closeEditor(t, m)
}

// saveInDialog types name into the file save dialog on top of w and presses its
// save button, as a person does.
func saveInDialog(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	var entry *widget.Entry
	var save *widget.Button
	for _, top := range w.Canvas().Overlays().List() {
		for _, o := range objectsIn(top) {
			switch o := o.(type) {
			case *widget.Entry:
				if entry == nil {
					entry = o
				}
			case *widget.Button:
				if o.Importance == widget.HighImportance {
					save = o
				}
			}
		}
	}
	if entry == nil || save == nil {
		t.Fatal("no save dialog with a file name and a save button")
	}
	entry.SetText(name)
	test.Tap(save)
}

// TestSaveDialogNeverTouchesTheLibrary: choosing the library's own file in the
// save dialog (PDF or bundle) leaves it byte for byte as it was and says why.
// Fyne's dialog alone would have emptied it before Newsdesk saw the name.
func TestSaveDialogNeverTouchesTheLibrary(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, what := range []string{"pdf", "bundle"} {
		t.Run(what, func(t *testing.T) {
			a := newApp(t)
			dir := t.TempDir()
			libPath := filepath.Join(dir, "library.sqlite")
			libBytes := []byte("SQLite format 3\x00 a year of reports")
			os.WriteFile(libPath, libBytes, 0o644)
			a.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
			lib := newLibrary()
			r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
			r.Normalize()
			lib.CreateReport(nil, r)
			f := &fakePrinting{}
			saved := 0
			svc := ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil),
				SaveBundle: func(ctx context.Context, job ui.BundleJob, progress func(done, total int)) error {
					saved++
					return nil
				}}
			m := ui.NewMainWindow(a, svc, libPath)
			var said informs
			m.Inform = said.add
			opened(t, m)
			if what == "pdf" {
				m.ExportPDF()
			} else {
				m.ShowSaveBundle()
				buttons, _ := overlayWidgets(t, m.Window)
				for _, b := range buttons {
					if b.Text == msg.T("ui.savebundle.next") {
						test.Tap(b)
					}
				}
			}
			saveInDialog(t, m.Window, "library.sqlite")
			// Fyne asks whether to overwrite the existing file: yes.
			buttons, _ := overlayWidgets(t, m.Window)
			for _, b := range buttons {
				if b.Importance == widget.HighImportance {
					test.Tap(b)
				}
			}
			eventually(t, func() bool { return strings.Contains(said.all(), "thư viện bài đang mở") })
			if got, _ := os.ReadFile(libPath); !bytes.Equal(got, libBytes) {
				t.Fatalf("the library now holds %d bytes %q", len(got), got)
			}
			if len(f.jobs) != 0 || saved != 0 {
				t.Errorf("something was written: %d PDFs, %d bundles", len(f.jobs), saved)
			}
		})
	}
}

// TestSaveDialogAsksBeforeReplacingAnotherKind: a PDF saved over a Word file
// asks first; only "Replace" writes, and then with force.
func TestSaveDialogAsksBeforeReplacingAnotherKind(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	dir := t.TempDir()
	a.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	notes := filepath.Join(dir, "ghi-chu.pdf")
	os.WriteFile(notes, []byte("ghi chú cuộc họp, không phải PDF"), 0o644)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, filepath.Join(dir, "library.sqlite"))
	m.Inform = func(string) {}
	opened(t, m)
	m.ExportPDF()
	saveInDialog(t, m.Window, "ghi-chu.pdf")
	tapIn := func(text string) {
		t.Helper()
		buttons, labels := overlayWidgets(t, m.Window)
		for _, b := range buttons {
			if b.Text == text || (text == "" && b.Importance == widget.HighImportance) {
				test.Tap(b)
				return
			}
		}
		t.Fatalf("no button %q among %d; labels %q", text, len(buttons), labels)
	}
	tapIn("") // Fyne's own "overwrite?"
	_, labels := overlayWidgets(t, m.Window)
	if !strings.Contains(strings.Join(labels, " "), "không phải một tệp PDF") {
		t.Fatalf("the question does not say what the file is: %q", labels)
	}
	if got, _ := os.ReadFile(notes); string(got) != "ghi chú cuộc họp, không phải PDF" {
		t.Fatalf("replaced before the answer: %q", got)
	}
	tapIn(msg.T("ui.save.yes"))
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.jobs) == 1 })
	if !f.jobs[0].Force || f.jobs[0].Path != notes {
		t.Errorf("job %+v, want forced at %s", f.jobs[0], notes)
	}
}
