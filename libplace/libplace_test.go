package libplace

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"newsdesk/msg/msgtest"
)

func TestFind(t *testing.T) {
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
		want   Place
	}{
		{"WindowsNew", "windows", env("LocalAppData", local, "AppData", roaming), files(),
			Place{Path: newLib}},
		{"WindowsMovesRoaming", "windows", env("LocalAppData", local, "AppData", roaming), files(oldLib),
			Place{Path: newLib, MoveFrom: oldLib}},
		{"WindowsBothStay", "windows", env("LocalAppData", local, "AppData", roaming), files(oldLib, newLib),
			Place{Path: newLib, Stays: oldLib}},
		{"WindowsAlreadyMoved", "windows", env("LocalAppData", local, "AppData", roaming), files(newLib),
			Place{Path: newLib}},
		{"WindowsNoLocalAppData", "windows", env("AppData", roaming), files(oldLib),
			Place{Path: oldLib}},
		{"WindowsSameFolder", "windows", env("LocalAppData", local, "AppData", local), files(newLib),
			Place{Path: newLib}},
		{"LinuxXDG", "linux", env("XDG_DATA_HOME", "/home/an/data", "HOME", "/home/an", "LocalAppData", local), files(oldLib),
			Place{Path: filepath.Join("/home/an/data", "newsdesk", "library.sqlite")}},
		{"LinuxHome", "linux", env("HOME", "/home/an"), files(),
			Place{Path: filepath.Join("/home/an", ".local", "share", "newsdesk", "library.sqlite")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Find(tc.system, tc.getenv, tc.exists)
			if err != nil || got != tc.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
	t.Run("ErrNoFolder", func(t *testing.T) {
		if _, err := Find("windows", env(), files()); err == nil {
			t.Error("no AppData and no LocalAppData gave a place")
		}
	})
}

// acrossVolumes makes renames between folders fail, as they do between two disks.
func acrossVolumes(t *testing.T) {
	old := rename
	rename = func(from, to string) error {
		if filepath.Dir(from) != filepath.Dir(to) {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: errors.New("not the same device")}
		}
		return os.Rename(from, to)
	}
	t.Cleanup(func() { rename = old })
}

// oldLibrary makes a library (its bytes, the leftovers of its close, and a log)
// in Roaming AppData's folder and names where it moves in Local AppData's.
func oldLibrary(t *testing.T) (oldLib, newLib string, content []byte) {
	roaming, local := t.TempDir(), t.TempDir()
	oldLib, newLib = filepath.Join(roaming, "Newsdesk", FileName), filepath.Join(local, "Newsdesk", FileName)
	content = bytes.Repeat([]byte("Bài viết trong thư viện cũ\n"), 5000)
	os.MkdirAll(filepath.Dir(oldLib), 0o755)
	for name, b := range map[string][]byte{oldLib: content, oldLib + "-wal": nil, oldLib + "-shm": nil, filepath.Join(filepath.Dir(oldLib), "newsdesk.log"): []byte("old log\n")} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return oldLib, newLib, content
}

// TestMove: the library is found whole at its new place, on one volume and
// across two; nothing is left at the old one, the old log follows as the
// previous log when a rename can take it.
func TestMove(t *testing.T) {
	for _, across := range []bool{false, true} {
		name := "SameVolume"
		if across {
			name = "AcrossVolumes"
		}
		t.Run(name, func(t *testing.T) {
			oldLib, newLib, content := oldLibrary(t)
			if across {
				acrossVolumes(t)
			}
			flushed := ""
			if err := Move(oldLib, newLib, func(p string) error { flushed = p; return nil }); err != nil {
				t.Fatal(err)
			}
			if flushed != oldLib {
				t.Errorf("flushed %q, want the old library %q", flushed, oldLib)
			}
			if b, err := os.ReadFile(newLib); err != nil || !bytes.Equal(b, content) {
				t.Errorf("the library at %s is not the old one: %d bytes, %v", newLib, len(b), err)
			}
			for _, f := range []string{oldLib, oldLib + "-wal", oldLib + "-shm", oldLib + ".moving", newLib + ".moving"} {
				if fileExists(f) {
					t.Errorf("%s is still there", f)
				}
			}
			// The old log follows as the previous log on one volume; across volumes it stays.
			logAt := filepath.Join(filepath.Dir(newLib), "newsdesk.log")
			if across {
				logAt = filepath.Join(filepath.Dir(oldLib), "newsdesk.log")
			}
			if b, _ := os.ReadFile(logAt); string(b) != "old log\n" {
				t.Errorf("the old log is not at %s: %q", logAt, b)
			}
		})
	}
}

// TestMoveInterrupted: a copy cut short leaves the old library whole and is
// made again, from the start, by the next try.
func TestMoveInterrupted(t *testing.T) {
	oldLib, newLib, content := oldLibrary(t)
	os.MkdirAll(filepath.Dir(newLib), 0o755)
	os.WriteFile(newLib+".moving", []byte("half a copy"), 0o644)
	acrossVolumes(t)
	if err := Move(oldLib, newLib, func(string) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(newLib); !bytes.Equal(b, content) {
		t.Errorf("the library moved is %d bytes, want the old one's %d", len(b), len(content))
	}
	if fileExists(oldLib) || fileExists(newLib+".moving") {
		t.Error("the old library or the half copy is still there")
	}
}

// TestMoveRefused: a library at the new place is never overwritten, and a
// library whose log cannot be folded in (open in another program) stays where
// it is; nothing is lost either way.
func TestMoveRefused(t *testing.T) {
	oldLib, newLib, content := oldLibrary(t)
	inUse := errors.New("in use")
	if err := Move(oldLib, newLib, func(string) error { return inUse }); !errors.Is(err, inUse) || fileExists(newLib) {
		t.Errorf("moved a library in use: %v", err)
	}
	os.MkdirAll(filepath.Dir(newLib), 0o755)
	os.WriteFile(newLib, []byte("another library"), 0o644)
	if err := Move(oldLib, newLib, func(string) error { return nil }); !errors.Is(err, os.ErrExist) {
		t.Errorf("moved over a library: %v", err)
	}
	if b, _ := os.ReadFile(oldLib); !bytes.Equal(b, content) {
		t.Error("the old library changed")
	}
	if b, _ := os.ReadFile(newLib); string(b) != "another library" {
		t.Errorf("the library in place changed: %q", b)
	}
}

func TestMessages(t *testing.T) {
	msgtest.Check(t, "libplace.")
}
