// Package libplace decides where the library lives when neither --db nor
// NEWSDESK_DB names it, and moves a library an earlier version kept elsewhere to
// that place without ever losing it. The decision reads only the environment
// and whether files exist, so Windows' rules are checked on any machine; the
// move is given the step that folds SQLite's write-ahead log into the file
// (Move's flush), so this package needs no database adapter.
package libplace

import (
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"

	"newsdesk/applog"
	"newsdesk/model"
)

// FileName is the library's file name inside the per-user data folder.
const FileName = "library.sqlite"

// Place is where the library lives, and what must happen first.
type Place struct {
	// Path is the library the window and the commands use.
	Path string
	// MoveFrom is an older library to move to Path before it is opened ("" when
	// there is none).
	MoveFrom string
	// Stays is an older library left where it is because Path holds one already:
	// two libraries are never merged or overwritten, the person is told.
	Stays string
}

// Find says where the library lives when neither --db nor NEWSDESK_DB says: on
// Windows (system "windows") in Local AppData (%LocalAppData%\Newsdesk), which a
// roaming profile does not carry to every logon — the photos are inside the
// library, and it grows to hundreds of megabytes. A library that earlier
// versions kept in Roaming AppData (%AppData%\Newsdesk) is moved there once.
// Elsewhere it is $XDG_DATA_HOME/newsdesk (~/.local/share/newsdesk). exists
// tells whether a file is there.
func Find(system string, getenv func(string) string, exists func(string) bool) (Place, error) {
	if system == "windows" {
		local, roaming := getenv("LocalAppData"), getenv("AppData")
		if local == "" {
			if roaming == "" {
				return Place{}, model.Errorf(model.EINTERNAL, "libplace.home.unknown")
			}
			return Place{Path: filepath.Join(roaming, "Newsdesk", FileName)}, nil
		}
		p := Place{Path: filepath.Join(local, "Newsdesk", FileName)}
		if roaming == "" || filepath.Clean(roaming) == filepath.Clean(local) {
			return p, nil
		}
		if old := filepath.Join(roaming, "Newsdesk", FileName); exists(old) {
			if exists(p.Path) {
				p.Stays = old
			} else {
				p.MoveFrom = old
			}
		}
		return p, nil
	}
	if dir := getenv("XDG_DATA_HOME"); dir != "" && filepath.IsAbs(dir) {
		return Place{Path: filepath.Join(dir, "newsdesk", FileName)}, nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return Place{}, model.Errorf(model.EINTERNAL, "libplace.home.unknown")
		}
	}
	return Place{Path: filepath.Join(home, ".local", "share", "newsdesk", FileName)}, nil
}

// fileExists reports whether something is at path.
func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// Move moves the library at from to to, never losing it: flush folds its
// write-ahead log into the file first, so the file is the whole library (and
// fails while another program has it open). On one volume the file is renamed,
// at once. Across volumes it is copied beside its new place under a temporary
// name, checked byte for byte against the old one, renamed into place, and only
// then is the old file removed; a move cut short leaves the old library whole
// (and a temporary file the next try replaces), or both whole. The log beside
// the library follows it when it can. A library at to already is never
// overwritten: Move returns os.ErrExist.
func Move(from, to string, flush func(string) error) error {
	if fileExists(to) {
		return os.ErrExist
	}
	if err := flush(from); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	if err := rename(from, to); err != nil {
		if err := copyVerified(from, to); err != nil {
			return err
		}
		if err := os.Remove(from); err != nil {
			// Still in use after all: one library, the old one, stays the library.
			os.Remove(to)
			return err
		}
	}
	// What an orderly close leaves beside the file belongs to no library now.
	os.Remove(from + "-shm")
	os.Remove(from + "-wal")
	// The log was opened in the new folder already: the old one becomes its
	// previous copy, when that place is free.
	oldLog := filepath.Join(filepath.Dir(from), applog.FileName)
	for _, name := range []string{applog.FileName, applog.FileName + ".1"} {
		if now := filepath.Join(filepath.Dir(to), name); fileExists(oldLog) && !fileExists(now) {
			rename(oldLog, now)
		}
	}
	return nil
}

// rename is os.Rename; tests replace it to see a move across volumes.
var rename = os.Rename

// copyVerified copies from to to through a temporary file beside to, flushed to
// the disk and compared with from before it takes the name to.
func copyVerified(from, to string) error {
	tmp := to + ".moving"
	os.Remove(tmp) // what an interrupted try left
	if err := copyFileSynced(from, tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	a, err := fileSum(from)
	if err != nil {
		os.Remove(tmp)
		return err
	}
	b, err := fileSum(tmp)
	if err != nil || a != b {
		os.Remove(tmp)
		return errors.Join(errors.New("the copy differs from the library"), err)
	}
	if err := rename(tmp, to); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func copyFileSynced(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func fileSum(path string) ([sha256.Size]byte, error) {
	var sum [sha256.Size]byte
	f, err := os.Open(path)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, err
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}
