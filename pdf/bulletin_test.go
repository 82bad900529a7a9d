package pdf_test

import (
	"bytes"
	"context"
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

func TestBulletinRender(t *testing.T) {
	r, lib := sample(t)
	data, enc := encodeBulletin(t, lib, "Bản tin Nội vụ tháng 1 năm 2026", "2026-01-09", r, textReport(1), textReport(2))
	path := writePDF(t, data)
	t.Logf("pages %d size %d starts %v", pageCount(t, path), len(data), enc.Pages())
}
