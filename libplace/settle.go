package libplace

import (
	"os"
	"path/filepath"

	"newsdesk/msg"
)

// Settled is where the library lives once Settle has done what it could.
type Settled struct {
	Path string
	// From is the older library Settle moved to Path, or could not move ("").
	From string
	// NotMoved is why the move could not be made now (nil when it was, or when
	// there was none to make).
	NotMoved error
	// Note tells the person what happened, in their language ("" for nothing).
	Note string
}

// Settle returns where the default library lives (Find), moving a library an
// earlier version kept in Roaming AppData first. A move that cannot be made now
// (the old library is open in another Newsdesk, the disk is full) leaves
// everything where it was, and the old library is used this time: nothing is
// lost, and the move is tried again at the next start. flush folds a library's
// write-ahead log into its file (see Move); firstTime reports whether a notice
// is told for the first time (FirstNotice), since the one about a library left
// behind would otherwise come at every start.
func Settle(system string, getenv func(string) string, flush func(string) error, firstTime func(string) bool) (Settled, error) {
	p, err := Find(system, getenv, fileExists)
	if err != nil {
		return Settled{}, err
	}
	s := Settled{Path: p.Path, From: p.MoveFrom}
	switch {
	case p.MoveFrom != "":
		if err := Move(p.MoveFrom, p.Path, flush); err != nil {
			if fileExists(p.Path) && !fileExists(p.MoveFrom) {
				return Settled{Path: p.Path}, nil // another Newsdesk starting at the same time moved it
			}
			s.Path, s.NotMoved = p.MoveFrom, err
			s.Note = msg.T("libplace.notmoved", p.MoveFrom, p.Path)
			return s, nil
		}
		s.Note = msg.T("libplace.moved", p.Path, p.MoveFrom)
	case p.Stays != "" && firstTime("library-stays"):
		s.Note = msg.T("libplace.stays", p.Stays, p.Path)
	}
	return s, nil
}

// FirstNotice reports whether the notice named name is told for the first time
// for this user, and remembers that it was (a marker file in the configuration
// folder: %AppData%\Newsdesk on Windows, $XDG_CONFIG_HOME/newsdesk or
// ~/.config/newsdesk elsewhere). When the folder cannot be written, every time
// is the first.
func FirstNotice(system string, getenv func(string) string, name string) bool {
	var dir string
	switch {
	case system == "windows" && getenv("AppData") != "":
		dir = filepath.Join(getenv("AppData"), "Newsdesk")
	case filepath.IsAbs(getenv("XDG_CONFIG_HOME")):
		dir = filepath.Join(getenv("XDG_CONFIG_HOME"), "newsdesk")
	case getenv("HOME") != "":
		dir = filepath.Join(getenv("HOME"), ".config", "newsdesk")
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
