package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"sync"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/pdf"
	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

// cameraPrints returns the print copies the library keeps of 30 photos from a
// 24-megapixel camera (6000×4000, about 10 MB each), every third shot with the
// camera turned (EXIF orientation 6), which the copy stands upright.
var cameraPrints = sync.OnceValue(func() []model.PhotoFile { return printCopies(6000, 4000) })

// smallPrints are 30 photos of the same shapes from a 900×600 camera: the page
// layout depends on a photo's shape alone, and these cost a fraction of the time.
var smallPrints = sync.OnceValue(func() []model.PhotoFile { return printCopies(900, 600) })

// printCopies returns the print copies of 30 photos from a w×h camera, every
// third one turned. Making 30 camera files and their copies would take a minute
// at full size, so three are made the way import makes them and the others are
// those copies cropped by a few pixels and encoded again as import encodes them:
// every photo differs, as in a real report (identical images would be stored
// once in the PDF).
func printCopies(w, h int) []model.PhotoFile {
	var base []image.Image
	for i, o := range []int{1, 6, 1} {
		data := phototest.CameraJPEG(w-8*i, h, o)
		p, err := photo.Prepare(fmt.Sprintf("DSC_%04d.JPG", i), data)
		if err != nil {
			panic(err)
		}
		img, err := jpeg.Decode(bytes.NewReader(p.Print.Data))
		if err != nil {
			panic(err)
		}
		base = append(base, img)
	}
	out := make([]model.PhotoFile, 30)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			img := base[i%len(base)].(*image.YCbCr)
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
}

// photoReport returns a report with n (at most 30) photos between paragraphs, and a
// library holding their print copies (cameraPrints or smallPrints).
func photoReport(tb testing.TB, prints []model.PhotoFile, n int) (*model.Report, *library) {
	tb.Helper()
	r := textReport(7)
	lib := &library{prints: map[string]model.PhotoFile{}}
	for i := range n {
		uuid := fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
		lib.prints[uuid] = prints[i%len(prints)]
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{
			PhotoID: int64(i + 1), UUID: uuid, Caption: fmt.Sprintf("Đại biểu dự Hội nghị (ảnh %d)", i+1), Credit: "Ảnh: Minh Khôi"}},
			model.Paragraph(sentences[i%len(sentences)]))
	}
	r.Normalize()
	return r, lib
}

// BenchmarkReport30Photos prints a report with 30 photos from a 24-megapixel camera,
// already in the library (the print copies made at import), at 200 and 300 dpi.
// The bar: under 5 s and under 10 MB at 200 dpi on two cores. cpu-s/op is the
// processor time on both cores together: on two cores of its own the wall time is
// about half of it.
func BenchmarkReport30Photos(b *testing.B) {
	r, lib := photoReport(b, cameraPrints(), 30)
	for _, dpi := range []int{pdf.DefaultDPI, pdf.HighDPI} {
		b.Run(fmt.Sprintf("dpi=%d", dpi), func(b *testing.B) {
			var size int
			cpu := cpuTime()
			for b.Loop() {
				var buf bytes.Buffer
				enc := pdf.NewReportEncoder(&buf)
				enc.Agency, enc.Photo, enc.DPI = testAgency, lib.photo, dpi
				if err := enc.Encode(context.Background(), r); err != nil {
					b.Fatal(err)
				}
				if err := enc.Close(); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(size)/1e6, "MB")
		})
	}
}

// BenchmarkReportText prints the sample report without its photos: text and the
// award table. The bar: under 100 ms.
func BenchmarkReportText(b *testing.B) {
	r, _ := sample(b)
	var body []model.Block
	for _, blk := range r.Body {
		if blk.Kind != model.BlockPhoto {
			body = append(body, blk)
		}
	}
	r.Body = body
	var size int
	cpu := cpuTime()
	for b.Loop() {
		var buf bytes.Buffer
		enc := pdf.NewReportEncoder(&buf)
		enc.Agency = testAgency
		if err := enc.Encode(context.Background(), r); err != nil {
			b.Fatal(err)
		}
		if err := enc.Close(); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(size)/1e6, "MB")
}

// BenchmarkBulletin20 prints a bulletin of 20 reports without photos. The bar: under
// 1 s.
func BenchmarkBulletin20(b *testing.B) {
	var reports []*model.Report
	for i := range 20 {
		reports = append(reports, textReport(i+1))
	}
	var size int
	cpu := cpuTime()
	for b.Loop() {
		var buf bytes.Buffer
		enc := pdf.NewBulletinEncoder(&buf, "Bản tin tháng 1 năm 2026", "2026-01-31")
		enc.Agency = testAgency
		for _, r := range reports {
			if err := enc.Encode(context.Background(), r); err != nil {
				b.Fatal(err)
			}
		}
		if err := enc.Close(); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(size)/1e6, "MB")
}

// reportCPU reports the processor time per operation since cpu, on all cores
// together: what the work costs, which other work on a shared machine does not
// inflate as it does wall time.
func reportCPU(b *testing.B, since time.Duration) {
	if cpu := cpuTime() - since; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}
