package ui_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/ui"
)

// checked waits until the checks panel shows the last run's findings.
func checked(t *testing.T, e *ui.Editor) {
	t.Helper()
	eventually(t, e.ChecksSettled)
}

// problemOf returns the first problem of that kind the checks panel lists, once
// the checks asked for so far have run.
func problemOf(t *testing.T, e *ui.Editor, kind model.ProblemKind) (model.Problem, bool) {
	t.Helper()
	checked(t, e)
	for _, p := range e.Problems() {
		if p.Kind == kind {
			return p, true
		}
	}
	return model.Problem{}, false
}

// A misspelled syllable shows in the checks panel with a button that puts the
// suggestion in its place; the report is saved with it, and the problem goes.
func TestChecksFixMisspelled(t *testing.T) {
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	r.Lead = "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổnq kết công tác năm 2025."
	r.Body = []model.Block{model.Paragraph("Hội nghị diễn ra nghiêmm túc.")}
	e := openEditor(t, lib, r)
	fyne.CurrentApp().Driver().AllWindows()[0].Resize(fyne.NewSize(1000, 700))
	id := e.Report().ID
	p, ok := problemOf(t, e, model.ProblemMisspelled)
	if !ok || p.Fix == nil {
		t.Fatalf("the checks list no misspelling with a fix: %+v", e.Problems())
	}
	if p.Field != model.FieldLead || p.Fix.Text != "tổng" {
		t.Fatalf("first misspelling in %s, fix %q; want the lead's “tổnq”, fixed to “tổng”", p.Field, p.Fix.Text)
	}
	// The lead underlines the word, as a word processor does.
	if u := e.Lead.Underlines(); len(u) != 1 || u[0] != [2]int{p.Start, p.End} {
		t.Errorf("the lead underlines %v, want “tổnq” (%d–%d)", u, p.Start, p.End)
	}
	b := findButton(e.Content(), p.Fix.Label)
	if b == nil {
		t.Fatalf("no button %q in the checks panel", p.Fix.Label)
	}
	test.Tap(b)
	want := "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2025."
	if got := e.Lead.Text(); got != want {
		t.Errorf("the lead shows %q after the fix, want %q", got, want)
	}
	eventually(t, func() bool { return lib.stored(id).Lead == want })
	checked(t, e)
	if u := e.Lead.Underlines(); len(u) != 0 {
		t.Errorf("the lead still underlines %v after the fix", u)
	}
	p2, ok := problemOf(t, e, model.ProblemMisspelled)
	if !ok || p2.BlockKey == "" || p2.Fix.Text != "nghiêm" {
		t.Fatalf("after the first fix the panel lists %+v; want the paragraph's “nghiêmm” left", e.Problems())
	}
	if !e.ApplyFix(p2) {
		t.Fatal("the second fix changed nothing")
	}
	eventually(t, func() bool { return lib.stored(id).Body[0].Text == "Hội nghị diễn ra nghiêm túc." })
	if _, ok := problemOf(t, e, model.ProblemMisspelled); ok {
		t.Errorf("misspellings still listed after both fixes: %+v", e.Problems())
	}
	// A fix whose text changed meanwhile does nothing.
	if e.ApplyFix(p) {
		t.Error("a fix applied twice changed the text again")
	}
}

// Tones placed both ways: one fix puts the whole report in the style of
// administrative documents (the default), every field it touches saved.
func TestChecksFixToneStyle(t *testing.T) {
	lib := newLibrary()
	r := model.NewReport("Hòa giải ở cơ sở")
	r.Lead = "Sáng 8/1, Ủy ban nhân dân phường tổ chức tập huấn công tác hòa giải."
	r.Body = []model.Block{model.Paragraph("Nhiều vụ việc được hoà giải thành, giữ gìn sự hoà thuận trong khu dân cư.")}
	e := openEditor(t, lib, r)
	id := e.Report().ID
	p, ok := problemOf(t, e, model.ProblemToneMixed)
	if !ok || p.Fix == nil {
		t.Fatalf("the checks list no mixed tones with a fix: %+v", e.Problems())
	}
	if !e.ApplyFix(p) {
		t.Fatal("the fix changed nothing")
	}
	want := "Nhiều vụ việc được hòa giải thành, giữ gìn sự hòa thuận trong khu dân cư."
	eventually(t, func() bool { return lib.stored(id).Body[0].Text == want })
	if _, ok := problemOf(t, e, model.ProblemToneMixed); ok {
		t.Errorf("mixed tones still listed after the fix: %+v", e.Problems())
	}
	if got := lib.stored(id).Headline; got != "Hòa giải ở cơ sở" {
		t.Errorf("headline %q; the old style was already right", got)
	}
}

// Names the people directory remembers keep their owners' spelling: a sentence
// opening with one is not read for tone style or Telex.
func TestChecksKnowTheDirectory(t *testing.T) {
	r := model.NewReport("Hòa giải ở cơ sở")
	r.Body = []model.Block{model.Paragraph("Thuỷ cho biết, công tác hòa giải được chú trọng.")}
	tone := func(svc ui.Services) bool {
		lib := newLibrary()
		newApp(t)
		r := r.Clone()
		r.Normalize()
		lib.CreateReport(nil, r)
		svc.Reports, svc.Photos = lib, lib
		w := test.NewTempWindow(t, nil)
		e := ui.NewEditor(svc, w, r)
		w.SetContent(e.Content())
		defer e.Close()
		_, ok := problemOf(t, e, model.ProblemToneMixed)
		return ok
	}
	if !tone(ui.Services{}) {
		t.Fatal("without the directory, “Thuỷ” opening a sentence should read as a word in the new style")
	}
	if tone(ui.Services{People: directory{{Name: "Đinh Thị Thuỷ", Title: "Hòa giải viên"}}}) {
		t.Error("“Thuỷ”, a name in the people directory, is still read for tone style")
	}
}
