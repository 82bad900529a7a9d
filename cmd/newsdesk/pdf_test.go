package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsdesk/photo/phototest"
)

// popplerText runs one of poppler's tools on a PDF, as a clerk's reader would.
func popplerText(t *testing.T, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s is not installed (scripts/install-deps.sh test installs poppler-utils)", tool)
	}
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %s: %v", tool, strings.Join(args, " "), err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// setAgency fills the agency settings as a newsroom would.
func setAgency(c *cli) {
	c.t.Helper()
	for k, v := range map[string]string{
		"agency.name":            "Cổng Thông tin điện tử thành phố Hải Đông",
		"agency.managing":        "Văn phòng Ủy ban nhân dân thành phố Hải Đông",
		"agency.editor_in_chief": "Trần Quốc Vượng",
		"agency.address":         "Số 18 đường Hoàng Diệu, thành phố Hải Đông",
		"agency.phones":          "0225 3822 999",
		"agency.email":           "congthongtin@haidong.gov.vn",
	} {
		c.ok("settings", k, v)
	}
}

func TestPDFCommand(t *testing.T) {
	c := newCLI(t)
	setAgency(c)
	id := strconv.FormatInt(c.id("sample"), 10)
	out := filepath.Join(t.TempDir(), "bài viết.pdf")
	stdout, stderr, code := c.run("pdf", id, "-o", out)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and silence", code, stdout, stderr)
	}
	info := popplerText(t, "pdfinfo", out)
	if !strings.Contains(info, "x 841.89 pts (A4)") {
		t.Errorf("not A4: %s", info)
	}
	txt := popplerText(t, "pdftotext", "-enc", "UTF-8", out, "-")
	for _, want := range []string{"CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI ĐÔNG", "Ngành Nội vụ",
		"(Haidong.gov.vn) - Sáng 8/1", "Quang cảnh Hội nghị (Ảnh: Minh Khôi)", "Tổng biên tập: Trần Quốc Vượng",
		"Trang 1/", "Thanh Hà"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if images := popplerText(t, "pdfimages", "-list", out); strings.Count(images, " image ") != 4 {
		t.Errorf("want the sample's 4 photos: %s", images)
	}

	t.Run("NoAgencyNote", func(t *testing.T) {
		c := newCLI(t)
		id := strconv.FormatInt(c.id("new", "--headline", "Chưa có cơ quan"), 10)
		_, stderr, code := c.run("pdf", id, "-o", filepath.Join(t.TempDir(), "a.pdf"))
		if code != 0 || !strings.Contains(stderr, "agency.name") {
			t.Errorf("exit %d, stderr %q; want 0 and a note naming agency.name", code, stderr)
		}
	})
	t.Run("HighDPISetting", func(t *testing.T) {
		c := newCLI(t)
		setAgency(c)
		id := strconv.FormatInt(c.id("new", "--headline", "Ảnh in chất lượng cao"), 10)
		jpg := filepath.Join(t.TempDir(), "may-anh.jpg")
		os.WriteFile(jpg, phototest.CameraJPEG(3000, 2000, 1), 0o644)
		c.ok("photo", "add", id, jpg, "--caption", "Quang cảnh")
		for _, tt := range []struct{ dpi, width string }{{"200", "1339"}, {"300", "2008"}} {
			c.ok("settings", "print.dpi", tt.dpi)
			out := filepath.Join(t.TempDir(), "a.pdf")
			c.ok("pdf", id, "-o", out)
			if list := popplerText(t, "pdfimages", "-list", out); !strings.Contains(list, " image "+tt.width+" ") {
				t.Errorf("print.dpi %s: want a photo %s px wide: %s", tt.dpi, tt.width, list)
			}
		}
	})
	t.Run("MissingCharacters", func(t *testing.T) {
		id := strconv.FormatInt(c.id("new", "--headline", "Biểu tượng 😀 trong tiêu đề"), 10)
		_, stderr, code := c.run("pdf", id, "-o", filepath.Join(t.TempDir(), "a.pdf"))
		if code != 0 || !strings.Contains(stderr, "U+1F600") {
			t.Errorf("exit %d, stderr %q; want 0 and the character named", code, stderr)
		}
	})
}

func TestBulletinCommand(t *testing.T) {
	c := newCLI(t)
	setAgency(c)
	a := strconv.FormatInt(c.id("sample"), 10)
	b := strconv.FormatInt(c.id("new", "--headline", "Sở Tài chính triển khai nhiệm vụ năm 2026"), 10)
	out := filepath.Join(t.TempDir(), "ban-tin.pdf")
	c.ok("bulletin", b, a, b, "--title", "Bản tin tháng 1 năm 2026", "--date", "9/1/2026", "-o", out)
	cover := popplerText(t, "pdftotext", "-enc", "UTF-8", "-l", "1", out, "-")
	for _, want := range []string{"CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI ĐÔNG", "Bản tin tháng 1 năm 2026", "Ngày 9 tháng 1 năm 2026", "2 bài viết"} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q: %s", want, cover)
		}
	}
	toc := popplerText(t, "pdftotext", "-enc", "UTF-8", "-f", "2", "-l", "2", out, "-")
	if !strings.Contains(toc, "MỤC LỤC 1. Sở Tài chính triển khai nhiệm vụ năm 2026") || !strings.Contains(toc, "2. Xây dựng nền công vụ") {
		t.Errorf("the table of contents lists %q; want the reports in the order given, each once", toc)
	}
	if page3 := popplerText(t, "pdftotext", "-enc", "UTF-8", "-f", "3", "-l", "3", out, "-"); !strings.Contains(page3, "Sở Tài chính triển khai nhiệm vụ năm 2026") {
		t.Errorf("page 3 should hold the first report: %s", page3)
	}

	t.Run("DateIsTodayByDefault", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "hom-nay.pdf")
		c.ok("bulletin", a, "--title", "Bản tin hôm nay", "-o", out)
		today := time.Now()
		want := "Ngày " + strconv.Itoa(today.Day()) + " tháng " + strconv.Itoa(int(today.Month())) + " năm " + strconv.Itoa(today.Year())
		if cover := popplerText(t, "pdftotext", "-enc", "UTF-8", "-l", "1", out, "-"); !strings.Contains(cover, want) {
			t.Errorf("the cover lacks today's date %q: %s", want, cover)
		}
	})
}

func TestPDFUsage(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("new", "--headline", "Hội nghị"), 10)
	out := filepath.Join(t.TempDir(), "a.pdf")
	for _, argv := range [][]string{
		{"pdf"},
		{"pdf", id},
		{"pdf", id, id, "-o", out},
		{"pdf", "abc", "-o", out},
		{"pdf", id, "-o", out, "--printer", "Phong-hop"},
		{"bulletin", "--title", "Bản tin", "-o", out},
		{"bulletin", id, "-o", out},
		{"bulletin", id, "--title", "  ", "-o", out},
		{"bulletin", id, "--title", "Bản tin", "--date", "31/2/2026", "-o", out},
		{"bulletin", id, "--title", "Bản tin"},
	} {
		if _, errOut, code := c.run(argv...); code != 2 || errOut == "" {
			t.Errorf("newsdesk %s: exit %d, stderr %q; want 2 and a message", strings.Join(argv, " "), code, errOut)
		}
	}
	t.Run("ErrNoSuchReport", func(t *testing.T) {
		_, errOut, code := c.run("bulletin", id, "999", "--title", "Bản tin", "-o", out)
		if code != 1 || !strings.Contains(errOut, "999") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("exit %d, stderr %q; want 1 and one line naming 999", code, errOut)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("a failed bulletin left a file behind")
		}
	})
	t.Run("Help", func(t *testing.T) {
		if overview := c.ok("help"); !strings.Contains(overview, "newsdesk pdf") || !strings.Contains(overview, "newsdesk bulletin") {
			t.Errorf("help does not list pdf and bulletin:\n%s", overview)
		}
		if h := c.ok("bulletin", "--help"); !strings.Contains(h, "--date") || !strings.Contains(h, "--title") {
			t.Errorf("bulletin --help printed %q", h)
		}
	})
}

// fakePrinting puts lp and lpstat stand-ins first on PATH: lpstat answers as CUPS
// does with the given default printer ("" for none) and printers, lp records its
// arguments and copies the file it is given to dir/printed.pdf.
func fakePrinting(t *testing.T, def string, printers ...string) (dir string) {
	t.Helper()
	dir = t.TempDir()
	lpstat := "#!/bin/sh\ncase \"$1\" in\n-d) "
	if def == "" {
		lpstat += "echo 'no system default destination' ;;\n"
	} else {
		lpstat += "echo 'system default destination: " + def + "' ;;\n"
	}
	lpstat += "-e) printf '" + strings.Join(printers, "\\n") + "\\n' ;;\nesac\n"
	lp := "#!/bin/sh\necho \"$@\" > " + dir + "/args\nfor last; do :; done\n/bin/cp \"$last\" " + dir + "/printed.pdf\necho 'request id is Office-1 (1 file(s))'\n"
	os.WriteFile(filepath.Join(dir, "lpstat"), []byte(lpstat), 0o755)
	os.WriteFile(filepath.Join(dir, "lp"), []byte(lp), 0o755)
	t.Setenv("PATH", dir)
	return dir
}

func TestPrint(t *testing.T) {
	c := newCLI(t)
	setAgency(c)
	id := strconv.FormatInt(c.id("new", "--headline", "Hội nghị giao ban tháng 1"), 10)
	pdftotext, err := exec.LookPath("pdftotext") // before PATH holds only the stand-ins
	if err != nil {
		t.Skip("pdftotext is not installed (scripts/install-deps.sh test installs poppler-utils)")
	}

	t.Run("DefaultPrinter", func(t *testing.T) {
		dir := fakePrinting(t, "Phong-hanh-chinh", "Phong-hanh-chinh")
		stdout, stderr, code := c.run("pdf", id, "--print")
		if code != 0 || !strings.Contains(stdout, "Phong-hanh-chinh") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		args, _ := os.ReadFile(filepath.Join(dir, "args"))
		if !strings.HasPrefix(string(args), "-d Phong-hanh-chinh ") {
			t.Errorf("lp called with %q", args)
		}
		if txt := popplerText(t, pdftotext, "-enc", "UTF-8", filepath.Join(dir, "printed.pdf"), "-"); !strings.Contains(txt, "Hội nghị giao ban tháng 1") {
			t.Errorf("the printer got %q", txt)
		}
	})
	t.Run("ChosenPrinter", func(t *testing.T) {
		dir := fakePrinting(t, "", "Phong-hop", "Van-thu")
		out := filepath.Join(t.TempDir(), "a.pdf")
		c.ok("pdf", id, "-o", out, "--print", "--printer", "Van-thu")
		if args, _ := os.ReadFile(filepath.Join(dir, "args")); !strings.HasPrefix(string(args), "-d Van-thu ") {
			t.Errorf("lp called with %q", args)
		}
		if _, err := os.Stat(out); err != nil {
			t.Errorf("-o with --print should also save the file: %v", err)
		}
	})
	for _, tt := range []struct {
		name     string
		printers []string
		want     string
	}{
		{"ErrNoPrinter", nil, "Chưa có máy in nào"},
		{"ErrNoDefault", []string{"Phong-hop", "Van-thu"}, "--printer"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fakePrinting(t, "", tt.printers...)
			_, stderr, code := c.run("pdf", id, "--print")
			if code != 1 || !strings.Contains(stderr, tt.want) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("exit %d, stderr %q; want 1 and one line with %q", code, stderr, tt.want)
			}
		})
	}
	t.Run("ErrNoPrintingSystem", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		out := filepath.Join(t.TempDir(), "a.pdf")
		_, stderr, code := c.run("pdf", id, "-o", out, "--print")
		if code != 1 || !strings.Contains(stderr, "CUPS") || !strings.Contains(stderr, out) {
			t.Errorf("exit %d, stderr %q; want 1, CUPS named and the saved file", code, stderr)
		}
	})
}

// runMain runs one command line against the library db for a benchmark and fails
// it on a non-zero exit.
func runMain(b *testing.B, db string, argv ...string) string {
	b.Helper()
	var out, errOut bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	if code := m.Run(context.Background(), append([]string{"--db", db}, argv...)); code != 0 {
		b.Fatalf("newsdesk %s: exit %d, stderr %q", strings.Join(argv, " "), code, errOut.String())
	}
	m.Close()
	return strings.TrimSpace(out.String())
}

// BenchmarkPDF30CameraPhotos runs `newsdesk pdf` on a report with 30 photos from a
// 24-megapixel camera (6000×4000, about 10 MB each, every third shot turned), added
// to the library beforehand with `newsdesk photo add` as a reporter would: the
// command reads the print copies from the library, places them at 200 dpi and
// writes the file. The bar: under 5 s, under 10 MB. Making and importing the 30
// camera files takes about a minute before the timing starts.
func BenchmarkPDF30CameraPhotos(b *testing.B) {
	dir := b.TempDir()
	db := filepath.Join(dir, "library.sqlite")
	runMain(b, db, "settings", "agency.name", "Cổng Thông tin điện tử thành phố Hải Đông")
	id := runMain(b, db, "new", "--headline", "Hội nghị tổng kết công tác năm 2025")
	for i := range 30 {
		o := 1
		if i%3 == 1 {
			o = 6
		}
		jpg := filepath.Join(dir, fmt.Sprintf("DSC_%04d.JPG", i))
		if err := os.WriteFile(jpg, phototest.CameraJPEG(6000, 4000-2*i, o), 0o644); err != nil {
			b.Fatal(err)
		}
		runMain(b, db, "photo", "add", id, jpg, "--caption", fmt.Sprintf("Đại biểu dự Hội nghị (ảnh %d)", i+1))
		os.Remove(jpg)
	}
	out := filepath.Join(dir, "bao-cao.pdf")
	b.ResetTimer()
	for b.Loop() {
		runMain(b, db, "pdf", id, "-o", out)
	}
	b.StopTimer()
	st, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Size())/1e6, "MB")
}
