package ui_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsdesk/model"
	"newsdesk/ui"
)

// MergeReports makes the fake a model.MergeService: the merged content replaces
// intoID's, fromID goes; moved is kept for the test to read.
func (l *library) MergeReports(ctx context.Context, intoID, fromID int64, merged *model.Report, moved map[string]string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.moved = moved
	cur, ok := l.reports[intoID]
	if !ok || cur.Rev != merged.Rev {
		return &model.Error{Code: model.ECONFLICT, Message: "changed meanwhile"}
	}
	c := merged.Clone()
	c.ID, c.Rev, c.BaseRev = intoID, model.NewRev(), l.reports[fromID].Rev
	l.reports[intoID] = c
	delete(l.reports, fromID)
	delete(l.updated, fromID)
	return nil
}

// TestMergeConflict: both sides edited the same paragraph since the hand-off, the
// editor alone fixed the headline. The merge takes the editor's headline on its
// own, marks the paragraph, and keeps both paragraphs when asked.
func TestMergeConflict(t *testing.T) {
	app := newApp(t)
	lib := newLibrary()
	base := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	base.Body = []model.Block{
		model.Paragraph("Sáng 8/1, Sở Nội vụ tổ chức Hội nghị."),
		model.Paragraph("Đoạn không ai sửa."),
	}
	lib.CreateReport(nil, base)
	if err := lib.UpdateReport(nil, base, model.SaveExplicit); err != nil { // the revision at hand-off
		t.Fatal(err)
	}
	handedOff := base.Rev

	theirs := lib.stored(base.ID)
	theirs.UUID, theirs.LinkedUUID, theirs.BaseRev = model.NewUUID(), base.UUID, handedOff
	theirs.Headline = "Hội nghị tổng kết công tác năm 2025 của Sở Nội vụ"
	theirs.Body[0].Text = "Sáng 8/1, Sở Nội vụ thành phố tổ chức Hội nghị."
	lib.CreateReport(nil, theirs)

	mine := lib.stored(base.ID)
	mine.Body[0].Text = "Sáng 8/1, Sở Nội vụ long trọng tổ chức Hội nghị."
	if err := lib.UpdateReport(nil, mine, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}

	m := ui.NewMainWindow(app, ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	opened(t, m)
	// The test driver runs the list's first load on its own goroutine: let it end
	// before the merge takes the editor away.
	settleFor(200 * time.Millisecond)
	v := mergeView(t, m, base.ID, theirs.ID)
	if got, want := v.Summary.Text, "Bản trả về khác bản của bạn ở 2 chỗ, trong đó 1 chỗ cả hai bên cùng sửa"; len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("summary %q, want %q…", got, want)
	}
	headline, para := v.Choices[model.FieldHeadline], v.Choices[mine.Body[0].Key]
	if headline == nil || para == nil || len(v.Choices) != 2 {
		t.Fatalf("choices %v, want the headline and the first paragraph only", v.Choices)
	}
	if headline.Selected != "Lấy bản trả về" || para.Selected != "" {
		t.Errorf("pre-filled %q and %q, want theirs for the headline only they changed, nothing for the conflict", headline.Selected, para.Selected)
	}
	if !v.Merge.Disabled() {
		t.Error("the merge may go before the conflict has a choice")
	}
	para.SetSelected("Giữ cả hai")
	if v.Merge.Disabled() {
		t.Error("the merge is still held back after every choice")
	}
	// Tapping the chosen option again does not take the choice away.
	items := test.WidgetRenderer(para).Objects()
	items[len(items)-1].(fyne.Tappable).Tapped(&fyne.PointEvent{})
	if para.Selected == "" {
		t.Error("the choice was taken away; the merge would go with nothing shown")
	}
	test.Tap(v.Merge)

	eventually(t, func() bool { _, err := lib.FindReportByID(nil, theirs.ID); return err != nil })
	got := lib.stored(base.ID)
	if got.Headline != theirs.Headline {
		t.Errorf("headline %q, want the editor's", got.Headline)
	}
	if len(got.Body) != 3 || got.Body[0].Text != mine.Body[0].Text || got.Body[1].Text != theirs.Body[0].Text || got.Body[2].Text != "Đoạn không ai sửa." {
		t.Errorf("body %+v, want both versions of the paragraph, yours first, then the untouched one", got.Body)
	}
	// The editor's comments on their version go with their copy, not with yours.
	lib.mu.Lock()
	moved := lib.moved
	lib.mu.Unlock()
	if len(got.Body) == 3 && (len(moved) != 1 || moved[mine.Body[0].Key] != got.Body[1].Key) {
		t.Errorf("moved %v, want their paragraph's key → %s", moved, got.Body[1].Key)
	}
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == base.ID })
}

// TestMergeShowsOrder: the editor only moved a paragraph; the merge offers the
// order as a part of its own, theirs picked, and the merged report has it.
func TestMergeShowsOrder(t *testing.T) {
	app := newApp(t)
	lib := newLibrary()
	base := model.NewReport("Hội nghị giao ban")
	base.Body = []model.Block{model.Paragraph("Đoạn một."), model.Paragraph("Đoạn hai."), model.Paragraph("Đoạn ba.")}
	lib.CreateReport(nil, base)
	lib.UpdateReport(nil, base, model.SaveExplicit)
	theirs := lib.stored(base.ID)
	theirs.UUID, theirs.LinkedUUID, theirs.BaseRev = model.NewUUID(), base.UUID, base.Rev
	theirs.Body[0], theirs.Body[2] = theirs.Body[2], theirs.Body[0]
	lib.CreateReport(nil, theirs)
	mine := lib.stored(base.ID)
	mine.Headline = "Hội nghị giao ban tháng 1"
	lib.UpdateReport(nil, mine, model.SaveExplicit)

	m := ui.NewMainWindow(app, ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	opened(t, m)
	settleFor(200 * time.Millisecond)
	v := mergeView(t, m, base.ID, theirs.ID)
	order := v.Choices["order"]
	if order == nil || order.Selected != "Lấy bản trả về" || v.Merge.Disabled() {
		t.Fatalf("order choice %v, want theirs picked and the merge ready", order)
	}
	// Nothing changed on both sides: the summary says the merge is ready, not "0 places".
	if got := v.Summary.Text; !strings.HasPrefix(got, "Bản trả về khác bản của bạn ở 2 chỗ, mỗi chỗ chỉ một bên sửa") || strings.Contains(got, " 0 ") {
		t.Errorf("summary %q", got)
	}
	test.Tap(v.Merge)
	eventually(t, func() bool { return lib.stored(base.ID).Body[0].Text == "Đoạn ba." })
	if got := lib.stored(base.ID); got.Headline != mine.Headline || got.Body[2].Text != "Đoạn một." {
		t.Errorf("got %q / %q, want your headline and their order", got.Headline, got.Body[2].Text)
	}
}

// TestMergeShowsEachSideAgainstBase: the reporter added a sentence the editor's
// version lacks; the merge shows it as her addition (green, on her side), not as
// something taken out (red) — each side is compared with the version both started
// from.
func TestMergeShowsEachSideAgainstBase(t *testing.T) {
	app := newApp(t)
	lib := newLibrary()
	base := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	base.Body = []model.Block{model.Paragraph("Sáng 8/1, Sở Nội vụ tổ chức Hội nghị.")}
	lib.CreateReport(nil, base)
	if err := lib.UpdateReport(nil, base, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	theirs := lib.stored(base.ID)
	theirs.UUID, theirs.LinkedUUID, theirs.BaseRev = model.NewUUID(), base.UUID, base.Rev
	theirs.Headline = "Hội nghị tổng kết công tác năm 2025 của Sở Nội vụ"
	lib.CreateReport(nil, theirs)
	mine := lib.stored(base.ID)
	mine.Body[0].Text = "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị. Kết quả được đánh giá cao."
	if err := lib.UpdateReport(nil, mine, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	m := ui.NewMainWindow(app, ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	opened(t, m)
	settleFor(200 * time.Millisecond) // the list's first load ends
	v := mergeView(t, m, base.ID, theirs.ID)
	added, removed := marked(v.Window.Content(), theme.ColorNameSuccess), marked(v.Window.Content(), theme.ColorNameError)
	if !slices.Contains(added, "[+Kết quả được đánh giá cao.]") {
		t.Errorf("added %q, want the reporter's sentence shown as added", added)
	}
	for _, r := range removed {
		if strings.Contains(r, "Kết quả") {
			t.Errorf("removed %q: her own sentence shown as taken out", removed)
		}
	}
	v.Window.Close()
}

// mergeView shows the merge of mine and theirs and waits for its window.
func mergeView(t *testing.T, m *ui.MainWindow, mine, theirs int64) *ui.MergeView {
	t.Helper()
	var v *ui.MergeView
	m.ShowMerge(mine, theirs, func(mv *ui.MergeView) { v = mv })
	eventually(t, func() bool { return v != nil })
	return v
}
