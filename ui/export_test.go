package ui_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// fakePrinting records what the window asks of the PDF side.
type fakePrinting struct {
	mu      sync.Mutex
	jobs    []ui.PDFJob
	printed []string
}

func (f *fakePrinting) printing(t *testing.T, printErr error) *ui.Printing {
	return &ui.Printing{
		WritePDF: func(ctx context.Context, job ui.PDFJob, progress func(int, int)) error {
			progress(1, 1)
			f.mu.Lock()
			f.jobs = append(f.jobs, job)
			f.mu.Unlock()
			return os.WriteFile(job.Path, []byte("%PDF-1.4"), 0o644)
		},
		Print: func(ctx context.Context, job ui.PDFJob, name string, progress func(int, int)) (string, error) {
			job.Path = filepath.Join(t.TempDir(), name)
			progress(1, 1)
			f.mu.Lock()
			f.jobs = append(f.jobs, job)
			f.printed = append(f.printed, job.Path)
			f.mu.Unlock()
			return "Văn phòng", printErr
		},
	}
}

func TestPrintReport(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(newApp(t), ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	opened(t, m)
	m.PrintReport()
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.printed) == 1 })
	if len(f.jobs) != 1 || len(f.jobs[0].IDs) != 1 || f.jobs[0].IDs[0] != r.ID || f.jobs[0].Title != "" {
		t.Fatalf("jobs %+v; want the open report alone", f.jobs)
	}
	if filepath.Base(f.printed[0]) != "hoi-nghi-tong-ket-cong-tac-nam-2025.pdf" {
		t.Errorf("printed %q, want it named for the headline", f.printed[0])
	}
}

func TestPrintRefusesAnIncompleteReport(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	r := model.NewReport("") // no headline yet
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(newApp(t), ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	opened(t, m)
	m.PrintReport()
	if len(f.jobs) != 0 {
		t.Errorf("a report without a headline was printed")
	}
}

func TestHistoryRestore(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	r := model.NewReport("Tiêu đề đầu tiên")
	lib.CreateReport(nil, r)
	m := ui.NewMainWindow(newApp(t), ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	opened(t, m)
	m.Editor.SaveNow() // revision 1: the first headline
	eventually(t, func() bool { revs, _ := lib.FindRevisions(nil, r.ID); return len(revs) == 1 })
	m.Editor.Headline.SetText("")
	test.Type(m.Editor.Headline, "Tiêu đề sửa lại")
	m.Editor.SaveNow()
	eventually(t, func() bool { return lib.stored(r.ID).Headline == "Tiêu đề sửa lại" })
	revs, _ := lib.FindRevisions(nil, r.ID)
	first := revs[len(revs)-1]
	m.Restore(first.ID)
	eventually(t, func() bool {
		return lib.stored(r.ID).Headline == "Tiêu đề đầu tiên" && m.Editor != nil && m.Editor.Headline.Text() == "Tiêu đề đầu tiên"
	})
	// What was replaced is kept as a revision of its own.
	found := false
	revs, _ = lib.FindRevisions(nil, r.ID)
	for _, rv := range revs {
		full, _ := lib.FindRevisionByID(nil, rv.ID)
		found = found || full.Report.Headline == "Tiêu đề sửa lại"
	}
	if !found {
		t.Error("the content replaced by the restore is not in the history")
	}
}

// TestFileSlugEndsAtAWord: a long headline's suggested file name ends at a word.
func TestFileSlugEndsAtAWord(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	r := model.NewReport("Xây dựng nền công vụ chuyên nghiệp, bảo đảm chính quyền địa phương hai cấp vận hành thông suốt")
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(newApp(t), ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	opened(t, m)
	m.PrintReport()
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.printed) == 1 })
	if got := filepath.Base(f.printed[0]); got != "xay-dung-nen-cong-vu-chuyen-nghiep-bao-dam-chinh-quyen-dia.pdf" {
		t.Errorf("suggested %q, want it cut at a word", got)
	}
}

// TestBulletinPickerOrderAndNames: reports of one headline are told apart by
// number and time, and the bulletin prints the ticked reports in the order the
// arrows set.
func TestBulletinPickerOrderAndNames(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	first := addReport(lib, "Hội nghị tổng kết", model.StatusApproved)
	second := addReport(lib, "Hội nghị tổng kết", model.StatusApproved)
	third := addReport(lib, "Giao ban quý I", model.StatusApproved)
	f := &fakePrinting{}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	m.Inform = func(string) {}
	eventually(t, func() bool { return len(m.Library.Items()) == 3 })
	opened(t, m)
	listed := m.Library.Items() // newest first
	m.ShowBulletin()
	controls := func() (checks []*widget.Check, ups []*widget.Button, print *widget.Button) {
		for _, o := range objectsIn(m.Window.Canvas().Overlays().Top()) {
			switch o := o.(type) {
			case *widget.Check:
				checks = append(checks, o)
			case *widget.Button:
				if o.Icon == theme.MoveUpIcon() {
					ups = append(ups, o)
				}
				if o.Text == msg.T("ui.bulletin.print") {
					print = o
				}
			}
		}
		return
	}
	checks, ups, print := controls()
	if len(checks) != 3 || checks[1].Text == checks[2].Text || checks[0].Text == checks[1].Text {
		t.Fatalf("the rows %q cannot be told apart", []string{checks[0].Text, checks[1].Text, checks[2].Text})
	}
	test.Tap(ups[2]) // the last listed goes up one
	_, _, print = controls()
	test.Tap(print)
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.jobs) == 1 })
	want := []int64{listed[0].ID, listed[2].ID, listed[1].ID}
	if got := f.jobs[0].IDs; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("printed %v, want %v (reports %d, %d, %d)", got, want, first.ID, second.ID, third.ID)
	}
}

// TestFirstPrintAsksForTheAgency: a library that names no agency asks for it the
// first time something is printed, keeps what was typed in the settings, then
// prints; it does not ask again.
func TestFirstPrintAsksForTheAgency(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	settings := newSettings()
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Settings: settings, Printing: f.printing(t, nil)}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	m.PrintReport()
	eventually(t, func() bool { return m.Window.Canvas().Overlays().Top() != nil })
	f.mu.Lock()
	early := len(f.printed)
	f.mu.Unlock()
	if early != 0 {
		t.Fatal("printed before the agency was asked for")
	}
	focused, ok := m.Window.Canvas().Focused().(fyne.Focusable)
	if !ok {
		t.Fatal("the agency's name has no cursor")
	}
	test.Type(focused, "Cổng Thông tin điện tử thành phố Hải Đông")
	buttons, _ := overlayWidgets(t, m.Window)
	for _, b := range buttons {
		if b.Text == "Lưu và tiếp tục" {
			test.Tap(b)
		}
	}
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.printed) == 1 })
	if got, _ := settings.Setting(nil, model.SettingAgencyName); got != "Cổng Thông tin điện tử thành phố Hải Đông" {
		t.Errorf("agency name kept as %q", got)
	}
	// Asked once: the next print goes straight on.
	for m.Window.Canvas().Overlays().Top() != nil {
		m.Window.Canvas().Overlays().Remove(m.Window.Canvas().Overlays().Top())
	}
	m.PrintReport()
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.printed) == 2 })
}

// TestPrintFollowsTheCopy: Ctrl+P right after typing in a report changed
// elsewhere meanwhile: the save keeps the typing as a linked copy, and what is
// printed is that copy, with the words typed — not the other version.
func TestPrintFollowsTheCopy(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	opened(t, m)
	changeElsewhere(t, lib, r.ID)
	test.Type(m.Editor.Lead, "Sáng 8/1")
	m.PrintReport()
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.printed) == 1 })
	id := f.jobs[0].IDs[0]
	if got := lib.stored(id); id == r.ID || got.Lead != "Sáng 8/1" || got.LinkedUUID != r.UUID {
		t.Errorf("printed report %d (lead %q), want the linked copy with the words typed, not %d", id, got.Lead, r.ID)
	}
}
