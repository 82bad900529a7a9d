package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsdesk/model"
	"newsdesk/ui"
)

// marked returns the runs of words of the view's rows drawn in the colour name,
// in order, each run joined.
func marked(o fyne.CanvasObject, color fyne.ThemeColorName) []string {
	var out []string
	for _, o := range objectsIn(o) {
		v, ok := o.(*ui.DiffText)
		if !ok {
			continue
		}
		run := ""
		for _, w := range append(v.Words, ui.DiffWord{}) {
			if w.Color == color {
				run += w.Text
			} else if run != "" {
				out = append(out, strings.TrimSpace(run))
				run = ""
			}
		}
	}
	return out
}

// TestCompareSinceSubmitted: the reporter submits, the editor changes a word and
// a caption and adds a paragraph; "what changed since I submitted" shows each,
// word by word.
func TestCompareSinceSubmitted(t *testing.T) {
	app := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Body = []model.Block{model.Paragraph("Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2025.")}
	lib.CreateReport(nil, r)
	if err := lib.SetStatus(nil, r.ID, model.StatusReview, "Hoàng Minh Thư", ""); err != nil {
		t.Fatal(err)
	}
	edited := lib.stored(r.ID)
	edited.Body[0].Text = "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị sơ kết công tác năm 2025."
	edited.Body = append(edited.Body, model.Paragraph("Đoạn do biên tập viên thêm."))
	if err := lib.UpdateReport(nil, edited, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}

	m := ui.NewMainWindow(app, ui.Services{Reports: lib, Photos: lib, Revisions: lib}, "library.sqlite")
	opened(t, m)
	var v *ui.CompareView
	m.ShowCompareRevisions(-1, 0, func(cv *ui.CompareView) { v = cv })
	eventually(t, func() bool { return v != nil && v.Summary.Text != "" })
	defer v.Window.Close()
	if !strings.Contains(v.Old.Selected, model.ReasonSubmitted.Label()) {
		t.Errorf("older version %q, want the submission", v.Old.Selected)
	}
	if got := v.Summary.Text; !strings.Contains(got, "thêm 7 từ, bỏ 1 từ") || !strings.Contains(got, "1 đoạn sửa") || !strings.Contains(got, "1 đoạn mới") {
		t.Errorf("summary %q, want the words and paragraphs counted", got)
	}
	if got := marked(v.Changes, theme.ColorNameError); len(got) != 1 || got[0] != "[−tổng]" {
		t.Errorf("deletions %q, want the one word taken away", got)
	}
	ins := marked(v.Changes, theme.ColorNameSuccess)
	if len(ins) != 2 || ins[0] != "[+sơ]" || ins[1] != "[+Đoạn do biên tập viên thêm.]" {
		t.Errorf("insertions %q, want the new word and the new paragraph", ins)
	}

	// Comparing the submission with itself says there is nothing.
	v.New.SetSelectedIndex(v.Old.SelectedIndex())
	eventually(t, func() bool { return v.Summary.Text == "Hai bản giống hệt nhau." })
}
