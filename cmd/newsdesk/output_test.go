package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOutputNeverOverLibrary: export, pdf and bulletin refuse the library itself
// and the files SQLite keeps beside it, exit 1 with a sentence that says so, and
// leave the library whole (it still lists its report).
func TestOutputNeverOverLibrary(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("sample"), 10)
	before, err := os.ReadFile(c.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, argv := range [][]string{
		{"export", id, "-o", c.db},
		{"export", id, "-o", c.db, "--force"},
		{"pdf", id, "-o", c.db},
		{"pdf", id, "-o", c.db + "-wal", "--force"},
		{"bulletin", id, "--title", "Bản tin", "-o", c.db},
		{"export", id, "-o", c.db + "-shm"},
	} {
		_, stderr, code := c.run(argv...)
		if code != 1 || !strings.Contains(stderr, "thư viện bài đang mở") {
			t.Errorf("%v: exit %d, stderr %q; want 1 naming the library", argv, code, stderr)
		}
		after, _ := os.ReadFile(c.db)
		if !bytes.Equal(after, before) {
			t.Fatalf("%v changed the library file", argv)
		}
	}
	if out := c.ok("list"); !strings.Contains(out, "\t") {
		t.Errorf("the library lists %q after the attempts", out)
	}
	if _, err := os.Stat(c.db + "-shm.tmp"); err == nil {
		t.Error("a temporary file stayed beside the library")
	}
}

// TestOutputNotOverDevices: a device, a folder or a link is never replaced, even
// with --force (as root, -o /dev/full once replaced the device node).
func TestOutputNotOverDevices(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("sample"), 10)
	dir := t.TempDir()
	targets := []string{dir}
	if _, err := os.Stat("/dev/full"); err == nil {
		targets = append(targets, "/dev/full", os.DevNull)
	}
	for _, out := range targets {
		before, _ := os.Lstat(out)
		for _, cmd := range []string{"pdf", "export"} {
			_, stderr, code := c.run(cmd, id, "-o", out, "--force")
			if code != 1 || !strings.Contains(stderr, "không phải một tệp thông thường") {
				t.Errorf("%s -o %s: exit %d, stderr %q", cmd, out, code, stderr)
			}
		}
		if after, _ := os.Lstat(out); after.Mode() != before.Mode() {
			t.Errorf("%s is now %v, was %v", out, after.Mode(), before.Mode())
		}
	}
}

// TestOutputOtherKindNeedsForce: a PDF over a bundle, or a bundle over another
// library, needs --force; the same kind is replaced as before.
func TestOutputOtherKindNeedsForce(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("sample"), 10)
	dir := t.TempDir()
	bundle := filepath.Join(dir, "bai.zip")
	c.ok("export", id, "-o", bundle)
	c.ok("export", id, "-o", bundle) // a bundle over a bundle: fine
	zipBytes, _ := os.ReadFile(bundle)
	_, stderr, code := c.run("pdf", id, "-o", bundle)
	if code != 1 || !strings.Contains(stderr, "gói bài") || !strings.Contains(stderr, "--force") {
		t.Fatalf("pdf over a bundle: exit %d, stderr %q; want 1 naming the bundle and --force", code, stderr)
	}
	if now, _ := os.ReadFile(bundle); !bytes.Equal(now, zipBytes) {
		t.Fatal("the bundle changed without --force")
	}
	c.ok("pdf", id, "-o", bundle, "--force")
	if now, _ := os.ReadFile(bundle); !bytes.HasPrefix(now, []byte("%PDF-")) {
		t.Fatal("--force did not replace the bundle")
	}

	other := newCLI(t)
	other.ok("sample")
	_, stderr, code = c.run("export", id, "-o", other.db)
	if code != 1 || !strings.Contains(stderr, "SQLite") {
		t.Fatalf("bundle over another library: exit %d, stderr %q", code, stderr)
	}
	if out := other.ok("list"); !strings.Contains(out, "\t") {
		t.Errorf("the other library lists %q", out)
	}
}
