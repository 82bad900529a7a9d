package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/libplace"
	"newsdesk/sqlite"
)

// windowsCLI is a command line run with Windows' rules for the library's place,
// Roaming and Local AppData in temporary folders.
func windowsCLI(t *testing.T) (c *cli, roaming, local string) {
	old := goos
	goos = "windows"
	t.Cleanup(func() { goos = old })
	c = newCLI(t)
	c.db = ""
	roaming, local = t.TempDir(), t.TempDir()
	c.env["AppData"], c.env["LocalAppData"] = roaming, local
	return c, roaming, local
}

// TestLibraryMovesToLocalAppData: a library an earlier version kept in Roaming
// AppData is found in Local AppData at the next start, with every report, and the
// person is told once. (The move across volumes, and one cut short, are
// libplace's tests.)
func TestLibraryMovesToLocalAppData(t *testing.T) {
	c, roaming, local := windowsCLI(t)
	oldLib := filepath.Join(roaming, "Newsdesk", "library.sqlite")
	c.db = oldLib
	c.id("new", "--headline", "Bài viết trong thư viện cũ")
	os.WriteFile(filepath.Join(roaming, "Newsdesk", "newsdesk.log"), []byte("old log\n"), 0o644)
	c.db = ""
	out, errOut, code := c.run("list")
	if code != 0 || !strings.Contains(out, "Bài viết trong thư viện cũ") {
		t.Fatalf("list after the move: exit %d, %q, stderr %q", code, out, errOut)
	}
	newLib := filepath.Join(local, "Newsdesk", "library.sqlite")
	if !strings.Contains(errOut, newLib) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("stderr %q, want one line naming %s", errOut, newLib)
	}
	if !fileExists(newLib) {
		t.Errorf("no library at %s", newLib)
	}
	for _, f := range []string{oldLib, oldLib + "-wal", oldLib + "-shm", oldLib + ".moving", newLib + ".moving"} {
		if fileExists(f) {
			t.Errorf("%s is still there", f)
		}
	}
	// The old log follows as the previous log.
	logAt := filepath.Join(local, "Newsdesk", "newsdesk.log.1")
	if b, _ := os.ReadFile(logAt); string(b) != "old log\n" {
		t.Errorf("the old log is not at %s: %q", logAt, b)
	}
	out, errOut, _ = c.run("list")
	if !strings.Contains(out, "Bài viết trong thư viện cũ") || errOut != "" {
		t.Errorf("second start: %q, stderr %q (want the report, nothing said)", out, errOut)
	}
}

// TestLibraryNeverOverwritten: with a library in both places, Newsdesk uses the
// one in Local AppData, leaves the old one whole and says so, once.
func TestLibraryNeverOverwritten(t *testing.T) {
	c, roaming, local := windowsCLI(t)
	oldLib, newLib := filepath.Join(roaming, "Newsdesk", "library.sqlite"), filepath.Join(local, "Newsdesk", "library.sqlite")
	c.db = oldLib
	c.id("new", "--headline", "Bài cũ")
	c.db = newLib
	c.id("new", "--headline", "Bài mới")
	c.db = ""
	out, errOut, code := c.run("list")
	if code != 0 || !strings.Contains(out, "Bài mới") || strings.Contains(out, "Bài cũ") {
		t.Fatalf("exit %d, listed %q", code, out)
	}
	if !strings.Contains(errOut, oldLib) {
		t.Errorf("stderr %q, want it to name the old library %s", errOut, oldLib)
	}
	c.db = oldLib
	if out := c.ok("list"); !strings.Contains(out, "Bài cũ") {
		t.Errorf("the old library lost its report: %q", out)
	}
	c.db = ""
	if _, errOut, _ := c.run("list"); errOut != "" {
		t.Errorf("said again at the second start: %q", errOut)
	}
}

// TestLibraryInUseNotMoved: while another program has the old library open, it
// stays where it is and is used there; nothing is lost.
func TestLibraryInUseNotMoved(t *testing.T) {
	c, roaming, local := windowsCLI(t)
	oldLib, newLib := filepath.Join(roaming, "Newsdesk", "library.sqlite"), filepath.Join(local, "Newsdesk", "library.sqlite")
	c.db = oldLib
	c.id("new", "--headline", "Đang mở ở nơi khác")
	other := sqlite.NewDB(oldLib) // another Newsdesk, still running
	if err := other.Open(); err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	err := libplace.Move(oldLib, newLib, sqlite.FoldLog)
	if !errors.Is(err, sqlite.ErrInUse) || fileExists(newLib) {
		t.Fatalf("moved a library in use: %v", err)
	}
	if !fileExists(oldLib) {
		t.Fatal("the old library is gone")
	}
}
