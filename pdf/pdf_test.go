package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsdesk/assets"
	"newsdesk/model"
	"newsdesk/pdf"
	"newsdesk/photo"
)

// testAgency is a fictional agency's details, as the settings would hold them.
var testAgency = pdf.Agency{
	Name:          "Cổng Thông tin điện tử thành phố Hải Đông",
	Managing:      "Văn phòng Ủy ban nhân dân thành phố Hải Đông",
	EditorInChief: "Trần Quốc Vượng",
	Address:       "Số 18 đường Hoàng Diệu, phường Hồng Bàng, thành phố Hải Đông",
	Phones:        "0225 3822 999 · 0225 3822 888",
	Email:         "congthongtin@haidong.gov.vn",
}

// library holds print copies by photo UUID, as the library's PhotoService would
// hand them out, and counts the fetches.
type library struct {
	mu      sync.Mutex
	prints  map[string]model.PhotoFile
	fetched int
}

func (l *library) photo(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.fetched++
	p, ok := l.prints[b.UUID]
	if !ok {
		return model.PhotoFile{}, &model.Error{Code: model.ENOTFOUND, Message: "no photo"}
	}
	return p, nil
}

var sampleOnce = sync.OnceValues(func() (*model.Report, *library) {
	r, files, err := assets.SampleReport()
	if err != nil {
		panic(err)
	}
	lib := &library{prints: map[string]model.PhotoFile{}}
	for _, f := range files {
		p, err := photo.Prepare(f.Filename, f.Data)
		if err != nil {
			panic(err)
		}
		lib.prints[f.UUID] = p.Print
	}
	r.ID = 1
	r.CreatedAt = time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	r.UpdatedAt = time.Date(2026, 1, 8, 14, 5, 0, 0, time.UTC)
	return r, lib
})

// sample returns the team's sample report, with fixed dates, and a library with
// its photos' print copies.
func sample(tb testing.TB) (*model.Report, *library) {
	tb.Helper()
	r, lib := sampleOnce()
	return r.Clone(), lib
}

// encodeReport prints reports with the encoder and returns the PDF's bytes.
func encodeReport(tb testing.TB, lib *library, reports ...*model.Report) ([]byte, *pdf.ReportEncoder) {
	tb.Helper()
	var buf bytes.Buffer
	enc := pdf.NewReportEncoder(&buf)
	enc.Agency = testAgency
	if lib != nil {
		enc.Photo = lib.photo
	}
	for _, r := range reports {
		if err := enc.Encode(context.Background(), r); err != nil {
			tb.Fatalf("Encode: %v", err)
		}
	}
	if err := enc.Close(); err != nil {
		tb.Fatalf("Close: %v", err)
	}
	return buf.Bytes(), enc
}

// writePDF writes data to a temporary file and returns its path.
func writePDF(tb testing.TB, data []byte) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	if dir := os.Getenv("NEWSDESK_PDF_KEEP"); dir != "" {
		name := strings.NewReplacer("/", "-", " ", "_").Replace(tb.Name()) + ".pdf"
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	return path
}

// poppler runs one of poppler's tools, as a reader of the PDF would.
func poppler(tb testing.TB, tool string, args ...string) string {
	tb.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		tb.Skipf("%s is not installed (scripts/install-deps.sh test installs poppler-utils)", tool)
	}
	cmd := exec.Command(tool, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("%s %s: %v: %s", tool, strings.Join(args, " "), err, stderr.String())
	}
	if s := stderr.String(); strings.Contains(s, "Syntax Error") || strings.Contains(s, "Syntax Warning") {
		tb.Errorf("%s complains about the PDF: %s", tool, s)
	}
	return string(out)
}

// pagesText returns the text of each page as pdftotext reads it (page n at n-1),
// white space collapsed; with from > 0, of that page alone.
func pagesText(tb testing.TB, path string, from int) []string {
	tb.Helper()
	args := []string{"-enc", "UTF-8"}
	if from > 0 {
		args = append(args, "-f", strconv.Itoa(from), "-l", strconv.Itoa(from))
	}
	return splitPages(poppler(tb, "pdftotext", append(args, path, "-")...))
}

// splitPages cuts pdftotext's output at its form feeds.
func splitPages(out string) []string {
	pages := strings.Split(strings.TrimSuffix(out, "\f"), "\f")
	for i := range pages {
		pages[i] = words(pages[i])
	}
	return pages
}

// pageCount returns the number of pages pdfinfo reads.
func pageCount(tb testing.TB, path string) int {
	tb.Helper()
	for _, l := range strings.Split(poppler(tb, "pdfinfo", path), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	tb.Fatalf("pdfinfo gives no page count")
	return 0
}

// imagePages returns, for each image drawn, the page it is on (pdfimages -list).
func imagePages(tb testing.TB, path string) []int {
	tb.Helper()
	var pages []int
	for _, l := range strings.Split(poppler(tb, "pdfimages", "-list", path), "\n")[2:] {
		f := strings.Fields(l)
		if len(f) < 4 || f[2] != "image" {
			continue
		}
		n, _ := strconv.Atoi(f[0])
		pages = append(pages, n)
	}
	return pages
}

// words collapses all white space to single spaces.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func ExampleReportEncoder() {
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.SourceTag = "(Haidong.gov.vn) -"
	r.Lead = "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2025."
	r.Byline = []string{"Minh Khôi"}

	var buf bytes.Buffer
	enc := pdf.NewReportEncoder(&buf)
	enc.Agency = pdf.Agency{Name: "Cổng Thông tin điện tử thành phố Hải Đông"}
	if err := enc.Encode(context.Background(), r); err != nil {
		fmt.Println(model.ErrorMessage(err))
		return
	}
	if err := enc.Close(); err != nil {
		fmt.Println(model.ErrorMessage(err))
		return
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")))
	// Output: true
}

// box is a word where pdftotext -bbox finds it, in points from the top left.
type box struct {
	word                   string
	xMin, yMin, xMax, yMax float64
}

type boxes []box

var wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// wordBoxes returns every word of the PDF with its box, in the order drawn.
func wordBoxes(tb testing.TB, path string) boxes {
	tb.Helper()
	var out boxes
	for _, m := range wordRE.FindAllStringSubmatch(poppler(tb, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-"), -1) {
		b := box{word: html.UnescapeString(m[5])}
		b.xMin, _ = strconv.ParseFloat(m[1], 64)
		b.yMin, _ = strconv.ParseFloat(m[2], 64)
		b.xMax, _ = strconv.ParseFloat(m[3], 64)
		b.yMax, _ = strconv.ParseFloat(m[4], 64)
		out = append(out, b)
	}
	return out
}

// sequence returns the boxes of the words of text where they follow one another,
// nil when they never do.
func (bs boxes) sequence(text string) []box {
	ws := strings.Fields(text)
	for i := range bs {
		if i+len(ws) > len(bs) {
			break
		}
		ok := true
		for j, w := range ws {
			if bs[i+j].word != w {
				ok = false
				break
			}
		}
		if ok {
			return bs[i : i+len(ws)]
		}
	}
	return nil
}

// cropJPEG returns the top-left w×h of a JPEG, encoded again.
func cropJPEG(tb testing.TB, data []byte, w, h int) []byte {
	tb.Helper()
	img, err := jpeg.Decode(bytes.NewReader(data))
	if err != nil {
		tb.Fatal(err)
	}
	sub := img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(image.Rect(0, 0, w, h))
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, sub, &jpeg.Options{Quality: 85}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
