package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/docx"
	"newsdesk/sqlite"
)

// TestWordInAndOut: a report drafted in Word elsewhere (a document LibreOffice
// made) comes in as a new report with its photos, captions and award table,
// saying it was made from Word; written back as .docx, it reads the same; the
// Word file is never written over a bundle without --force.
func TestWordInAndOut(t *testing.T) {
	c := newCLI(t)
	id := c.id("import", filepath.Join("..", "..", "docx", "testdata", "report-libreoffice.docx"))
	ids := strconv.FormatInt(id, 10)
	shown := c.ok("show", ids)
	for _, want := range []string{"Phường Hòa Khánh tổng kết phong trào thể dục thể thao năm 2026", "(Hoakhanh.gov.vn) -",
		"Quang cảnh Hội nghị", "Trần Văn Bình", "Phạm Thị Ngọc Ánh"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the imported report lacks %q:\n%s", want, shown)
		}
	}
	db := sqlite.NewDB(c.db)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	revs, err := sqlite.NewRevisionService(db).FindRevisions(context.Background(), id)
	db.Close()
	if err != nil || len(revs) != 1 || revs[0].Reason.Label() != "Nhập từ tài liệu Word" {
		t.Errorf("history %+v (%v), want one entry: made from a Word document", revs, err)
	}

	out := filepath.Join(t.TempDir(), "bao-cao.docx")
	c.ok("export", ids, "-o", out)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	doc, err := docx.Read(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	again := doc.Report
	if again.Headline != "Phường Hòa Khánh tổng kết phong trào thể dục thể thao năm 2026" || len(doc.Photos) == 0 || len(again.AwardLists()) != 1 {
		t.Errorf("read back %q with %d photos and %d award lists", again.Headline, len(doc.Photos), len(again.AwardLists()))
	}

	bundle := filepath.Join(t.TempDir(), "bai.zip")
	c.ok("export", ids, "-o", bundle)
	if _, errOut, code := c.run("export", ids, "-o", strings.TrimSuffix(bundle, ".zip")+".docx"); code != 0 {
		t.Errorf("a new .docx beside a bundle: exit %d %q", code, errOut)
	}
	os.Rename(bundle, filepath.Join(filepath.Dir(bundle), "cu.docx"))
	if _, errOut, code := c.run("export", ids, "-o", filepath.Join(filepath.Dir(bundle), "cu.docx")); code == 0 || !strings.Contains(errOut, "--force") {
		t.Errorf("over a bundle named .docx: exit %d %q; want refused, naming --force", code, errOut)
	}
}
