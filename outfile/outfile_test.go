package outfile_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/outfile"
)

// library makes a file that looks like a library with its WAL beside it.
func library(t *testing.T, dir string) string {
	t.Helper()
	lib := filepath.Join(dir, "library.sqlite")
	must(t, os.WriteFile(lib, []byte("SQLite format 3\x00 the reporter's whole year"), 0o644))
	must(t, os.WriteFile(lib+"-wal", []byte("wal frames"), 0o644))
	return lib
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func writePDF(f *os.File) error {
	_, err := f.WriteString("%PDF-1.4 a new report")
	return err
}

func bundleBytes(t *testing.T, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := z.Create(n)
		must(t, err)
		w.Write([]byte("{}"))
	}
	must(t, z.Close())
	return buf.Bytes()
}

func TestWriteNeverOverLibrary(t *testing.T) {
	dir := t.TempDir()
	lib := library(t, dir)
	before, _ := os.ReadFile(lib)
	other := filepath.Join(dir, "elsewhere")
	must(t, os.Mkdir(other, 0o755))
	link := filepath.Join(other, "link.sqlite")
	if runtime.GOOS != "windows" {
		must(t, os.Link(lib, link))
	}
	for name, path := range map[string]string{
		"Library":       lib,
		"LibraryForced": lib,
		"WAL":           lib + "-wal",
		"SHM":           lib + "-shm", // does not exist yet: a PDF there would pass for shared memory
		"Relative":      filepath.Join(dir, "elsewhere", "..", "library.sqlite"),
		"HardLink":      link,
	} {
		t.Run(name, func(t *testing.T) {
			if name == "HardLink" && runtime.GOOS == "windows" {
				t.Skip("hard links need privileges on Windows")
			}
			err := outfile.Write(path, outfile.PDF, outfile.Options{Library: lib, Force: name == "LibraryForced"}, writePDF)
			if model.ErrorCode(err) != model.EINVALID {
				t.Fatalf("got %v, want the library refused", err)
			}
			if !strings.Contains(model.ErrorMessage(err), "thư viện") {
				t.Errorf("message %q does not say it is the library", model.ErrorMessage(err))
			}
			if after, _ := os.ReadFile(lib); !bytes.Equal(after, before) {
				t.Fatal("the library changed")
			}
			if _, err := os.Stat(lib + "-shm"); err == nil {
				t.Fatal("a -shm file appeared beside the library")
			}
		})
	}
}

func TestWriteNotOverDevicesFoldersLinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "report.pdf")
	must(t, os.WriteFile(target, []byte("%PDF-1.4 old"), 0o644))
	link := filepath.Join(dir, "link.pdf")
	cases := map[string]string{"Folder": dir}
	if runtime.GOOS != "windows" {
		must(t, os.Symlink(target, link))
		cases["Link"] = link
		cases["Device"] = os.DevNull
		if _, err := os.Stat("/dev/full"); err == nil {
			cases["DevFull"] = "/dev/full"
		}
	}
	for name, path := range cases {
		t.Run(name, func(t *testing.T) {
			st, _ := os.Lstat(path)
			err := outfile.Write(path, outfile.PDF, outfile.Options{Force: true}, writePDF)
			if model.ErrorCode(err) != model.EINVALID {
				t.Fatalf("got %v, want refused", err)
			}
			after, _ := os.Lstat(path)
			if after.Mode() != st.Mode() {
				t.Errorf("mode changed from %v to %v", st.Mode(), after.Mode())
			}
		})
	}
	if old, _ := os.ReadFile(target); string(old) != "%PDF-1.4 old" {
		t.Errorf("the link's target changed: %q", old)
	}
}

func TestWriteOtherKindNeedsForce(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name     string
		kind     outfile.Kind
		existing []byte
		want     string // "" when replaced without force
	}{
		{"PDFOverPDF", outfile.PDF, []byte("%PDF-1.7 old"), ""},
		{"PDFOverEmpty", outfile.PDF, nil, ""},
		{"PDFOverBundle", outfile.PDF, bundleBytes(t, "ninjs.json", "newsdesk.json"), "gói bài"},
		{"PDFOverSQLite", outfile.PDF, []byte("SQLite format 3\x00another library"), "SQLite"},
		{"PDFOverText", outfile.PDF, []byte("notes for tomorrow"), "loại khác"},
		{"BundleOverBundle", outfile.Bundle, bundleBytes(t, "ninjs.json", "newsdesk.json"), ""},
		{"BundleOverWord", outfile.Bundle, bundleBytes(t, "[Content_Types].xml", "word/document.xml"), "Word"},
		{"BundleOverPDF", outfile.Bundle, []byte("%PDF-1.4"), "PDF"},
		{"WordOverWord", outfile.Word, bundleBytes(t, "[Content_Types].xml", "word/document.xml"), ""},
		{"WordOverBundle", outfile.Word, bundleBytes(t, "ninjs.json", "newsdesk.json"), "gói bài"},
		{"WordOverExcel", outfile.Word, bundleBytes(t, "[Content_Types].xml", "xl/workbook.xml"), "zip"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name)
			must(t, os.WriteFile(path, c.existing, 0o644))
			write := func(f *os.File) error { _, err := f.WriteString("new"); return err }
			err := outfile.Write(path, c.kind, outfile.Options{}, write)
			got, _ := os.ReadFile(path)
			if c.want == "" {
				if err != nil || string(got) != "new" {
					t.Fatalf("got %v and %q, want replaced", err, got)
				}
				return
			}
			if model.ErrorCode(err) != model.ECONFLICT || !strings.Contains(model.ErrorMessage(err), c.want) {
				t.Fatalf("got %v, want a conflict naming %q", err, c.want)
			}
			if !bytes.Equal(got, c.existing) {
				t.Fatal("the existing file changed without force")
			}
			if err := outfile.Write(path, c.kind, outfile.Options{Force: true}, write); err != nil {
				t.Fatalf("forced: %v", err)
			}
			if got, _ := os.ReadFile(path); string(got) != "new" {
				t.Fatalf("forced: file holds %q", got)
			}
		})
	}
}

func TestWriteFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	must(t, os.WriteFile(path, []byte("%PDF-1.4 yesterday's"), 0o644))
	boom := errors.New("cancelled")
	err := outfile.Write(path, outfile.PDF, outfile.Options{}, func(f *os.File) error {
		f.WriteString("%PDF-1.4 half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want the writer's error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "%PDF-1.4 yesterday's" {
		t.Errorf("file holds %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want only the old PDF", len(entries))
	}
	if err := outfile.Write(filepath.Join(dir, "missing", "x.pdf"), outfile.PDF, outfile.Options{}, writePDF); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("missing folder: got %v", err)
	}
}

// A temporary file left by a killed export is removed by the next export in
// that folder; one a running export is writing is left alone.
func TestWriteRemovesLeftovers(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses a Unix process")
	}
	dir := t.TempDir()
	gone := exec.Command("true")
	must(t, gone.Run())
	dead := filepath.Join(dir, ".newsdesk-"+strconv.Itoa(gone.Process.Pid)+"-123.tmp")
	live := filepath.Join(dir, ".newsdesk-"+strconv.Itoa(os.Getppid())+"-456.tmp")
	oldStyle := filepath.Join(dir, ".newsdesk-789.tmp")
	freshOldStyle := filepath.Join(dir, ".newsdesk-790.tmp")
	for _, p := range []string{dead, live, oldStyle, freshOldStyle} {
		must(t, os.WriteFile(p, []byte("%PDF-1.4 half"), 0o600))
	}
	hourAgo := time.Now().Add(-2 * time.Hour)
	must(t, os.Chtimes(oldStyle, hourAgo, hourAgo))
	must(t, outfile.Write(filepath.Join(dir, "report.pdf"), outfile.PDF, outfile.Options{}, writePDF))
	for p, want := range map[string]bool{dead: false, live: true, oldStyle: false, freshOldStyle: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// TestWriteDiskFull: a disk that fills up while the document is written says so,
// and the file that was there stays as it was.
func TestWriteDiskFull(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	must(t, os.WriteFile(path, []byte("%PDF-1.4 yesterday's"), 0o644))
	err := outfile.Write(path, outfile.PDF, outfile.Options{}, func(f *os.File) error {
		return &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC} // as f.Write says it
	})
	if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "đầy") {
		t.Fatalf("got %v, want the full disk said", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "%PDF-1.4 yesterday's" {
		t.Errorf("the old file holds %q", got)
	}
}

func TestWithExtension(t *testing.T) {
	for _, c := range []struct {
		path string
		exts []string
		want string
	}{
		{"Tài liệu/bao-cao", []string{".pdf"}, "Tài liệu/bao-cao.pdf"},
		{"Tài liệu/bao-cao.pdf", []string{".pdf"}, "Tài liệu/bao-cao.pdf"},
		{"Tài liệu/bao-cao.PDF", []string{".pdf"}, "Tài liệu/bao-cao.PDF"},
		{"hoi-nghi.2026", []string{".docx"}, "hoi-nghi.2026.docx"},
		{"danh-sach.xlsx", []string{".csv", ".xlsx"}, "danh-sach.xlsx"},
		{"bao-cao", nil, "bao-cao"},
	} {
		if got := outfile.WithExtension(c.path, c.exts); got != c.want {
			t.Errorf("WithExtension(%q, %q) = %q, want %q", c.path, c.exts, got, c.want)
		}
	}
}
