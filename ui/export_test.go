package ui_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"newsdesk/model"
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
		Print: func(ctx context.Context, path string) (string, error) {
			f.mu.Lock()
			f.printed = append(f.printed, path)
			f.mu.Unlock()
			return "Văn phòng", printErr
		},
		TempDir: func() (string, error) { return t.TempDir(), nil },
	}
}

func TestPrintReport(t *testing.T) {
	test.NewTempApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(test.NewTempApp(t), ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	eventually(t, func() bool { return m.Editor != nil })
	m.PrintReport()
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.printed) == 1 })
	if len(f.jobs) != 1 || len(f.jobs[0].IDs) != 1 || f.jobs[0].IDs[0] != r.ID || f.jobs[0].Title != "" {
		t.Fatalf("jobs %+v; want the open report alone", f.jobs)
	}
	if f.printed[0] != f.jobs[0].Path || filepath.Base(f.printed[0]) != "hoi-nghi-tong-ket-cong-tac-nam-2025.pdf" {
		t.Errorf("printed %q, made %q", f.printed[0], f.jobs[0].Path)
	}
}

func TestPrintRefusesAnIncompleteReport(t *testing.T) {
	test.NewTempApp(t)
	lib := newLibrary()
	r := model.NewReport("") // no headline yet
	lib.CreateReport(nil, r)
	f := &fakePrinting{}
	m := ui.NewMainWindow(test.NewTempApp(t), ui.Services{Reports: lib, Photos: lib, Printing: f.printing(t, nil)}, "library.sqlite")
	eventually(t, func() bool { return m.Editor != nil })
	m.PrintReport()
	if len(f.jobs) != 0 {
		t.Errorf("a report without a headline was printed")
	}
}
