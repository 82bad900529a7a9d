package ui_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// slowReports is the library on a disk that hangs: report slowID, once read,
// is handed over only when gate is closed.
type slowReports struct {
	*library
	slowID atomic.Int64
	gate   chan struct{}
}

func (s *slowReports) FindReportByID(ctx context.Context, id int64) (*model.Report, error) {
	r, err := s.library.FindReportByID(ctx, id)
	if id == s.slowID.Load() {
		<-s.gate
	}
	return r, err
}

// timed runs fn and fails the test when it held the window more than a second.
func timed(t *testing.T, what string, fn func()) {
	t.Helper()
	start := time.Now()
	fn()
	if took := time.Since(start); took > time.Second {
		t.Errorf("%s held the window %v, want it back at once", what, took)
	}
}

func hasBusyBar(w fyne.Window) bool {
	found := false
	walk(w.Content(), func(o fyne.CanvasObject) {
		if _, ok := o.(*widget.ProgressBarInfinite); ok && o.Visible() {
			found = true
		}
	})
	return found
}

// TestOpenReadsInBackground: on a disk that hangs, opening a report gives the
// window back at once; the report that was open stays in sight, read-only,
// under a progress bar, and the one asked for arrives once read.
func TestOpenReadsInBackground(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	older := addReport(lib, "Giao ban quý I", model.StatusDraft)
	addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	slow := &slowReports{library: lib, gate: make(chan struct{})}
	m := ui.NewMainWindow(a, ui.Services{Reports: slow, Photos: lib}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	before := m.Editor
	slow.slowID.Store(older.ID)
	go func() { time.Sleep(5 * time.Second); closeOnce(slow.gate) }() // a test that fails still ends

	timed(t, "opening a report on a slow disk", func() { m.Open(older.ID) })
	settleFor(100 * time.Millisecond)
	if m.Editor != nil || !hasBusyBar(m.Window) {
		t.Fatalf("while the report is read: editor %v, progress shown %v; want none open and a progress bar", m.Editor != nil, hasBusyBar(m.Window))
	}
	was := before.Headline.Text()
	test.Type(before.Headline, "gõ thêm")
	if got := before.Headline.Text(); got != was {
		t.Errorf("the report being left took typing (%q), which would be lost", got)
	}
	closeOnce(slow.gate)
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == older.ID && !hasBusyBar(m.Window) })
	closeEditor(t, m)
}

// TestDialogsReadInBackground: the push dialog's profiles and the name a review
// step records are read off the UI thread: on a library that hangs, the window
// answers, and the dialog comes once the answer is there.
func TestDialogsReadInBackground(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	gate := make(chan struct{})
	f := &fakePortal{}
	p := f.portal()
	p.Profiles = func(context.Context) ([]string, error) { <-gate; return []string{"cong"}, nil }
	st := &slowSettings{settings: newSettings(model.SettingRole, "reporter"), gate: gate}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: p, Settings: st}, "library.sqlite")
	m.Inform = func(string) {}
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == r.ID })
	opened(t, m)
	st.slow.Store(true)
	go func() { time.Sleep(5 * time.Second); closeOnce(gate) }()

	timed(t, "the push dialog", m.ShowPush)
	timed(t, "submitting for review", m.Submit)
	settleFor(100 * time.Millisecond)
	if top := m.Window.Canvas().Overlays().Top(); top != nil {
		t.Fatal("a dialog came before its answers were read")
	}
	// The window answers meanwhile: the reporter goes on typing.
	m.Editor.Headline.SetText("")
	test.Type(m.Editor.Headline, "Hội nghị sơ kết")
	if got := m.Editor.Headline.Text(); got != "Hội nghị sơ kết" {
		t.Errorf("typing while the library hangs gave %q", got)
	}
	closeOnce(gate)
	// Both answers arrive: the push dialog (its Send button) and the question of
	// who is taking the step.
	eventually(t, func() bool {
		var texts []string
		for _, o := range m.Window.Canvas().Overlays().List() {
			walk(o, func(o fyne.CanvasObject) {
				switch o := o.(type) {
				case *widget.Label:
					texts = append(texts, o.Text)
				case *widget.Button:
					texts = append(texts, o.Text)
				}
			})
		}
		all := strings.Join(texts, " | ")
		return strings.Contains(all, msg.T("ui.push.send")) && strings.Contains(all, msg.T("ui.name.why"))
	})
	closeEditor(t, m)
}

// slowSettings is settings on a library that hangs once slow is set.
type slowSettings struct {
	*settings
	slow atomic.Bool
	gate chan struct{}
}

func (s *slowSettings) Setting(ctx context.Context, key string) (string, error) {
	if s.slow.Load() {
		<-s.gate
	}
	return s.settings.Setting(ctx, key)
}

var closeMu = make(chan struct{}, 1)

// closeOnce closes ch unless it is closed already.
func closeOnce(ch chan struct{}) {
	closeMu <- struct{}{}
	defer func() { <-closeMu }()
	select {
	case <-ch:
	default:
		close(ch)
	}
}

// TestQueuedPushWhileOpening: a queued push that sends the report the window is
// still reading steps it aside like an open one: the editor then shows the
// version the push made, so the next save meets no conflict and makes no copy.
func TestQueuedPushWhileOpening(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	older := addReport(lib, "Giao ban quý I", model.StatusDraft)
	addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	slow := &slowReports{library: lib, gate: make(chan struct{})}
	portal := (&fakePortal{}).portal()
	sent := make(chan struct{})
	portal.SendQueued = func(ctx context.Context, around func(int64) func()) error {
		after := around(older.ID)
		defer after()
		lib.mu.Lock()
		got := lib.reports[older.ID]
		got.Status, got.Rev = model.StatusReview, model.NewRev()
		lib.mu.Unlock()
		close(sent)
		return nil
	}
	m := ui.NewMainWindow(a, ui.Services{Reports: slow, Photos: lib, Portal: portal}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	slow.slowID.Store(older.ID)
	go func() { time.Sleep(5 * time.Second); closeOnce(slow.gate) }()
	m.Open(older.ID) // read from the old version…
	m.SendQueued()   // …while the queue sends it
	waitFor(t, sent, "the queued push never ran")
	slow.slowID.Store(0)
	closeOnce(slow.gate)
	eventually(t, func() bool {
		return m.Editor != nil && m.Editor.Report().ID == older.ID && m.Editor.Report().Status == model.StatusReview
	})
	settleFor(100 * time.Millisecond)
	if e := m.Editor; e == nil || e.Report().Status != model.StatusReview {
		t.Fatal("the editor shows the report from before the push")
	}
	test.Type(m.Editor.Lead, " Hội trường.")
	m.Editor.Close()
	lib.mu.Lock()
	defer lib.mu.Unlock()
	if n := len(lib.reports); n != 2 {
		t.Errorf("the library holds %d reports, want 2: the typing became a copy", n)
	}
}

// slowRevisions is the history on a disk that hangs until gate is closed.
type slowRevisions struct {
	*library
	gate chan struct{}
}

func (s *slowRevisions) FindRevisions(ctx context.Context, id int64) ([]model.Revision, error) {
	<-s.gate
	return s.library.FindRevisions(ctx, id)
}

// TestCompareAndMergeReadInBackground: comparing versions and merging a returned
// version read the library off the UI thread: on a disk that hangs the window
// comes back at once, and each view comes once its versions are read.
func TestCompareAndMergeReadInBackground(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	if err := lib.UpdateReport(nil, lib.stored(r.ID), model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	theirs := lib.stored(r.ID)
	theirs.UUID, theirs.LinkedUUID, theirs.BaseRev = model.NewUUID(), r.UUID, theirs.Rev
	theirs.Headline = "Hội nghị tổng kết công tác năm 2025"
	lib.CreateReport(nil, theirs)
	gate := make(chan struct{})
	go func() { time.Sleep(5 * time.Second); closeOnce(gate) }()
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: &slowRevisions{library: lib, gate: gate}}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)

	var cv *ui.CompareView
	timed(t, "comparing versions on a slow disk", func() { m.ShowCompareRevisions(0, 0, func(v *ui.CompareView) { cv = v }) })
	settleFor(100 * time.Millisecond)
	if cv != nil {
		t.Fatal("the comparison came before the history was read")
	}
	test.Type(m.Editor.Headline, " năm 2025")
	if got := m.Editor.Headline.Text(); !strings.HasSuffix(got, "năm 2025") {
		t.Errorf("typing while the library hangs gave %q", got)
	}
	closeOnce(gate)
	eventually(t, func() bool { return cv != nil })
	cv.Window.Close()

	slow := &slowReports{library: lib, gate: make(chan struct{})}
	m2 := ui.NewMainWindow(a, ui.Services{Reports: slow, Photos: lib, Revisions: lib}, "library.sqlite")
	m2.Inform = func(string) {}
	opened(t, m2)
	settleFor(200 * time.Millisecond)
	slow.slowID.Store(theirs.ID)
	go func() { time.Sleep(5 * time.Second); closeOnce(slow.gate) }()
	var mv *ui.MergeView
	timed(t, "merging on a slow disk", func() { m2.ShowMerge(r.ID, theirs.ID, func(v *ui.MergeView) { mv = v }) })
	settleFor(100 * time.Millisecond)
	if mv != nil {
		t.Fatal("the merge came before both versions were read")
	}
	closeOnce(slow.gate)
	eventually(t, func() bool { return mv != nil })
	if mv.Choices[model.FieldHeadline] == nil {
		t.Errorf("the merge shows %d choices, want the headline's", len(mv.Choices))
	}
	mv.Window.Close()
	closeEditor(t, m)
}

// slowCreate is the library on a disk that hangs while a new report is
// written: each CreateReport says it began (creating) and waits for gate.
type slowCreate struct {
	*library
	creating, gate chan struct{}
}

func (s *slowCreate) CreateReport(ctx context.Context, r *model.Report) error {
	closeOnce(s.creating)
	<-s.gate
	return s.library.CreateReport(ctx, r)
}

// editorOnChanged opens an editor on a new report, through reports (lib, or lib
// on a disk that misbehaves), then changes the report in lib as another window
// would: the editor's next save finds it changed. It returns the editor, the
// report as opened and as changed.
func editorOnChanged(t *testing.T, lib *library, reports model.ReportService) (e *ui.Editor, r, elsewhere *model.Report) {
	t.Helper()
	r = model.NewReport("Hội nghị tổng kết")
	r.Normalize()
	lib.CreateReport(nil, r)
	w := test.NewTempWindow(t, nil)
	e = ui.NewEditor(ui.Services{Reports: reports, Photos: lib}, w, lib.stored(r.ID))
	w.SetContent(e.Content())
	t.Cleanup(e.Close)
	return e, r, changeElsewhere(t, lib, r.ID)
}

// changeElsewhere changes report id's lead in lib, as another window would.
func changeElsewhere(t *testing.T, lib *library, id int64) *model.Report {
	t.Helper()
	elsewhere := lib.stored(id)
	elsewhere.Lead = "Sửa ở máy khác."
	if err := lib.UpdateReport(nil, elsewhere, model.SaveAuto); err != nil {
		t.Fatal(err)
	}
	return elsewhere
}

// TestConflictCopyInBackground: when the report was changed elsewhere, the
// reporter's typing is kept as a new report linked to it, written off the UI
// thread — on a disk that hangs the window still takes typing — and what is
// typed meanwhile and after goes to that copy, never to a third report or over
// the changed one.
func TestConflictCopyInBackground(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	slow := &slowCreate{library: lib, creating: make(chan struct{}), gate: make(chan struct{})}
	go func() { time.Sleep(5 * time.Second); closeOnce(slow.gate) }() // a test that fails still ends
	e, r, elsewhere := editorOnChanged(t, lib, slow)
	test.Type(e.Lead, "Sáng 8/1")
	timed(t, "the save that met a changed report", func() { waitFor(t, slow.creating, "no copy was made") })
	timed(t, "typing while the copy is written", func() {
		test.Type(e.Lead, ", Sở Nội vụ")
		settleFor(100 * time.Millisecond)
	})
	closeOnce(slow.gate)
	eventually(t, func() bool { return e.Report().ID != r.ID })
	if got := e.Status.Text; got != msg.T("ui.editor.conflict") {
		t.Errorf("status %q, want the reporter told their text went to a new report", got)
	}
	copyID := e.Report().ID
	test.Type(e.Lead, " tổ chức Hội nghị.")
	e.Close()
	got := lib.stored(copyID)
	if got.LinkedUUID != r.UUID || got.Lead != "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị." {
		t.Errorf("the copy: linked to %q, lead %q; want linked to %q with everything typed", got.LinkedUUID, got.Lead, r.UUID)
	}
	if kept := lib.stored(r.ID).Lead; kept != elsewhere.Lead {
		t.Errorf("the report changed elsewhere now has lead %q, want %q kept", kept, elsewhere.Lead)
	}
	if n := len(lib.reports); n != 2 {
		t.Errorf("%d reports in the library, want the first and one copy", n)
	}
}

// failingCreate is the library on a disk that refuses the first new report.
type failingCreate struct {
	*library
	failed atomic.Bool
}

func (f *failingCreate) CreateReport(ctx context.Context, r *model.Report) error {
	if !f.failed.Swap(true) {
		return &model.Error{Code: model.EINTERNAL, Message: "disk I/O error"}
	}
	return f.library.CreateReport(ctx, r)
}

// TestConflictCopyRetried: when the linked copy cannot be written at first, the
// saver tries again by itself, as the status line promises; the typing is not
// lost though the reporter types nothing more.
func TestConflictCopyRetried(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	e, r, _ := editorOnChanged(t, lib, &failingCreate{library: lib})
	test.Type(e.Lead, "Sáng 8/1")
	eventually(t, func() bool { return e.Report().ID != r.ID })
	if got := lib.stored(e.Report().ID); got.Lead != "Sáng 8/1" || got.LinkedUUID != r.UUID {
		t.Errorf("the copy has lead %q, linked to %q; want the typing, linked to %q", got.Lead, got.LinkedUUID, r.UUID)
	}
}
