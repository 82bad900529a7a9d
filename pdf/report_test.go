package pdf_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/model"
	"newsdesk/pdf"
	"newsdesk/photo/phototest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The column as pdftotext crops it, in points: below the running header, above the
// footer (with the test agency's three footer lines).
var (
	cropTop    = 20 * 72 / 25.4
	cropBottom = 270 * 72 / 25.4
)

// columnPages returns the text in the column of each page (page n at n-1) in the
// order it was drawn, header and footer left out, white space collapsed.
func columnPages(tb testing.TB, path string) []string {
	tb.Helper()
	out := poppler(tb, "pdftotext", "-raw", "-enc", "UTF-8", "-r", "72", "-x", "0", "-y", strconv.Itoa(int(cropTop)),
		"-W", "600", "-H", strconv.Itoa(int(cropBottom-cropTop)), path, "-")
	return splitPages(out)
}

// columnText returns the text in the columns of all pages, as columnPages reads it.
func columnText(tb testing.TB, path string) string {
	tb.Helper()
	return strings.Join(columnPages(tb, path), " ")
}

// headerPages returns the text above the column of each page: the running header.
func headerPages(tb testing.TB, path string) []string {
	tb.Helper()
	return splitPages(poppler(tb, "pdftotext", "-enc", "UTF-8", "-r", "72", "-x", "0", "-y", "0", "-W", "600",
		"-H", strconv.Itoa(int(cropTop)), path, "-"))
}

// inOrder checks that each of wants occurs in got after the one before.
func inOrder(t *testing.T, got string, wants []string) {
	t.Helper()
	at := 0
	for _, w := range wants {
		w = words(w)
		i := strings.Index(got[at:], w)
		if i < 0 {
			if j := strings.Index(got, w); j >= 0 {
				t.Errorf("%q is out of order (found at %d, before %d)", w, j, at)
			} else {
				t.Errorf("%q is missing from the text:\n%s", w, got)
			}
			continue
		}
		at += i + len(w)
	}
}

// reportTexts returns what a reader must find in the PDF of r, in order.
func reportTexts(r *model.Report) []string {
	wants := []string{r.Section, r.Headline, r.SourceTag + " " + r.Lead}
	for _, b := range r.Body {
		switch b.Kind {
		case model.BlockParagraph:
			wants = append(wants, b.Text)
		case model.BlockPhoto:
			wants = append(wants, b.Photo.Caption+" ("+b.Photo.Credit+")")
		case model.BlockAwards:
			a := b.Awards
			wants = append(wants, a.By+" "+a.Summary()+" ("+a.Decision+" ngày "+a.Date.Short()+"):")
			for _, rc := range a.Recipients {
				wants = append(wants, rc.Name)
			}
		}
	}
	return append(wants, strings.Join(r.Byline, " - "))
}

func TestReportText(t *testing.T) {
	t.Parallel()
	r, lib := sample(t)
	data, enc := encodeReport(t, lib, r)
	path := writePDF(t, data)
	got := columnText(t, path)
	inOrder(t, got, reportTexts(r))
	if !norm.NFC.IsNormalString(got) {
		t.Errorf("pdftotext gives text that is not NFC")
	}
	if len(enc.Missing()) != 0 {
		t.Errorf("Missing() = %q for the sample, want none", enc.Missing())
	}

	t.Run("MastheadAndFooterOnEveryPage", func(t *testing.T) {
		full, headers := pagesText(t, path, 0), headerPages(t, path)
		n := pageCount(t, path)
		if n < 2 || len(full) != n || len(headers) != n {
			t.Fatalf("%d pages, %d and %d read; the sample should take several", n, len(full), len(headers))
		}
		if !strings.HasPrefix(full[0], "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI ĐÔNG") {
			t.Errorf("page 1 does not open with the masthead: %.80q", full[0])
		}
		for p := 1; p <= n; p++ {
			for _, want := range []string{
				"Cơ quan chủ quản: Văn phòng Ủy ban nhân dân thành phố Hải Đông",
				"Tổng biên tập: Trần Quốc Vượng",
				"Địa chỉ: Số 18 đường Hoàng Diệu, phường Hồng Bàng, thành phố Hải Đông",
				"Điện thoại: 0225 3822 999 · 0225 3822 888", "Email: congthongtin@haidong.gov.vn",
				fmt.Sprintf("Trang %d/%d", p, n),
			} {
				if !strings.Contains(full[p-1], want) {
					t.Errorf("page %d lacks %q", p, want)
				}
			}
			if h := headers[p-1]; p > 1 && !strings.HasPrefix(h, "Cổng Thông tin điện tử thành phố Hải Đông Xây dựng nền công vụ") {
				t.Errorf("page %d lacks the running header: %q", p, h)
			}
		}
	})

	t.Run("FontsEmbedded", func(t *testing.T) {
		lines := strings.Split(strings.TrimSpace(poppler(t, "pdffonts", path)), "\n")[2:]
		names := map[string]bool{}
		for _, l := range lines {
			f := strings.Fields(l)
			// name, type (2 words), encoding, emb, sub, uni, object, ID
			if len(f) != 9 || f[4] != "yes" || f[6] != "yes" {
				t.Errorf("font not embedded with a Unicode map: %q", l)
				continue
			}
			names[f[0]] = true
		}
		for _, want := range []string{"utf8notoserif", "utf8notoserifB", "utf8notoserifI", "utf8notosans", "utf8notosansB"} {
			if !names[want] {
				t.Errorf("pdffonts lacks %s: %v", want, names)
			}
		}
	})
}

func TestReportNFC(t *testing.T) {
	t.Parallel()
	// Decomposed text, as some input methods and macOS file names deliver it, given
	// straight to the encoder.
	nfd := func(s string) string { return norm.NFD.String(s) }
	r := &model.Report{Headline: nfd("Hội nghị tổng kết"), Section: nfd("Ngành Nội vụ"), SourceTag: "(Haidong.gov.vn) -",
		Lead: nfd("Sáng 8/1, Sở Tư pháp tổ chức Hội nghị."), Byline: []string{nfd("Thanh Hà")},
		Body: []model.Block{{Kind: model.BlockParagraph, Text: nfd("Đồng chí Lê Thị Ngọc Ánh phát biểu chỉ đạo.")}}}
	data, _ := encodeReport(t, nil, r)
	got := columnText(t, writePDF(t, data))
	want := "Ngành Nội vụ Hội nghị tổng kết (Haidong.gov.vn) - Sáng 8/1, Sở Tư pháp tổ chức Hội nghị. Đồng chí Lê Thị Ngọc Ánh phát biểu chỉ đạo. Thanh Hà"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// breakingReport returns a report built so that photos and an award list meet page
// ends: paragraphs of growing length between photos, then a long award list with a
// recipient whose name and unit run over several lines.
func breakingReport() (*model.Report, *library) {
	_, lib := sampleOnce()
	var uuids []string
	for u := range lib.prints {
		uuids = append(uuids, u)
	}
	slices.Sort(uuids)
	r := textReport(3)
	r.Body = nil
	for i := range 8 {
		r.Body = append(r.Body, model.Paragraph(fmt.Sprintf("Đoạn %d. %s", i+1, paragraphText(i, 2+3*i%7))),
			model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: uuids[i%len(uuids)],
				Caption: fmt.Sprintf("Chú thích ảnh số %d: đại biểu dự Hội nghị", i+1), Credit: "Ảnh: Minh Khôi"}})
	}
	a := awardList(12, 60)
	a.Recipients[20].Name = "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính thành phố Hải Đông, cơ sở số 2 tại khu đô thị mới phía Tây"
	a.Recipients[20].Unit = "Văn phòng Ủy ban nhân dân thành phố Hải Đông và các cơ quan chuyên môn trực thuộc, theo Quyết định số 1234/QĐ-UBND"
	r.Body = append(r.Body, model.Paragraph("Danh sách khen thưởng:"), model.Block{Kind: model.BlockAwards, Awards: a})
	r.Normalize()
	return r, lib
}

// breakingPDF is the PDF of breakingReport, made once for the tests that read it.
var breakingPDF = sync.OnceValues(func() (*model.Report, []byte) {
	r, lib := breakingReport()
	var buf bytes.Buffer
	enc := pdf.NewReportEncoder(&buf)
	enc.Agency, enc.Photo = testAgency, lib.photo
	if err := enc.Encode(context.Background(), r); err != nil {
		panic(err)
	}
	if err := enc.Close(); err != nil {
		panic(err)
	}
	return r, buf.Bytes()
})

func TestPhotoAndCaptionStayTogether(t *testing.T) {
	t.Parallel()
	r, data := breakingPDF()
	path := writePDF(t, data)
	images := imagePages(t, path)
	if len(images) != 8 {
		t.Fatalf("pdfimages lists %d images, want 8", len(images))
	}
	pages := columnPages(t, path)
	moved := 0
	for i, page := range images {
		caption := fmt.Sprintf("Chú thích ảnh số %d: đại biểu dự Hội nghị (Ảnh: Minh Khôi)", i+1)
		if txt := pages[page-1]; !strings.Contains(txt, caption) {
			t.Errorf("photo %d is on page %d, its caption is not:\n%s", i+1, page, txt)
		}
		// Did the paragraph before the photo end on an earlier page? Then the photo
		// was moved to the next page whole: the case this test is built to reach.
		before := sentences[(i+2+3*i%7-1)%len(sentences)]
		if page > 1 && strings.HasSuffix(pages[page-2], words(before)) {
			moved++
		}
	}
	if moved == 0 {
		t.Errorf("no photo met a page end; make the report reach one")
	}
	if floated, _ := checkFlow(t, r, path); floated == 0 {
		t.Errorf("no photo waited for the next page; make the report reach one")
	}

	t.Run("Sweep", func(t *testing.T) {
		// Reports that each start on a new page, the k-th with k one-line paragraphs
		// before a photo whose caption takes three lines: the photo's top moves down
		// a line at a time, less than the caption's height, so some photo fits
		// where its caption would not.
		small := model.PhotoFile{MIME: "image/jpeg", Width: 600, Height: 400, Data: cropJPEG(t, phototest.CameraJPEG(600, 400, 0), 600, 400)}
		lib := &library{prints: map[string]model.PhotoFile{"p": small}}
		caption := strings.Repeat("Đại biểu các sở, ngành và địa phương dự Hội nghị tổng kết công tác năm 2025 tại hội trường lớn; ", 3)
		var reports []*model.Report
		for k := range 26 {
			r := model.NewReport(fmt.Sprintf("Bài %d", k+1))
			for i := range k {
				r.Body = append(r.Body, model.Paragraph(fmt.Sprintf("Dòng %d của bài %d.", i+1, k+1)))
			}
			r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "p", Caption: fmt.Sprintf("Ảnh của bài %d. %s", k+1, caption)}})
			r.Normalize()
			reports = append(reports, r)
		}
		data, _ := encodeBulletin(t, lib, "Bản tin thử ngắt trang", "2026-01-09", reports...)
		path := writePDF(t, data)
		pages := columnPages(t, path)
		images := imagePages(t, path)
		if len(images) != len(reports) {
			t.Fatalf("%d images, want %d", len(images), len(reports))
		}
		moved := 0
		for k, page := range images {
			if !strings.Contains(pages[page-1], words(fmt.Sprintf("Ảnh của bài %d. %s", k+1, caption))) {
				t.Errorf("photo %d is on page %d, its caption is not, or not all of it inside the column", k+1, page)
			}
			if k > 0 && strings.HasSuffix(pages[page-2], fmt.Sprintf("Dòng %d của bài %d.", k, k+1)) {
				moved++
			}
		}
		if moved == 0 {
			t.Errorf("no photo met a page end")
		}
	})
}

func TestAwardTable(t *testing.T) {
	t.Parallel()
	r, data := breakingPDF()
	path := writePDF(t, data)
	a := r.AwardLists()[0]
	pages := columnPages(t, path)

	// Which pages hold rows, and is every row whole on one page?
	rowPages := map[int]bool{}
	for p, txt := range pages {
		for _, rc := range a.Recipients {
			if strings.Contains(txt, rc.Name) {
				rowPages[p+1] = true
			}
		}
	}
	if len(rowPages) < 2 {
		t.Fatalf("the table covers %d page(s); the test needs it to cross a page end", len(rowPages))
	}
	for p := range rowPages {
		txt := pages[p-1]
		head := strings.Index(txt, "STT Tên tập thể, họ và tên Đơn vị, chức vụ Hình thức khen thưởng")
		if head < 0 {
			t.Errorf("page %d has rows but no header row:\n%s", p, txt)
			continue
		}
		for _, rc := range a.Recipients {
			if i := strings.Index(txt, rc.Name); i >= 0 && i < head {
				t.Errorf("page %d: row %q above the header", p, rc.Name)
			}
		}
	}
	all := columnText(t, path)
	for _, rc := range a.Recipients {
		if c := strings.Count(all, rc.Name+" "); c != 1 {
			t.Errorf("%q appears %d times, want once", rc.Name, c)
		}
	}
	for _, group := range []string{"Tập thể 1 Phòng Kế hoạch tổng hợp số 1", "Cá nhân 1 Nguyễn Văn Thắng 1"} {
		if !strings.Contains(all, group) {
			t.Errorf("the group label is not followed by its first row: %q", group)
		}
	}

	t.Run("LongNamesWrapInsideTheirCells", func(t *testing.T) {
		long := a.Recipients[20]
		// Column borders from the left edge, in points: STT 12 mm, name 57 mm, unit 63 mm.
		nameRight := (22 + 12 + 57) * 72 / 25.4
		unitRight := (22 + 12 + 57 + 63) * 72 / 25.4
		boxes := wordBoxes(t, path)
		check := func(text string, right float64) {
			lines := map[float64]bool{}
			found := boxes.sequence(text)
			if found == nil {
				t.Errorf("%q not found", text)
			}
			for i, b := range found {
				w := strings.Fields(text)[i]
				if b.xMax > right {
					t.Errorf("%q ends at %.1f pt, past the cell's border at %.1f pt", w, b.xMax, right)
				}
				lines[b.yMin] = true
			}
			if len(lines) < 2 {
				t.Errorf("%q was not wrapped", text)
			}
		}
		check(long.Name, nameRight)
		check(long.Unit, unitRight)
	})
}

func TestPhotoResolution(t *testing.T) {
	t.Parallel()
	// A print copy as import makes it from a camera photo: 2400 px on the long side.
	print := model.PhotoFile{MIME: "image/jpeg", Width: 2400, Height: 1600, Data: phototest.CameraJPEG(2400, 1600, 0)}
	lib := &library{prints: map[string]model.PhotoFile{"p": print}}
	r := model.NewReport("Ảnh đúng độ phân giải")
	r.Body = []model.Block{
		{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "p", Caption: "Ngang"}},
		{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "p", Caption: "Xoay một phần tư", Rotation: 90}},
	}
	for _, tt := range []struct {
		dpi  int
		want [2][2]int // pixels of the two photos: 170 mm wide, then 150 mm high
	}{
		{0, [2][2]int{{1339, 892}, {787, 1181}}},
		{pdf.DefaultDPI, [2][2]int{{1339, 892}, {787, 1181}}},
		{pdf.HighDPI, [2][2]int{{2008, 1339}, {1181, 1772}}},
	} {
		t.Run(strconv.Itoa(tt.dpi), func(t *testing.T) {
			var buf bytes.Buffer
			enc := pdf.NewReportEncoder(&buf)
			enc.Agency, enc.Photo, enc.DPI = testAgency, lib.photo, tt.dpi
			if err := enc.Encode(context.Background(), r); err != nil {
				t.Fatal(err)
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			dpi := max(tt.dpi, pdf.DefaultDPI)
			var sizes [][2]int
			for _, l := range strings.Split(poppler(t, "pdfimages", "-list", writePDF(t, buf.Bytes())), "\n")[2:] {
				if f := strings.Fields(l); len(f) > 13 {
					w, _ := strconv.Atoi(f[3])
					h, _ := strconv.Atoi(f[4])
					sizes = append(sizes, [2]int{w, h})
					if ppi, _ := strconv.Atoi(f[12]); ppi < dpi-1 || ppi > dpi+1 {
						t.Errorf("image placed at %d ppi, want %d", ppi, dpi)
					}
				}
			}
			if len(sizes) != 2 || sizes[0] != tt.want[0] || sizes[1] != tt.want[1] {
				t.Errorf("images embedded at %v px, want %v (the print copy is 2400×1600; the second turned upright)", sizes, tt.want)
			}
		})
	}

	t.Run("SmallCopyAsItIs", func(t *testing.T) {
		small := cropJPEG(t, print.Data, 800, 533)
		lib := &library{prints: map[string]model.PhotoFile{"x": {MIME: "image/jpeg", Width: 800, Height: 533, Data: small}}}
		r := model.NewReport("Ảnh nhỏ")
		r.Body = []model.Block{{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "x", Caption: "Ảnh nhỏ"}}}
		data, _ := encodeReport(t, lib, r)
		if !bytes.Contains(data, small) {
			t.Errorf("a print copy smaller than the placed size should be embedded as it is, not enlarged")
		}
	})
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	r, lib := sample(t)
	a, _ := encodeReport(t, lib, r)
	b, _ := encodeReport(t, lib, r.Clone())
	if !bytes.Equal(a, b) {
		t.Fatalf("the same report gave different bytes")
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20260108093000)")) {
		t.Errorf("creation date is not the report's")
	}

	t.Run("Golden", func(t *testing.T) {
		r := textReport(5)
		r.Body = append(r.Body, model.Block{Kind: model.BlockAwards, Awards: awardList(3, 4)})
		data, _ := encodeReport(t, nil, r)
		golden := filepath.Join("testdata", "text-report.pdf")
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(golden, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update to write it)", err)
		}
		if !bytes.Equal(data, want) {
			t.Errorf("output differs from %s (sha256 %x, want %x); if the change is meant, look at the new one and run with -update",
				golden, sha256.Sum256(data), sha256.Sum256(want))
		}
	})
}

func TestEncodeErrors(t *testing.T) {
	t.Parallel()
	r, lib := sample(t)
	t.Run("ErrEmpty", func(t *testing.T) {
		enc := pdf.NewReportEncoder(&bytes.Buffer{})
		if err := enc.Close(); model.ErrorCode(err) != model.EINVALID {
			t.Errorf("Close with no report: %v, want EINVALID", err)
		}
	})
	t.Run("ErrPhotoMissing", func(t *testing.T) {
		enc := pdf.NewReportEncoder(&bytes.Buffer{})
		enc.Photo = (&library{}).photo
		err := enc.Encode(context.Background(), r)
		if model.ErrorCode(err) != model.ENOTFOUND || !strings.Contains(model.ErrorMessage(err), "Quang cảnh Hội nghị") {
			t.Errorf("got %v, want ENOTFOUND naming the photo's caption", err)
		}
	})
	t.Run("ErrOneOfSeveral", func(t *testing.T) {
		// The second photo is missing while the first is still being read: the
		// person is told of the missing one, not that the PDF was cancelled.
		var first string
		for _, b := range r.Body {
			if b.Kind == model.BlockPhoto {
				first = b.Photo.UUID
				break
			}
		}
		enc := pdf.NewReportEncoder(&bytes.Buffer{})
		enc.Photo = func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
			if b.UUID == first {
				<-ctx.Done() // stopped by the other photo's failure
				return model.PhotoFile{}, ctx.Err()
			}
			return model.PhotoFile{}, model.Errorf(model.ENOTFOUND, "not found")
		}
		err := enc.Encode(context.Background(), r)
		if model.ErrorCode(err) != model.ENOTFOUND || errors.Is(err, context.Canceled) {
			t.Errorf("got %v (%s), want the missing photo named, not a cancellation", err, model.ErrorMessage(err))
		}
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		enc := pdf.NewReportEncoder(&bytes.Buffer{})
		enc.Photo = func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
			cancel()
			return lib.photo(ctx, b)
		}
		err := enc.Encode(ctx, r)
		if !errors.Is(err, context.Canceled) || model.ErrorMessage(err) == model.ErrorMessage(errors.New("x")) {
			t.Errorf("got %v, want a canceled error with a sentence", err)
		}
	})
	t.Run("Progress", func(t *testing.T) {
		var got []string
		enc := pdf.NewReportEncoder(&bytes.Buffer{})
		enc.Photo = lib.photo
		enc.Progress = func(done, total int) { got = append(got, fmt.Sprintf("%d/%d", done, total)) }
		if err := enc.Encode(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		if want := "0/4 1/4 2/4 3/4 4/4"; strings.Join(got, " ") != want {
			t.Errorf("progress %v, want %s", got, want)
		}
	})
}
