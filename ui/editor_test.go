package ui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/ui"
)

func openEditor(t *testing.T, lib *library, r *model.Report) *ui.Editor {
	t.Helper()
	newApp(t)
	if r.ID == 0 {
		r.Normalize()
		lib.CreateReport(nil, r)
	}
	w := test.NewTempWindow(t, nil)
	e := ui.NewEditor(ui.Services{Reports: lib, Photos: lib}, w, r)
	w.SetContent(e.Content())
	t.Cleanup(e.Close)
	return e
}

func TestEditorTypingIsSaved(t *testing.T) {
	lib := newLibrary()
	e := openEditor(t, lib, model.NewReport("Hội nghị"))
	id := e.Report().ID
	e.Headline.SetText("")
	test.Type(e.Headline, "Hội nghị tổng kết năm 2025")
	test.Type(e.Lead, "Sáng 8/1, Sở Nội vụ tổ chức hội nghị.")
	eventually(t, func() bool { return lib.stored(id).Lead == "Sáng 8/1, Sở Nội vụ tổ chức hội nghị." })
	if got := lib.stored(id).Headline; got != "Hội nghị tổng kết năm 2025" {
		t.Errorf("stored headline %q", got)
	}
	if !strings.Contains(e.Status.Text, "Đã lưu") {
		t.Errorf("status %q should say it is saved", e.Status.Text)
	}
}

func TestEditorSavesWhileTyping(t *testing.T) {
	lib := newLibrary()
	e := openEditor(t, lib, model.NewReport("Hội nghị"))
	id := e.Report().ID
	// Type steadily for 2.5 s without pausing: saves must still happen every second.
	deadline := time.Now().Add(2500 * time.Millisecond)
	for time.Now().Before(deadline) {
		test.Type(e.Lead, "a")
		settleFor(50 * time.Millisecond)
	}
	n := lib.saveCount()
	if n < 2 {
		t.Errorf("%d saves in 2.5 s of steady typing, want at least 2 (one a second)", n)
	}
	if n > 10 {
		t.Errorf("%d saves in 2.5 s: the editor saves on every key", n)
	}
	typed := e.Report().Lead
	e.Close()
	if got := lib.stored(id).Lead; got != typed {
		t.Errorf("after close, stored lead has %d characters, want %d", len(got), len(typed))
	}
}

func TestEditorBlocks(t *testing.T) {
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{model.Paragraph("Một"), model.Paragraph("Hai")}
	e := openEditor(t, lib, r)
	texts := func() string {
		var s []string
		for _, b := range e.Report().Body {
			s = append(s, b.Text)
		}
		return strings.Join(s, ",")
	}
	e.InsertBlock(1, model.Paragraph("Giữa"))
	if got := texts(); got != "Một,Giữa,Hai" {
		t.Fatalf("after insert: %s", got)
	}
	key := e.Report().Body[1].Key
	e.MoveBlock(key, -1)
	if got := texts(); got != "Giữa,Một,Hai" {
		t.Errorf("after move up: %s", got)
	}
	e.MoveBlock(key, +1)
	e.MoveBlock(key, +1)
	if got := texts(); got != "Một,Hai,Giữa" {
		t.Errorf("after two moves down: %s", got)
	}
	e.DeleteBlock(e.Report().Body[0].Key)
	if got := texts(); got != "Hai,Giữa" {
		t.Errorf("after delete: %s", got)
	}
	e.UndoDelete()
	if got := texts(); got != "Một,Hai,Giữa" {
		t.Errorf("after undo: %s", got)
	}
	e.SaveNow()
	eventually(t, func() bool {
		var s []string
		for _, b := range lib.stored(e.Report().ID).Body {
			s = append(s, b.Text)
		}
		return strings.Join(s, ",") == "Một,Hai,Giữa"
	})
}

func TestEditorPhotoImport(t *testing.T) {
	lib := newLibrary()
	e := openEditor(t, lib, model.NewReport("Hội nghị"))
	dir := t.TempDir()
	good := filepath.Join(dir, "quang-canh.jpg")
	os.WriteFile(good, testJPEG(64, 48), 0o644)
	bad := filepath.Join(dir, "ghi-chu.jpg")
	os.WriteFile(bad, []byte("không phải ảnh"), 0o644)
	done := make(chan struct{})
	e.ImportPhotos([]fyne.URI{storage.NewFileURI(bad), storage.NewFileURI(good)}, func() { close(done) })
	waitFor(t, done, "import did not end")
	body := e.Report().Body
	if len(body) != 1 || body[0].Photo == nil {
		t.Fatalf("body after import: %+v; want one photo block (the bad file skipped)", body)
	}
	if !strings.Contains(e.Status.Text, "1") {
		t.Errorf("status %q should say one file failed", e.Status.Text)
	}
	// The new photo has no caption yet: the checks say so and jump there.
	var caption *model.Problem
	eventually(t, func() bool { // the checks run when changes pause
		for _, p := range e.Problems() {
			if p.Kind == model.ProblemPhotoCaption {
				caption = &p
			}
		}
		return caption != nil
	})
	c := fyne.CurrentApp().Driver().CanvasForObject(e.Content())
	for c.Overlays().Top() != nil { // the reporter closes the dialog naming the bad file
		c.Overlays().Remove(c.Overlays().Top())
	}
	e.JumpTo(*caption)
	test.Type(c.Focused(), "Quang cảnh Hội nghị")
	e.SaveNow()
	eventually(t, func() bool {
		b := lib.stored(e.Report().ID).Body
		return len(b) == 1 && b[0].Photo != nil && b[0].Photo.Caption == "Quang cảnh Hội nghị"
	})
}

func TestEditorAwardList(t *testing.T) {
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{
		{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ"}, {Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Title: "Chuyên viên"}}}}}
	e := openEditor(t, lib, r)
	e.SaveNow()
	eventually(t, func() bool { return lib.saveCount() > 0 })
	got := lib.stored(e.Report().ID).Body[0].Awards
	if got.Summary() != "trao Giấy khen cho 1 tập thể và 1 cá nhân" {
		t.Errorf("summary %q", got.Summary())
	}
}

func TestChecksPanelJumps(t *testing.T) {
	lib := newLibrary()
	p, _ := lib.AddPhoto(nil, "a.jpg", testJPEG(8, 8))
	r := model.NewReport("Hội nghị")
	r.Lead = "Sáng 8/1, hội nghị  tổng kết."
	r.Body = []model.Block{{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID, UUID: p.UUID, Alt: "Hội trường"}}}
	e := openEditor(t, lib, r)
	checked(t, e)
	kinds := map[model.ProblemKind]model.Problem{}
	for _, pr := range e.Problems() {
		kinds[pr.Kind] = pr
	}
	caption, ok := kinds[model.ProblemPhotoCaption]
	if !ok {
		t.Fatalf("checks missed the photo without caption: %+v", e.Problems())
	}
	if _, ok := kinds[model.ProblemDoubleSpace]; !ok {
		t.Errorf("checks missed the doubled space: %+v", e.Problems())
	}
	e.JumpTo(caption)
	c := fyne.CurrentApp().Driver().CanvasForObject(e.Content())
	focused := c.Focused()
	test.Type(focused, "Quang cảnh Hội nghị")
	eventually(t, func() bool {
		for _, pr := range e.Problems() {
			if pr.Kind == model.ProblemPhotoCaption {
				return false
			}
		}
		return true
	})
	if got := e.Report().Body[0].Photo.Caption; got != "Quang cảnh Hội nghị" {
		t.Errorf("after jumping to the caption and typing, caption is %q", got)
	}
}

func TestFocusScrollsIntoView(t *testing.T) {
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	for i := 0; i < 30; i++ {
		r.Body = append(r.Body, model.Paragraph(strings.Repeat("Đoạn văn dài về hội nghị tổng kết. ", 10)))
	}
	e := openEditor(t, lib, r)
	w := fyne.CurrentApp().Driver().AllWindows()
	w[len(w)-1].Resize(fyne.NewSize(900, 600))
	if got := e.Scroll().Offset.Y; got != 0 {
		t.Fatalf("starts scrolled to %v", got)
	}
	e.Tags.FocusGained() // as Tab does when it reaches the last field
	if got := e.Scroll().Offset.Y; got <= 0 {
		t.Errorf("focusing the last field left the view at %v; it should scroll down to it", got)
	}
}

func TestAwardListSortsIndividualsTheVietnameseWay(t *testing.T) {
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{
		{Kind: model.Individual, Name: "Phạm Thị Đào"},
		{Kind: model.Individual, Name: "Trần Thị Ánh"},
		{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ"},
		{Kind: model.Individual, Name: "Hoàng Văn Dũng"},
		{Kind: model.Individual, Name: "Nguyễn Văn An"},
		{Kind: model.Collective, Name: "Văn phòng Sở"},
	}}}}
	e := openEditor(t, lib, r)
	e.SortAwardList(e.Report().Body[0].Key)
	var got []string
	for _, rec := range e.Report().Body[0].Awards.Recipients {
		got = append(got, rec.Name)
	}
	want := "Phòng Tổ chức cán bộ, Văn phòng Sở, Nguyễn Văn An, Trần Thị Ánh, Hoàng Văn Dũng, Phạm Thị Đào"
	if strings.Join(got, ", ") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, ", "), want)
	}
}

// findButton returns the button with that text anywhere under obj.
func findButton(obj fyne.CanvasObject, text string) *widget.Button {
	switch o := obj.(type) {
	case *widget.Button:
		if o.Text == text {
			return o
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	case fyne.Widget:
		r := test.WidgetRenderer(o)
		for _, c := range r.Objects() {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

func TestEditorFillAwardListByTyping(t *testing.T) {
	lib := newLibrary()
	e := openEditor(t, lib, model.NewReport("Hội nghị"))
	e.InsertBlock(0, model.Block{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen"}})
	c := fyne.CurrentApp().Driver().CanvasForObject(e.Content())
	for _, row := range []struct{ button, name, unit, title string }{
		{"Thêm tập thể", "Phòng Tổ chức cán bộ", "Sở Nội vụ", ""},
		{"Thêm cá nhân", "Nguyễn Thị Hồng Nhung", "Phòng Kế hoạch", "Chuyên viên"},
	} {
		b := findButton(e.Content(), row.button)
		if b == nil {
			t.Fatalf("no %q button", row.button)
		}
		test.Tap(b)
		test.Type(c.Focused(), row.name)
		c.FocusNext()
		test.Type(c.Focused(), row.unit)
		c.FocusNext()
		test.Type(c.Focused(), row.title)
	}
	e.SaveNow()
	eventually(t, func() bool {
		a := lib.stored(e.Report().ID).Body
		return len(a) > 0 && a[0].Awards != nil && a[0].Awards.Summary() == "trao Giấy khen cho 1 tập thể và 1 cá nhân"
	})
	got := lib.stored(e.Report().ID).Body[0].Awards.Recipients
	if got[1] != (model.Recipient{Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Unit: "Phòng Kế hoạch", Title: "Chuyên viên"}) {
		t.Errorf("stored row %+v", got[1])
	}
}
