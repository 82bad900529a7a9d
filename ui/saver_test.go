package ui

import (
	"context"
	"sync"
	"testing"
	"time"

	"newsdesk/model"
)

// recorder is a report service that records what the saver writes.
type recorder struct {
	model.ReportService
	mu    sync.Mutex
	saved []string
}

func (r *recorder) UpdateReport(ctx context.Context, rep *model.Report, kind model.SaveKind) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.saved = append(r.saved, rep.Headline)
	rep.Rev = model.NewRev()
	return nil
}

// TestSaverCloseOnBusyUIThread: the real driver runs the saver's snapshot requests
// on the one UI thread, which is the thread that closes the editor. Closing with
// unsaved typing, while a save waits for that thread, must not freeze the window,
// and the last text must be written.
func TestSaverCloseOnBusyUIThread(t *testing.T) {
	var ui sync.Mutex // held while the "UI thread" is busy
	queue := make(chan func(), 16)
	go func() {
		for fn := range queue {
			ui.Lock()
			fn()
			ui.Unlock()
		}
	}()
	defer close(queue)
	run := func(fn func()) { queue <- fn }

	text := "Hội nghị"
	lib := &recorder{}
	s := newSaver(lib, "r1", run, func() *model.Report { return &model.Report{Headline: text} }, nil)

	// The UI thread is busy (it is about to close the editor) when a save comes due.
	ui.Lock()
	text = "Hội nghị tổng kết"
	s.changed(true)
	time.Sleep(100 * time.Millisecond) // the saver is now waiting for the UI thread
	text = "Hội nghị tổng kết công tác năm 2025"
	closed := make(chan struct{})
	go func() { s.close(); close(closed) }() // what the UI thread does, still holding it
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("closing the editor froze: the saver waits for the UI thread that waits for it")
	}
	ui.Unlock()

	lib.mu.Lock()
	defer lib.mu.Unlock()
	if n := len(lib.saved); n == 0 || lib.saved[n-1] != "Hội nghị tổng kết công tác năm 2025" {
		t.Errorf("saved %q, want the text as it was at close last", lib.saved)
	}
}

// TestSaverWhenSaved: work that reads the report from the library (an export, a
// print) waits until what was typed before it asked is written, and not longer
// than that; with nothing unsaved it goes at once.
func TestSaverWhenSaved(t *testing.T) {
	var mu sync.Mutex
	text := "Hội nghị"
	lib := &recorder{}
	run := func(fn func()) { go fn() }
	s := newSaver(lib, "r1", run, func() *model.Report { mu.Lock(); defer mu.Unlock(); return &model.Report{Headline: text} }, nil)
	defer s.close()

	select {
	case <-s.whenSaved():
	default:
		t.Error("nothing unsaved, yet whenSaved waits")
	}
	mu.Lock()
	text = "Hội nghị tổng kết năm 2025"
	mu.Unlock()
	s.changed(false) // an autosave would come only after a pause
	saved := s.whenSaved()
	s.changed(true)
	select {
	case <-saved:
	case <-time.After(10 * time.Second):
		t.Fatal("whenSaved never said the change was written")
	}
	lib.mu.Lock()
	defer lib.mu.Unlock()
	if n := len(lib.saved); n == 0 || lib.saved[n-1] != "Hội nghị tổng kết năm 2025" {
		t.Errorf("when said saved, the library had %q", lib.saved)
	}
}
