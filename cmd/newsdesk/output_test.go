package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/photo/phototest"
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

// TestConcurrentAppends: five photo add to one report from five processes at once
// all succeed, and the report holds the five photos: an append that meets another
// process's save reads the report again rather than failing (which left its photo
// in the library, unattached).
func TestConcurrentAppends(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("new", "--headline", "Hội nghị nhiều người cùng thêm ảnh"), 10)
	dir := t.TempDir()
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for i := range 5 {
		file := filepath.Join(dir, "anh-"+strconv.Itoa(i)+".jpg")
		if err := os.WriteFile(file, phototest.CameraJPEG(640+8*i, 480, 1), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "--db", c.db, "photo", "add", id, file, "--caption", "Ảnh "+strconv.Itoa(i))
		cmd.Env = append(os.Environ(), "NEWSDESK_TEST_RUN_APP=cli", "HOME="+c.env["HOME"], "NEWSDESK_LANG=en")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		cmds, outs = append(cmds, cmd), append(outs, &out)
	}
	for _, cmd := range cmds {
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("process %d: %v: %s", i, err, outs[i])
		}
	}
	shown := c.ok("show", id)
	for i := range 5 {
		if !strings.Contains(shown, "Ảnh "+strconv.Itoa(i)) {
			t.Errorf("the report lacks photo %d:\n%s", i, shown)
		}
	}
	if out := c.ok("photo", "prune"); !strings.Contains(out, "0") {
		t.Errorf("photo prune found unused photos: %q", out)
	}
}

// TestQuietUnderCLocale: under the locales of containers and servers a command
// prints what it has to say and nothing of the window toolkit (which could not
// parse "C.UTF-8" and said so three times on every run).
func TestQuietUnderCLocale(t *testing.T) {
	c := newCLI(t)
	c.id("sample")
	for _, env := range [][]string{
		{"LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE="},
		{"LANG=", "LC_ALL=C.utf8", "LC_MESSAGES=", "LANGUAGE="},
		{"LANG=C", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE="},
		{"LANG=POSIX.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE="},
	} {
		cmd := exec.Command(os.Args[0], "--db", c.db, "list")
		cmd.Env = append(append(os.Environ(), "NEWSDESK_TEST_RUN_APP=cli", "HOME="+c.env["HOME"]), env...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v: %s", env, err, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("%v: list printed on stderr:\n%s", env, stderr.String())
		}
		if !strings.Contains(stdout.String(), "\t") {
			t.Errorf("%v: list printed %q", env, stdout.String())
		}
	}
}

// TestFailureLogged: what a command could not do is said in words on stderr and
// kept with its detail in the log beside the default library, for support.
func TestFailureLogged(t *testing.T) {
	c := newCLI(t)
	c.id("sample")
	if _, _, code := c.run("show", "999"); code != 1 {
		t.Fatalf("show 999: exit %d", code)
	}
	b, err := os.ReadFile(filepath.Join(c.env["HOME"], ".local", "share", "newsdesk", "newsdesk.log"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "command failed") || !strings.Contains(string(b), "999") {
		t.Errorf("the log holds %q, want the failure with its detail", b)
	}
}
