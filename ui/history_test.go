package ui_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// TestHistoryRowsShowWhole: each entry of the history says what happened, when and
// by whom, and the reviewer's note, none of it cut off at 1024×600.
func TestHistoryRowsShowWhole(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	lib.CreateReport(nil, r)
	lib.mu.Lock()
	for i, rv := range []model.Revision{
		{Reason: model.ReasonSubmitted, Author: "Nguyễn Thị Thanh Hà"},
		{Reason: model.ReasonChanges, Author: "Trần Văn Biên", Note: "Bổ sung số liệu đoạn 2."},
		{Reason: model.ReasonImport, Author: "Nguyễn Thị Thanh Hà"},
	} {
		rv.ID, rv.ReportID, rv.Rev, rv.CreatedAt, rv.Report = int64(100+i), r.ID, model.NewRev(), time.Now(), r.Clone()
		lib.revs = append(lib.revs, rv)
	}
	lib.mu.Unlock()
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	m.Window.Resize(fyne.NewSize(1024, 600))
	opened(t, m)
	m.ShowHistory()
	eventually(t, func() bool { return m.Window.Canvas().Overlays().Top() != nil })
	seen := map[string]bool{}
	for _, o := range objectsIn(m.Window.Canvas().Overlays().Top()) {
		l, ok := o.(*widget.Label)
		if !ok || l.Text == "" || !l.Visible() {
			continue
		}
		seen[l.Text] = true
		need := fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width + 2*theme.InnerPadding()
		if l.Truncation != fyne.TextTruncateOff && l.Size().Width > 0 && l.Size().Width < need {
			t.Errorf("%q is cut off: %.0f px for %.0f", l.Text, l.Size().Width, need)
		}
	}
	for _, want := range []string{"Yêu cầu sửa", "Bổ sung số liệu đoạn 2.", "Trước khi nhận bản mới (gói hoặc cổng)"} {
		if !seen[want] {
			t.Errorf("the history does not show %q (shown: %v)", want, seen)
		}
	}
}

// TestHistoryFollowsItsReport: a history read while another report was opened is
// not shown over that report, so nothing of the first can be restored into it.
func TestHistoryFollowsItsReport(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	first := model.NewReport("Báo cáo thứ nhất")
	lib.CreateReport(nil, first)
	lib.UpdateReport(nil, first, model.SaveExplicit)
	second := model.NewReport("Báo cáo thứ hai")
	lib.CreateReport(nil, second)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	opened(t, m)
	m.Open(first.ID)
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == first.ID })
	m.ShowHistory()   // read in the background…
	m.Open(second.ID) // …while the reporter opens another report
	settleFor(200 * time.Millisecond)
	if top := m.Window.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a history is shown over %q", m.Editor.Report().Headline)
	}
	if got := lib.stored(second.ID).Headline; got != "Báo cáo thứ hai" {
		t.Errorf("the second report became %q", got)
	}
}
