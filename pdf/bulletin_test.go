package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/pdf"
)

// encodeBulletin prints reports as a bulletin and returns the PDF and the encoder.
func encodeBulletin(tb testing.TB, lib *library, title string, date model.Date, reports ...*model.Report) ([]byte, *pdf.BulletinEncoder) {
	tb.Helper()
	var buf bytes.Buffer
	enc := pdf.NewBulletinEncoder(&buf, title, date)
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

func TestBulletin(t *testing.T) {
	t.Parallel()
	// Forty reports of different lengths, one with photos and one with a long
	// award list, so that reports take one to several pages and the table of
	// contents takes two.
	var reports []*model.Report
	sampleReport, lib := sample(t)
	for i := range 40 {
		r := textReport(i + 1)
		r.Body = r.Body[:1+i%5]
		switch i {
		case 3:
			r.Body = append(r.Body, model.Block{Kind: model.BlockAwards, Awards: awardList(10, 50)})
		case 7:
			r = sampleReport
		}
		reports = append(reports, r)
	}
	const title = "Bản tin hoạt động các sở, ngành tháng 1 năm 2026"
	data, enc := encodeBulletin(t, lib, title, "2026-01-09", reports...)
	path := writePDF(t, data)
	n := pageCount(t, path)
	full, columns, headers := pagesText(t, path, 0), columnPages(t, path), headerPages(t, path)
	if len(full) != n || len(columns) != n || len(headers) != n {
		t.Fatalf("pdftotext read %d, %d, %d pages of %d", len(full), len(columns), len(headers), n)
	}

	t.Run("Cover", func(t *testing.T) {
		for _, want := range []string{"VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI ĐÔNG CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI ĐÔNG",
			title, "Ngày 9 tháng 1 năm 2026", "40 bài viết"} {
			if !strings.Contains(full[0], want) {
				t.Errorf("the cover lacks %q: %q", want, full[0])
			}
		}
		if headers[0] != "" {
			t.Errorf("the cover has a running header: %q", headers[0])
		}
	})

	t.Run("TableOfContents", func(t *testing.T) {
		if !strings.HasPrefix(columns[1], "MỤC LỤC 1. ") {
			t.Fatalf("page 2 does not open the table of contents: %.80q", columns[1])
		}
		toc := ""
		tocPages := 0
		for p := 1; p < n && !strings.HasPrefix(columns[p], reports[0].Section); p++ {
			toc += " " + columns[p]
			tocPages++
		}
		if tocPages != 2 {
			t.Errorf("the table of contents of 40 reports takes %d pages, want 2", tocPages)
		}
		for i, r := range reports {
			re := regexp.MustCompile(regexp.QuoteMeta(fmt.Sprintf(" %d. %s", i+1, r.Headline)) + `[ .]*? (\d+)(?: |$)`)
			m := re.FindStringSubmatch(toc)
			if m == nil {
				t.Errorf("no entry for report %d (%s)", i+1, r.Headline)
				continue
			}
			page, _ := strconv.Atoi(m[1])
			if page != enc.Pages()[i] {
				t.Errorf("entry %d says page %d, Pages() says %d", i+1, page, enc.Pages()[i])
			}
			if page < 1 || page > n {
				t.Errorf("entry %d points to page %d of %d", i+1, page, n)
				continue
			}
			// The report opens the page the entry names: a reader turning there
			// finds its section and headline at the top.
			if want := words(r.Section + " " + r.Headline); !strings.HasPrefix(columns[page-1], want) {
				t.Errorf("entry %d says page %d, which opens with %.80q", i+1, page, columns[page-1])
			}
			if page > 1 && strings.Contains(columns[page-2], r.Headline) {
				t.Errorf("report %d also appears on page %d, before its entry's page", i+1, page-1)
			}
		}
	})

	t.Run("HeaderAndFooterOnEveryPage", func(t *testing.T) {
		for p := 1; p <= n; p++ {
			if want := fmt.Sprintf("Trang %d/%d", p, n); !strings.Contains(full[p-1], want) {
				t.Errorf("page %d lacks %q", p, want)
			}
			if !strings.Contains(full[p-1], "Tổng biên tập: Trần Quốc Vượng") {
				t.Errorf("page %d lacks the agency footer", p)
			}
			if want := title + " Ngày 9/1/2026"; p > 1 && headers[p-1] != want {
				t.Errorf("page %d header %q, want %q", p, headers[p-1], want)
			}
		}
	})

	t.Run("Text", func(t *testing.T) {
		all := strings.Join(columns, " ")
		for _, r := range reports {
			inOrder(t, all, reportTexts(r))
		}
	})
}
