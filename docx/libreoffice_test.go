package docx_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/docx"
)

// TestWrite_LibreOffice opens a written report in LibreOffice, as a desk would,
// and prints it to PDF: the page is A4, the Vietnamese text, the award tables'
// headings and names and the captions are on it, and so are the four photos.
// One conversion, a few seconds.
func TestWrite_LibreOffice(t *testing.T) {
	soffice := tool(t, "soffice")
	r, lib := MustReport(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(in, MustWrite(t, r, lib, docx.Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v: %s", err, out)
	}
	pdf := filepath.Join(dir, "report.pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice made no PDF of the document: %v", err)
	}
	info := run(t, tool(t, "pdfinfo"), pdf)
	if !strings.Contains(info, "(A4)") {
		t.Errorf("the page is not A4:\n%s", info)
	}
	text := strings.Join(strings.Fields(run(t, tool(t, "pdftotext"), pdf, "-")), " ")
	for _, want := range []string{
		"Giáo dục – Đào tạo",
		"(Anhoa.gov.vn) - Chiều 18/12, Hội Khuyến học phường An Hòa",
		"Nguyễn Thị Lan Phương",
		"Quang cảnh Hội nghị. Ảnh: Hoàng Minh",
		"Đồng chí Nguyễn Thị Lan Phương phát biểu. Ảnh tư liệu",
		"Tên tập thể, họ và tên",
		"Vũ Thị Hồng Nhung",
		"Chi hội trưởng, Tổ dân phố số",
		"Mai Quốc Khánh",
		"Bằng khen",
		"(Quyết định số 41/QĐ-UBND, ngày 15/12/2026)",
		"Hoàng Minh - Thu Trang",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("LibreOffice's page lacks %q", want)
		}
	}
	images := strings.Count(run(t, tool(t, "pdfimages"), "-list", pdf), " image ")
	if images != 4 {
		t.Errorf("LibreOffice's pages show %d images, want 4", images)
	}
}

// TestRoundTrip_LibreOffice: a written report that a desk opens and saves
// again in LibreOffice comes back the same.
func TestRoundTrip_LibreOffice(t *testing.T) {
	soffice := tool(t, "soffice")
	r, lib := MustReport(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(in, MustWrite(t, r, lib, docx.Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "saved")
	cmd := exec.Command(soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "docx:MS Word 2007 XML", "--outdir", out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v: %s", err, b)
	}
	data, err := os.ReadFile(filepath.Join(out, "report.docx"))
	if err != nil {
		t.Fatalf("LibreOffice saved no document: %v", err)
	}
	if app := string(Entry(t, data, "docProps/app.xml")); !strings.Contains(app, "LibreOffice") {
		t.Fatalf("the document read back is not LibreOffice's: %s", app)
	}
	assertSame(t, r, lib, MustRead(t, data))
}

// tool returns the path of a program the test runs, skipping the test where it
// is not installed (scripts/install-deps.sh test installs them).
func tool(tb testing.TB, name string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		tb.Skipf("%s is not installed (scripts/install-deps.sh test installs LibreOffice and poppler-utils)", name)
	}
	return p
}

func run(tb testing.TB, name string, args ...string) string {
	tb.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("%s %s: %v: %s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
