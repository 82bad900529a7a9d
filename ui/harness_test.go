package ui_test

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The real driver runs what background work hands to fyne.Do on its one main
// goroutine, one function at a time; Fyne's test driver runs it at once on the
// goroutine that asked, beside whatever the test is doing to the same widgets.
// newApp gives the tests a driver that serialises like the real one: the test's
// goroutine is the main goroutine, and work handed over from others waits in a
// queue until the test runs it (settle, which eventually and opened call), so a
// background load never touches a widget while the test reads it.

// serialDriver is Fyne's test driver with fyne.Do queued for the main goroutine.
type serialDriver struct {
	fyne.Driver
	main uint64 // the test's goroutine

	mu    sync.Mutex
	queue []func()
}

func (d *serialDriver) DoFromGoroutine(f func(), wait bool) {
	if goid() == d.main {
		f() // already on the main goroutine
		return
	}
	if !wait {
		d.mu.Lock()
		d.queue = append(d.queue, f)
		d.mu.Unlock()
		return
	}
	done := make(chan struct{})
	d.mu.Lock()
	d.queue = append(d.queue, func() { defer close(done); f() })
	d.mu.Unlock()
	<-done
}

// run runs what waits in the queue, and what that queues in turn, on the
// calling (main) goroutine.
func (d *serialDriver) run() {
	for {
		d.mu.Lock()
		q := d.queue
		d.queue = nil
		d.mu.Unlock()
		if len(q) == 0 {
			return
		}
		for _, f := range q {
			f()
		}
	}
}

// quiet runs queued work until none has come for the given pause, or until
// limit has passed.
func (d *serialDriver) quiet(pause, limit time.Duration) {
	end := time.Now().Add(limit)
	last := time.Now()
	for time.Now().Before(end) && time.Since(last) < pause {
		d.mu.Lock()
		n := len(d.queue)
		d.mu.Unlock()
		if n > 0 {
			d.run()
			last = time.Now()
		}
		time.Sleep(2 * time.Millisecond)
	}
	d.run()
}

type serialApp struct {
	fyne.App
	driver *serialDriver
}

func (a *serialApp) Driver() fyne.Driver { return a.driver }

var (
	driverMu sync.Mutex
	current  *serialDriver
)

// newApp returns a test app whose fyne.Do works as the real driver's does (see
// serialDriver); the test's goroutine is its main goroutine.
func newApp(t testing.TB) fyne.App {
	// Registered first, so run last, after the test app's own clean-up made a
	// fresh (inline) app current: a finished test's background work that is still
	// going must not touch its widgets from its own goroutine. What it hands to
	// fyne.Do from then on waits for no one.
	t.Cleanup(func() {
		after := fyne.CurrentApp()
		fyne.SetCurrentApp(&serialApp{App: after, driver: &serialDriver{Driver: after.Driver()}})
	})
	base := test.NewTempApp(t)
	d := &serialDriver{Driver: base.Driver(), main: goid()}
	a := &serialApp{App: base, driver: d}
	fyne.SetCurrentApp(a)
	driverMu.Lock()
	current = d
	driverMu.Unlock()
	t.Cleanup(func() {
		// Background work the test started (a list still loading, a save) ends
		// here, not during the next test's start: run its updates until none has
		// come for a while.
		d.quiet(30*time.Millisecond, 2*time.Second)
		driverMu.Lock()
		if current == d {
			current = nil
		}
		driverMu.Unlock()
	})
	return a
}

// settle runs, on the test's goroutine, the window updates background work has
// handed over so far.
func settle() {
	driverMu.Lock()
	d := current
	driverMu.Unlock()
	if d != nil {
		d.run()
	}
}

// settleFor lets background work go on for a while, running its window updates
// as they come.
func settleFor(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		settle()
	}
	settle()
}

// settleQuiet runs window updates as they come until none has come for a
// while: the background work a step started has finished.
func settleQuiet() {
	driverMu.Lock()
	d := current
	driverMu.Unlock()
	if d != nil {
		d.quiet(30*time.Millisecond, 2*time.Second)
	}
}

// goid is the calling goroutine's number, read from its stack header
// ("goroutine 18 [running]:"): tests only.
func goid() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	n, _ := strconv.ParseUint(string(b[:bytes.IndexByte(b, ' ')]), 10, 64)
	return n
}

// waitFor waits for done to close, running window updates meanwhile; it fails the
// test with what after 15 s.
func waitFor(t testing.TB, done <-chan struct{}, what string) {
	t.Helper()
	for end := time.Now().Add(15 * time.Second); ; {
		settle()
		select {
		case <-done:
			settle()
			return
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(end) {
			t.Fatal(what)
		}
	}
}
