//go:build !windows

// The test takes another user's identity (syscall.Credential), which Windows does
// not offer.

package main

import (
	"bytes"
	"database/sql"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestReadOnlyLibrary: a library whose file and folder may not be written lists,
// shows, searches and prints; a change is refused with the sentence that says
// why; and one that would need upgrading says so instead of failing at random.
// Run as another user when the tests run as root, whom permissions do not stop.
func TestReadOnlyLibrary(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("sample"), 10)
	headline := strings.TrimSpace(strings.SplitN(c.ok("list"), "\t", 4)[3])

	shared := worldDir(t, 0o755)
	bin := filepath.Join(shared, "newsdesk.test")
	copyFile(t, os.Args[0], bin, 0o755)
	out := worldDir(t, 0o777)
	lib := filepath.Join(worldDir(t, 0o755), "thu-vien.sqlite")
	copyFile(t, c.db, lib, 0o444)
	os.Chmod(filepath.Dir(lib), 0o555)

	run := func(argv ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{"--db", lib}, argv...)...)
		cmd.Env = append(os.Environ(), "NEWSDESK_TEST_RUN_APP=cli", "HOME="+out, "NEWSDESK_LANG=vi")
		if os.Geteuid() == 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		var b bytes.Buffer
		cmd.Stdout, cmd.Stderr = &b, &b
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return b.String(), code
	}
	for _, argv := range [][]string{{"list"}, {"show", id}, {"search", "hội nghị"}} {
		if got, code := run(argv...); code != 0 || !strings.Contains(got, headline) {
			t.Errorf("%v: exit %d, %q; want the sample report", argv, code, got)
		}
	}
	pdf := filepath.Join(out, "bai.pdf")
	if got, code := run("pdf", id, "-o", pdf); code != 0 {
		t.Errorf("pdf: exit %d, %q", code, got)
	} else if b, _ := os.ReadFile(pdf); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Error("pdf wrote no PDF")
	}
	if got, code := run("new", "--headline", "Bài mới"); code != 1 || !strings.Contains(got, "chỉ cho phép đọc") {
		t.Errorf("new: exit %d, %q; want 1 saying the library is read-only", code, got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(lib)); len(entries) != 1 {
		t.Errorf("the read-only folder holds %d files, want the library alone", len(entries))
	}

	// The same library as an older Newsdesk left it.
	os.Chmod(filepath.Dir(lib), 0o755)
	os.Chmod(lib, 0o644)
	db, err := sql.Open("sqlite3", lib)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`DELETE FROM migrations WHERE name = (SELECT max(name) FROM migrations)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.Chmod(lib, 0o444)
	os.Chmod(filepath.Dir(lib), 0o555)
	if got, code := run("list"); code != 1 || !strings.Contains(got, "cần được nâng cấp") {
		t.Errorf("list of an old read-only library: exit %d, %q; want 1 saying it needs upgrading", code, got)
	}
}

// worldDir makes a folder other users may enter, with the mode given, removed
// when the test ends.
func worldDir(t *testing.T, mode os.FileMode) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "newsdesk-ro-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	if err := os.Chmod(dir, mode); err != nil {
		t.Fatal(err)
	}
	return dir
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	f, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, in); err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.Chmod(to, mode)
}
