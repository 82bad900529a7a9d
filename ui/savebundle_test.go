package ui_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// TestSaveBundle: the open report's review bundle is written where the user
// chose, with progress, and the window says where and how large.
func TestSaveBundle(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := test.NewTempApp(t)
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
		SaveBundle: func(ctx context.Context, id int64, path string, printPhotos bool, progress func(done, total int)) error {
			for i := 1; i <= 3; i++ {
				progress(i, 3)
			}
			mu.Lock()
			got.id, got.print, got.steps = id, printPhotos, 3
			mu.Unlock()
			return os.WriteFile(path, make([]byte, 3<<20), 0o644)
		}}
	m := ui.NewMainWindow(a, svc, "library.sqlite")
	var said informs
	m.Inform = said.add
	eventually(t, func() bool { return m.Editor != nil })
	path := filepath.Join(t.TempDir(), "hoi-nghi-tong-ket.zip")
	m.SaveBundleTo(r.ID, path, true)
	eventually(t, func() bool {
		return strings.Contains(said.all(), "Đã lưu gói duyệt: hoi-nghi-tong-ket.zip (3.0 MB).")
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
	a := test.NewTempApp(t)
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
	eventually(t, func() bool { return m.Editor != nil })
	time.Sleep(200 * time.Millisecond) // the first load ends
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
	time.Sleep(1500 * time.Millisecond) // an autosave would have run by now
	if n := len(lib.reports); n != 1 {
		t.Errorf("%d reports, want 1: no copy split off", n)
	}
	closeEditor(t, m)
}

// TestSaveBundleFailedLeavesNoEmptyFile: the save dialog makes the file before
// the bundle is written; when writing fails, the empty file goes.
func TestSaveBundleFailedLeavesNoEmptyFile(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := test.NewTempApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	lib.CreateReport(nil, r)
	path := filepath.Join(t.TempDir(), "goi.zip")
	os.WriteFile(path, nil, 0o644) // as the save dialog leaves it
	svc := ui.Services{Reports: lib, Photos: lib,
		SaveBundle: func(ctx context.Context, id int64, p string, printPhotos bool, progress func(done, total int)) error {
			return &model.Error{Code: model.EINVALID, Message: "Ổ đĩa đầy."}
		}}
	m := ui.NewMainWindow(a, svc, "library.sqlite")
	var said informs
	m.Inform = said.add
	eventually(t, func() bool { return m.Editor != nil })
	m.SaveBundleTo(r.ID, path, false)
	eventually(t, func() bool { return strings.Contains(said.all(), "Ổ đĩa đầy.") })
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the empty file is still there (%v)", err)
	}
}
