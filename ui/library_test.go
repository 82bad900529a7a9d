package ui_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/ui"
	"newsdesk/vntext"
)

// fakeReports is an in-memory ReportService: ui tests stay free of cgo.
type fakeReports struct {
	model.ReportService
	mu       sync.Mutex
	reports  []model.ReportSummary
	searches []string
}

func (f *fakeReports) CountReports(ctx context.Context, filter model.ReportFilter) (int, error) {
	filter.Limit, filter.Offset = 0, 0
	got, err := f.FindReports(ctx, filter)
	return len(got), err
}

func (f *fakeReports) FindReports(ctx context.Context, filter model.ReportFilter) ([]model.ReportSummary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []model.ReportSummary
	for _, r := range f.reports {
		if filter.Status == nil || r.Status == *filter.Status {
			out = append(out, r)
		}
	}
	out = out[min(filter.Offset, len(out)):]
	if filter.Limit > 0 {
		out = out[:min(filter.Limit, len(out))]
	}
	return out, nil
}

func (f *fakeReports) SearchReports(ctx context.Context, query string, limit int) ([]model.ReportSummary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.searches = append(f.searches, query)
	var out []model.ReportSummary
	for _, r := range f.reports {
		if strings.Contains(vntext.Fold(r.Headline), vntext.Fold(query)) {
			out = append(out, r)
		}
	}
	return out, nil
}

func (f *fakeReports) SearchReportsPrefix(ctx context.Context, query string, limit int) ([]model.ReportSummary, error) {
	return f.SearchReports(ctx, query, limit)
}

func (f *fakeReports) searchCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.searches)
}

// eventually waits for cond, pumping nothing: Fyne's test app runs fyne.Do inline.
func eventually(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second) // generous: CI machines are shared
	for settle(); !cond(); settle() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 15 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func headlines(l *ui.Library) string {
	var hs []string
	for _, r := range l.Items() {
		hs = append(hs, r.Headline)
	}
	return strings.Join(hs, " | ")
}

func TestLibrarySearchAsYouType(t *testing.T) {
	newApp(t)
	now := time.Now()
	f := &fakeReports{reports: []model.ReportSummary{
		{ID: 2, Headline: "Ngành Tổ chức xây dựng Đảng tổng kết năm", Status: model.StatusDraft, UpdatedAt: now},
		{ID: 1, Headline: "Hội nghị cán bộ chủ chốt", Status: model.StatusReview, UpdatedAt: now.Add(-time.Hour)},
	}}
	l := ui.NewLibrary(f, nil)
	test.NewTempWindow(t, l.List)
	l.Refresh()
	eventually(t, func() bool { return len(l.Items()) == 2 })
	if !strings.Contains(l.Status.Text, "2") {
		t.Errorf("status line %q should count 2 reports", l.Status.Text)
	}

	test.Type(l.Search, "dang")
	eventually(t, func() bool { return headlines(l) == "Ngành Tổ chức xây dựng Đảng tổng kết năm" })
	if n := f.searchCount(); n != 1 {
		t.Errorf("typing one word ran %d searches, want 1 (searches wait for a pause)", n)
	}

	l.Search.SetText("không có")
	eventually(t, func() bool { return len(l.Items()) == 0 })
	eventually(t, func() bool { return strings.Contains(l.Status.Text, "không có") })

	l.Search.SetText("")
	eventually(t, func() bool { return len(l.Items()) == 2 })
}

func TestLibraryStatusFilterAndPages(t *testing.T) {
	newApp(t)
	f := &fakeReports{}
	now := time.Now()
	for i := 0; i < 450; i++ {
		st := model.StatusDraft
		if i%3 == 0 {
			st = model.StatusReview
		}
		f.reports = append(f.reports, model.ReportSummary{ID: int64(i + 1), Headline: "Bài", Status: st, UpdatedAt: now})
	}
	l := ui.NewLibrary(f, nil)
	test.NewTempWindow(t, l.List)
	l.Refresh()
	eventually(t, func() bool { return len(l.Items()) == 450 }) // all pages arrive
	l.Filter.SetSelectedIndex(2)                                // the second status: review
	eventually(t, func() bool { return len(l.Items()) == 150 })
	for _, r := range l.Items() {
		if r.Status != model.StatusReview {
			t.Fatalf("filtered list shows a %s report", r.Status)
		}
	}
}

// TestListHighlightFollowsTheReport: the open report moves to the top of the list
// when it is saved; the list's highlight moves with it rather than staying on the
// row where it was (then another report).
func TestListHighlightFollowsTheReport(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	older := addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	addReport(lib, "Giao ban quý I", model.StatusDraft)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	m.Inform = func(string) {}
	var mu sync.Mutex
	var selected []int
	open := m.Library.List.OnSelected
	m.Library.List.OnSelected = func(id widget.ListItemID) {
		mu.Lock()
		selected = append(selected, id)
		mu.Unlock()
		open(id)
	}
	eventually(t, func() bool { return m.Editor != nil && len(m.Library.Items()) == 2 })
	opened(t, m)
	if m.Library.Items()[1].ID != older.ID {
		t.Fatalf("the older report is not on the second row: %s", headlines(m.Library))
	}
	m.Open(older.ID) // what clicking its row does
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == older.ID })
	settleFor(200 * time.Millisecond) // its first load ends
	e := m.Editor
	e.Headline.SetText("")
	test.Type(e.Headline, "Hội nghị tổng kết năm 2025")
	e.SaveNow()
	eventually(t, func() bool { items := m.Library.Items(); return len(items) == 2 && items[0].ID == older.ID })
	eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(selected) > 0 && selected[len(selected)-1] == 0
	})
	closeEditor(t, m)
}

// opened waits until the window has opened its first report and the list's first
// load has ended: Fyne's test driver runs that load's UI work on the loading
// goroutine, so acting on widgets before it ends races it.
func opened(t *testing.T, m *ui.MainWindow) {
	t.Helper()
	eventually(t, func() bool { return m.Editor != nil && m.Settled() })
	settleQuiet()
}
