package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/ui"
)

// BenchmarkOpenReport30Photos measures opening a report with 30 photos in the
// editor, up to its first paint: the fields and blocks built and laid out, then
// drawn by the test driver's software painter (sub-benchmark Painted; the real
// window draws with OpenGL). Thumbnails arrive in the background after it.
func BenchmarkOpenReport30Photos(b *testing.B) {
	b.Run("LaidOut", func(b *testing.B) { benchmarkOpenReport(b, false) })
	b.Run("Painted", func(b *testing.B) { benchmarkOpenReport(b, true) })
}

func benchmarkOpenReport(b *testing.B, paint bool) {
	test.NewTempApp(b)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Lead = strings.Repeat("Sáng 8/1, Sở Nội vụ tổ chức hội nghị tổng kết. ", 8)
	for i := 0; i < 30; i++ {
		p, _ := lib.AddPhoto(nil, "anh.jpg", testJPEG(320, 213))
		r.Body = append(r.Body, model.Paragraph(strings.Repeat("Đoạn văn về kết quả công tác năm. ", 9)),
			model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID, UUID: p.UUID, Caption: "Quang cảnh Hội nghị", Alt: "Hội trường"}})
	}
	r.Normalize()
	lib.CreateReport(nil, r)
	w := test.NewWindow(nil)
	defer w.Close()
	w.Resize(fyne.NewSize(1340, 740))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := ui.NewEditor(ui.Services{Reports: lib, Photos: lib}, w, r)
		w.SetContent(e.Content())
		if paint {
			w.Canvas().(test.WindowlessCanvas).Capture()
		}
		b.StopTimer()
		e.Close()
		b.StartTimer()
	}
}
