package ui

import (
	"context"
	"sync"
	"time"

	"newsdesk/model"
)

// Autosave timing: while the reporter types, the report is saved at least once a
// second, and as soon as typing pauses.
const (
	saveEvery = time.Second
	savePause = 300 * time.Millisecond
)

// saver writes a report to the library in the background, so typing never waits on
// the disk. The editor tells it that something changed (cheap, on every key); when a
// save is due the saver asks the editor for a snapshot on the UI thread and writes it
// from its own goroutine. Closing (on the UI thread) takes the last snapshot there
// and waits for it to be written: the saver never waits for a UI thread that is
// waiting for it.
type saver struct {
	reports  model.ReportService
	snapshot func() *model.Report // called on the UI thread (through the run func)
	run      func(func())         // queues a func to run on the UI thread
	// onSaved hears of each save: copied when the library's report was changed
	// elsewhere and the text went to a new, linked report, r (see saveAsCopy).
	onSaved func(r *model.Report, copied bool, err error)

	mu         sync.Mutex
	dirty      bool
	explicit   bool
	firstDirty time.Time
	lastChange time.Time
	rev        string        // the Rev the library holds, which the next save replaces
	final      *model.Report // the snapshot close took, for the saves that follow it
	// copy is, after a save made a linked copy, the copy's identity (its
	// LinkedUUID the report the editor held, copyFromID that report's ID): a
	// snapshot taken before the editor heard of the copy still names the first,
	// and goes to the copy.
	copy       *model.Report
	copyFromID int64
	// waiters are closed once a save has written the changes made before they
	// asked (saveNow).
	waiters []chan struct{}

	kick chan struct{}
	done chan struct{}
	idle chan struct{} // closed when the loop has ended
}

func newSaver(reports model.ReportService, rev string, run func(func()), snapshot func() *model.Report, onSaved func(*model.Report, bool, error)) *saver {
	s := &saver{reports: reports, rev: rev, run: run, snapshot: snapshot, onSaved: onSaved,
		kick: make(chan struct{}, 1), done: make(chan struct{}), idle: make(chan struct{})}
	go s.loop()
	return s
}

// changed records that the report changed; explicit asks for a save now that keeps a
// revision (Ctrl+S).
func (s *saver) changed(explicit bool) {
	s.mu.Lock()
	now := time.Now()
	if !s.dirty {
		s.firstDirty = now
	}
	s.dirty = true
	s.lastChange = now
	s.explicit = s.explicit || explicit
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// saveNow is changed(true) that also returns a channel closed once that save is
// written (or failed, which the editor shows): work that reads the report from the
// library — a PDF, a Word file, a print — waits on it in the background, never on
// the UI thread. The waiter is recorded with the change, under one lock, so the
// save that takes the change also closes it.
func (s *saver) saveNow() <-chan struct{} {
	ch := make(chan struct{})
	s.mu.Lock()
	select {
	case <-s.idle:
		s.mu.Unlock()
		close(ch) // stopped: everything was written
		return ch
	default:
	}
	now := time.Now()
	if !s.dirty {
		s.firstDirty = now
	}
	s.dirty, s.explicit, s.lastChange = true, true, now
	s.waiters = append(s.waiters, ch)
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
	return ch
}

// close saves what is unsaved and stops the saver; it waits for the last save. It
// runs on the UI thread, so it takes the last snapshot itself.
func (s *saver) close() {
	select {
	case <-s.done:
		<-s.idle
	default:
		s.closeWith(s.snapshot())
	}
}

// closeWith is close with the last snapshot already taken on the UI thread, so it
// may run on another goroutine.
func (s *saver) closeWith(final *model.Report) {
	select {
	case <-s.done:
	default:
		s.mu.Lock()
		s.final = final
		s.mu.Unlock()
		close(s.done)
	}
	<-s.idle
}

// due says how long until the next save, and whether one is needed at all.
func (s *saver) due(now time.Time) (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.dirty {
		return 0, false
	}
	if s.explicit {
		return 0, true
	}
	at := s.firstDirty.Add(saveEvery)
	if pause := s.lastChange.Add(savePause); pause.Before(at) {
		at = pause
	}
	return at.Sub(now), true
}

func (s *saver) loop() {
	defer func() {
		// Under the lock, so that no waiter joins once these are closed.
		s.mu.Lock()
		for _, ch := range s.waiters {
			close(ch) // nothing more will be written
		}
		s.waiters = nil
		close(s.idle)
		s.mu.Unlock()
	}()
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		wait, needed := s.due(time.Now())
		if needed && wait <= 0 {
			s.save()
			continue
		}
		if needed {
			timer.Reset(wait)
		}
		select {
		case <-s.kick:
		case <-timer.C:
		case <-s.done:
			if _, needed := s.due(time.Now()); needed {
				s.save()
			}
			return
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
	}
}

// save takes a snapshot on the UI thread and writes it.
func (s *saver) save() {
	s.mu.Lock()
	// The snapshot is taken after this: it holds what changed before they asked.
	waiting := s.waiters
	s.waiters = nil
	defer func() {
		for _, ch := range waiting {
			close(ch)
		}
	}()
	kind := model.SaveAuto
	if s.explicit {
		kind = model.SaveExplicit
	}
	s.dirty, s.explicit = false, false
	rev := s.rev
	s.mu.Unlock()

	r := s.takeSnapshot()
	if r == nil {
		return
	}
	s.mu.Lock()
	if s.copy != nil && r.UUID == s.copy.LinkedUUID {
		r.ID, r.UUID, r.LinkedUUID = s.copy.ID, s.copy.UUID, s.copy.LinkedUUID
	}
	s.mu.Unlock()
	r.Rev = rev
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := s.reports.UpdateReport(ctx, r, kind)
	copied := model.ErrorCode(err) == model.ECONFLICT
	if copied {
		err = s.saveAsCopy(ctx, r)
	}
	s.mu.Lock()
	if err == nil {
		s.rev = r.Rev
	} else if !s.dirty {
		// Try again shortly (the library may be busy); the editor shows the error.
		s.dirty, s.firstDirty, s.lastChange = true, time.Now(), time.Now()
		s.explicit = s.explicit || kind == model.SaveExplicit
	}
	s.mu.Unlock()
	if s.onSaved != nil {
		s.onSaved(r, copied, err)
	}
}

// saveAsCopy keeps the reporter's text when the library's copy was changed
// elsewhere (another window or process): r becomes a new report, linked to the
// first, and nothing is overwritten or lost. It runs on the saver's goroutine,
// so the window never waits for the disk, and the next save waits for it.
func (s *saver) saveAsCopy(ctx context.Context, r *model.Report) error {
	firstID := r.ID
	r.LinkedUUID, r.UUID, r.ID, r.Rev, r.BaseRev = r.UUID, model.NewUUID(), 0, "", ""
	if err := s.reports.CreateReport(ctx, r); err != nil {
		return err
	}
	s.mu.Lock()
	s.copy, s.copyFromID = &model.Report{ID: r.ID, UUID: r.UUID, LinkedUUID: r.LinkedUUID}, firstID
	s.mu.Unlock()
	return nil
}

// savedAs returns the report the typing of report id is saved in: the linked
// copy a save made when id was changed elsewhere, else id. Work that waited for
// a save reads that one (see runJob).
func (s *saver) savedAs(id int64) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.copy != nil && s.copyFromID == id {
		return s.copy.ID
	}
	return id
}

// takeSnapshot asks the UI thread for a snapshot; once the editor is closing (the
// UI thread is then waiting in close), the one close took.
func (s *saver) takeSnapshot() *model.Report {
	ch := make(chan *model.Report, 1)
	select {
	case <-s.done:
	default:
		s.run(func() { ch <- s.snapshot() })
	}
	select {
	case r := <-ch:
		return r
	case <-s.done:
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.final.Clone()
	}
}
