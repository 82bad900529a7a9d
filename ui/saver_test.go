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

// TestSaverSaveNow: work that reads the report from the library (an export, a
// print) waits until what was typed before it asked is written, however quickly
// the saver's loop takes the change.
func TestSaverSaveNow(t *testing.T) {
	for i := 0; i < 50; i++ {
		var mu sync.Mutex
		text := "Hội nghị"
		lib := &recorder{}
		run := func(fn func()) { go fn() }
		s := newSaver(lib, "r1", run, func() *model.Report { mu.Lock(); defer mu.Unlock(); return &model.Report{Headline: text} }, nil)
		mu.Lock()
		text = "Hội nghị tổng kết năm 2025"
		mu.Unlock()
		s.changed(false) // an autosave would come only after a pause
		select {
		case <-s.saveNow():
		case <-time.After(10 * time.Second):
			t.Fatal("saveNow never said the change was written")
		}
		lib.mu.Lock()
		n := len(lib.saved)
		last := ""
		if n > 0 {
			last = lib.saved[n-1]
		}
		lib.mu.Unlock()
		if last != "Hội nghị tổng kết năm 2025" {
			t.Fatalf("run %d: when said saved, the library had %q", i, last)
		}
		s.close()
	}
}
