package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/sqlite"
)

func TestPlaceLibrary(t *testing.T) {
	local, roaming := filepath.Join("C:", "Users", "an", "AppData", "Local"), filepath.Join("C:", "Users", "an", "AppData", "Roaming")
	newLib, oldLib := filepath.Join(local, "Newsdesk", "library.sqlite"), filepath.Join(roaming, "Newsdesk", "library.sqlite")
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	files := func(paths ...string) func(string) bool {
		return func(p string) bool {
			for _, q := range paths {
				if p == q {
					return true
				}
			}
			return false
		}
	}
	for _, tc := range []struct {
		name   string
		system string
		getenv func(string) string
		exists func(string) bool
		want   libraryPlace
	}{
		{"WindowsNew", "windows", env("LocalAppData", local, "AppData", roaming), files(),
			libraryPlace{Path: newLib}},
		{"WindowsMovesRoaming", "windows", env("LocalAppData", local, "AppData", roaming), files(oldLib),
			libraryPlace{Path: newLib, MoveFrom: oldLib}},
		{"WindowsBothStay", "windows", env("LocalAppData", local, "AppData", roaming), files(oldLib, newLib),
			libraryPlace{Path: newLib, Stays: oldLib}},
		{"WindowsAlreadyMoved", "windows", env("LocalAppData", local, "AppData", roaming), files(newLib),
			libraryPlace{Path: newLib}},
		{"WindowsNoLocalAppData", "windows", env("AppData", roaming), files(oldLib),
			libraryPlace{Path: oldLib}},
		{"WindowsSameFolder", "windows", env("LocalAppData", local, "AppData", local), files(newLib),
			libraryPlace{Path: newLib}},
		{"LinuxXDG", "linux", env("XDG_DATA_HOME", "/home/an/data", "HOME", "/home/an", "LocalAppData", local), files(oldLib),
			libraryPlace{Path: filepath.Join("/home/an/data", "newsdesk", "library.sqlite")}},
		{"LinuxHome", "linux", env("HOME", "/home/an"), files(),
			libraryPlace{Path: filepath.Join("/home/an", ".local", "share", "newsdesk", "library.sqlite")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := placeLibrary(tc.system, tc.getenv, tc.exists)
			if err != nil || got != tc.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
	t.Run("ErrNoFolder", func(t *testing.T) {
		if _, err := placeLibrary("windows", env(), files()); err == nil {
			t.Error("no AppData and no LocalAppData gave a place")
		}
	})
}

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
// person is told once.
func TestLibraryMovesToLocalAppData(t *testing.T) {
	for _, across := range []bool{false, true} {
		name := "SameVolume"
		if across {
			name = "AcrossVolumes"
		}
		t.Run(name, func(t *testing.T) {
			c, roaming, local := windowsCLI(t)
			oldLib := filepath.Join(roaming, "Newsdesk", "library.sqlite")
			c.db = oldLib
			c.id("new", "--headline", "Bài viết trong thư viện cũ")
			os.WriteFile(filepath.Join(roaming, "Newsdesk", "newsdesk.log"), []byte("old log\n"), 0o644)
			c.db = ""
			if across {
				acrossVolumes(t)
			}
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
			// The old log follows as the previous log on one volume; across volumes it stays.
			logAt := filepath.Join(local, "Newsdesk", "newsdesk.log.1")
			if across {
				logAt = filepath.Join(roaming, "Newsdesk", "newsdesk.log")
			}
			if b, _ := os.ReadFile(logAt); string(b) != "old log\n" {
				t.Errorf("the old log is not at %s: %q", logAt, b)
			}
			out, errOut, _ = c.run("list")
			if !strings.Contains(out, "Bài viết trong thư viện cũ") || errOut != "" {
				t.Errorf("second start: %q, stderr %q (want the report, nothing said)", out, errOut)
			}
		})
	}
}

// acrossVolumes makes renames between folders fail, as they do between two disks.
func acrossVolumes(t *testing.T) {
	old := renameFile
	renameFile = func(from, to string) error {
		if filepath.Dir(from) != filepath.Dir(to) {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: errors.New("not the same device")}
		}
		return os.Rename(from, to)
	}
	t.Cleanup(func() { renameFile = old })
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

// TestLibraryMoveInterrupted: a copy cut short leaves the old library whole and
// is made again, from the start, by the next try.
func TestLibraryMoveInterrupted(t *testing.T) {
	c, roaming, local := windowsCLI(t)
	oldLib, newLib := filepath.Join(roaming, "Newsdesk", "library.sqlite"), filepath.Join(local, "Newsdesk", "library.sqlite")
	c.db = oldLib
	c.id("new", "--headline", "Không được mất")
	c.db = ""
	os.MkdirAll(filepath.Dir(newLib), 0o755)
	os.WriteFile(newLib+".moving", []byte("half a copy"), 0o644)
	acrossVolumes(t)
	out, _, code := c.run("list")
	if code != 0 || !strings.Contains(out, "Không được mất") {
		t.Fatalf("exit %d, listed %q", code, out)
	}
	if fileExists(oldLib) || fileExists(newLib+".moving") {
		t.Error("the old library or the half copy is still there")
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
	err := moveLibrary(oldLib, newLib, flushLibrary)
	if !errors.Is(err, errLibraryInUse) || fileExists(newLib) {
		t.Fatalf("moved a library in use: %v", err)
	}
	if !fileExists(oldLib) {
		t.Fatal("the old library is gone")
	}
}
