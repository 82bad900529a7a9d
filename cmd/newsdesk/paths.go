package main

import (
	"os"
	"path/filepath"
	"runtime"

	"newsdesk/libplace"
)

// defaultLibraryPath returns where the window and the commands keep the library when
// neither --db nor NEWSDESK_DB says: the per-user data folder, %LocalAppData%\Newsdesk
// on Windows and $XDG_DATA_HOME/newsdesk (~/.local/share/newsdesk) elsewhere (see
// libplace.Find).
func defaultLibraryPath(getenv func(string) string) (string, error) {
	p, err := libplace.Find(goos, getenv, fileExists)
	return p.Path, err
}

// firstNotice reports whether the notice named name is said for the first time
// for this user, and remembers that it was (a marker file in the configuration
// folder: $XDG_CONFIG_HOME/newsdesk, ~/.config/newsdesk, %AppData%\Newsdesk). When
// the folder cannot be written, every time is the first.
func (m *Main) firstNotice(name string) bool {
	var dir string
	switch {
	case runtime.GOOS == "windows" && m.Getenv("AppData") != "":
		dir = filepath.Join(m.Getenv("AppData"), "Newsdesk")
	case filepath.IsAbs(m.Getenv("XDG_CONFIG_HOME")):
		dir = filepath.Join(m.Getenv("XDG_CONFIG_HOME"), "newsdesk")
	case m.Getenv("HOME") != "":
		dir = filepath.Join(m.Getenv("HOME"), ".config", "newsdesk")
	default:
		return true
	}
	marker := filepath.Join(dir, "notices", name)
	if _, err := os.Stat(marker); err == nil {
		return false
	}
	if os.MkdirAll(filepath.Dir(marker), 0o755) == nil {
		os.WriteFile(marker, nil, 0o644)
	}
	return true
}
