package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"strings"
	"sync"
	"testing"

	"newsdesk/docx"
	"newsdesk/model"
	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

// prints returns the print copies of 30 camera photos as the library keeps them
// (2400×1600 JPEG at quality 85): three scenes, the others those cropped by a few
// pixels and encoded again, so that every photo differs, as in a real report.
var prints = sync.OnceValue(func() []model.PhotoFile {
	var base []*image.YCbCr
	for i := range 3 {
		base = append(base, phototest.CameraImage(2400-8*i, 1600))
	}
	out := make([]model.PhotoFile, 30)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			img := base[i%len(base)]
			k := 2 * (i / len(base))
			sub := img.SubImage(image.Rect(k, k, img.Rect.Dx(), img.Rect.Dy())).(*image.YCbCr)
			var buf bytes.Buffer
			if err := jpeg.Encode(&buf, sub, &jpeg.Options{Quality: 85}); err != nil {
				panic(err)
			}
			out[i] = model.PhotoFile{MIME: "image/jpeg", Width: sub.Rect.Dx(), Height: sub.Rect.Dy(), Data: buf.Bytes()}
		}()
	}
	wg.Wait()
	return out
})

// longReport returns a report of about 5,000 words with 30 photos between its
// paragraphs, and the library of their print copies.
func longReport(tb testing.TB) (*model.Report, library) {
	tb.Helper()
	r, _ := MustReport(tb)
	lib := library{}
	sentence := "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2026 của các tổ dân phố, trường học và đoàn thể trên địa bàn phường."
	para := strings.TrimSpace(strings.Repeat(sentence+" ", 4)) // 100 words
	r.Body = nil
	for i, p := range prints() {
		id := fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
		lib[id] = p
		r.Body = append(r.Body, model.Paragraph(para), model.Paragraph(para),
			model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: id, Caption: fmt.Sprintf("Đại biểu dự Hội nghị (ảnh %d)", i+1), Credit: "Minh Khôi"}})
	}
	r.Normalize()
	return r, lib
}

// BenchmarkWrite30Photos writes a report of 5,000 words and 30 photos from their
// print copies. The bar: under 5 s and under 10 MB.
func BenchmarkWrite30Photos(b *testing.B) {
	r, lib := longReport(b)
	var size int
	for b.Loop() {
		size = len(MustWrite(b, r, lib, docx.Options{}))
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// BenchmarkRead30Photos reads that document back, every photo's bytes with it.
func BenchmarkRead30Photos(b *testing.B) {
	r, lib := longReport(b)
	data := MustWrite(b, r, lib, docx.Options{})
	for b.Loop() {
		d := MustRead(b, data)
		for _, p := range d.Photos {
			if _, err := p.Bytes(); err != nil {
				b.Fatal(err)
			}
		}
		if len(d.Photos) != 30 {
			b.Fatalf("read %d photos, want 30", len(d.Photos))
		}
	}
	b.ReportMetric(float64(len(data))/1e6, "MB")
}

// BenchmarkImport10CameraPhotos reads a document holding 10 photos straight from
// a 24-megapixel camera (6000×4000, about 10 MB each) and makes each photo's
// copies as the library's import does (photo.Prepare). The bar: under 10 s.
func BenchmarkImport10CameraPhotos(b *testing.B) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var body, rels strings.Builder
	for i := range 10 {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("word/media/DSC_%04d.jpeg", i), Method: zip.Store})
		w.Write(phototest.CameraJPEG(6000-8*i, 4000, 1+5*(i%2)))
		fmt.Fprintf(&body, `<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId%d"/></w:drawing></w:r></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Ảnh %d</w:t></w:r></w:p>`, i, i)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/DSC_%04d.jpeg"/>`, i, i)
	}
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(docHead + `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Tiêu đề</w:t></w:r></w:p>` + body.String() + docTail))
	w, _ = zw.Create("word/_rels/document.xml.rels")
	w.Write([]byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`))
	zw.Close()
	data := buf.Bytes()
	for b.Loop() {
		d := MustRead(b, data)
		for _, p := range d.Photos {
			raw, err := p.Bytes()
			if err != nil {
				b.Fatal(err)
			}
			if _, err := photo.Prepare(p.Filename, raw); err != nil {
				b.Fatal(err)
			}
		}
		if len(d.Photos) != 10 {
			b.Fatalf("read %d photos, want 10", len(d.Photos))
		}
	}
	b.ReportMetric(float64(len(data))/1e6, "MB")
}
