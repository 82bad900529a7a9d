package ui_test

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
	"newsdesk/vntext"
)

// directory is an in-memory people directory.
type directory []model.Person

func (d directory) FindPeople(ctx context.Context, query string, limit int) ([]model.Person, error) {
	var out []model.Person
	for _, p := range d {
		name := " " + vntext.Fold(p.Name)
		ok := true
		for _, w := range strings.Fields(vntext.Fold(query)) {
			ok = ok && strings.Contains(name, " "+w)
		}
		if ok {
			out = append(out, p)
		}
	}
	return out, nil
}

func (d directory) RememberPeople(ctx context.Context, people []model.Person) error { return nil }

// TestCaptionNamesPeople: writing a caption, the name being typed is offered in
// full with its title, from the report's own people and from the directory, and
// one click writes it as the rest of the report spells it.
func TestCaptionNamesPeople(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	ph, _ := lib.AddPhoto(nil, "quang-canh.jpg", testJPEG(64, 48))
	r := model.NewReport("Hội nghị tổng kết")
	r.Event.Chair = []model.Person{{Name: "Nguyễn Thị Thu Hằng", Title: "Giám đốc Sở Nội vụ"}}
	r.Body = []model.Block{{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: ph.ID, UUID: ph.UUID}}}
	lib.CreateReport(nil, r)
	dir := directory{{Name: "Phạm Văn Khải", Title: "Phó Chủ tịch Ủy ban nhân dân thành phố"}}
	w := test.NewTempWindow(t, nil)
	e := ui.NewEditor(ui.Services{Reports: lib, Photos: lib, People: dir}, w, r)
	w.SetContent(e.Content())
	w.Resize(fyne.NewSize(1100, 740))
	var field *textfield.Paragraph
	walk(e.Content(), func(o fyne.CanvasObject) {
		if f, ok := o.(*textfield.Paragraph); ok && f.PlaceHolder == msg.T("ui.photo.caption.hint") {
			field = f
		}
	})
	if field == nil {
		t.Fatal("no caption field")
	}
	link := func(label string) *widget.Hyperlink {
		var found *widget.Hyperlink
		walk(e.Content(), func(o fyne.CanvasObject) {
			if h, ok := o.(*widget.Hyperlink); ok && h.Text == label && h.Visible() {
				found = h
			}
		})
		return found
	}
	offered := func(label string) bool { return link(label) != nil }
	pick := func(label string) { link(label).OnTapped() } // as a click on its text does

	test.Type(field, "Đồng chí Nguyễn Thị Th")
	eventually(t, func() bool { return offered("Nguyễn Thị Thu Hằng, Giám đốc Sở Nội vụ") })
	pick("Nguyễn Thị Thu Hằng, Giám đốc Sở Nội vụ")
	want := "Đồng chí Nguyễn Thị Thu Hằng, Giám đốc Sở Nội vụ"
	eventually(t, func() bool { b := e.Report().Body[0]; return b.Photo.Caption == want })

	// The directory's people too, after the name so far; lower-case words are not
	// taken for a name.
	test.Type(field, " trao Giấy khen cùng Phạm Vă")
	eventually(t, func() bool { return offered("Phạm Văn Khải, Phó Chủ tịch Ủy ban nhân dân thành phố") })
	pick("Phạm Văn Khải, Phó Chủ tịch Ủy ban nhân dân thành phố")
	want += " trao Giấy khen cùng Phạm Văn Khải, Phó Chủ tịch Ủy ban nhân dân thành phố"
	eventually(t, func() bool { return e.Report().Body[0].Photo.Caption == want })
	e.Close()
}
