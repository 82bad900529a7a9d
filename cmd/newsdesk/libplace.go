package main

import (
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"newsdesk/applog"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/sqlite"
)

// goos is the system the program runs on; tests set it to check Windows' rules
// on any machine.
var goos = runtime.GOOS

// libraryPlace is where the library lives, and what must happen first.
type libraryPlace struct {
	// Path is the library the window and the commands use.
	Path string
	// MoveFrom is an older library to move to Path before it is opened ("" when
	// there is none).
	MoveFrom string
	// Stays is an older library left where it is because Path holds one already:
	// two libraries are never merged or overwritten, the person is told.
	Stays string
}

// placeLibrary says where the library lives when neither --db nor NEWSDESK_DB
// says: on Windows in Local AppData (%LocalAppData%\Newsdesk), which a roaming
// profile does not carry to every logon — the photos are inside the library, and
// it grows to hundreds of megabytes. A library that earlier versions kept in
// Roaming AppData (%AppData%\Newsdesk) is moved there once. Elsewhere it is
// $XDG_DATA_HOME/newsdesk (~/.local/share/newsdesk). exists tells whether a file
// is there.
func placeLibrary(system string, getenv func(string) string, exists func(string) bool) (libraryPlace, error) {
	if system == "windows" {
		local, roaming := getenv("LocalAppData"), getenv("AppData")
		if local == "" {
			if roaming == "" {
				return libraryPlace{}, model.Errorf(model.EINTERNAL, "cli.home.unknown")
			}
			return libraryPlace{Path: filepath.Join(roaming, "Newsdesk", libraryFileName)}, nil
		}
		p := libraryPlace{Path: filepath.Join(local, "Newsdesk", libraryFileName)}
		if roaming == "" || filepath.Clean(roaming) == filepath.Clean(local) {
			return p, nil
		}
		if old := filepath.Join(roaming, "Newsdesk", libraryFileName); exists(old) {
			if exists(p.Path) {
				p.Stays = old
			} else {
				p.MoveFrom = old
			}
		}
		return p, nil
	}
	if dir := getenv("XDG_DATA_HOME"); dir != "" && filepath.IsAbs(dir) {
		return libraryPlace{Path: filepath.Join(dir, "newsdesk", libraryFileName)}, nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return libraryPlace{}, model.Errorf(model.EINTERNAL, "cli.home.unknown")
		}
	}
	return libraryPlace{Path: filepath.Join(home, ".local", "share", "newsdesk", libraryFileName)}, nil
}

// fileExists reports whether something is at path.
func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// settleLibrary returns the default library's path, moving a library an earlier
// version kept in Roaming AppData first. A move that cannot be made now (the old
// library is open in another Newsdesk, the disk is full) leaves everything where
// it was and the old library is used this time; nothing is lost, and the move is
// tried again at the next start. What happened is said on stderr, and kept in
// m.libraryNote for the window's dialog.
func (m *Main) settleLibrary() (string, error) {
	p, err := placeLibrary(goos, m.Getenv, fileExists)
	if err != nil {
		return "", err
	}
	switch {
	case p.MoveFrom != "":
		if err := moveLibrary(p.MoveFrom, p.Path, flushLibrary); err != nil {
			if fileExists(p.Path) && !fileExists(p.MoveFrom) {
				return p.Path, nil // another Newsdesk starting at the same time moved it
			}
			m.logger().Error("library not moved", "from", p.MoveFrom, "to", p.Path, "detail", err.Error())
			m.libraryNote = msg.T("cli.library.notmoved", p.MoveFrom, p.Path)
			io.WriteString(m.Stderr, "newsdesk: "+m.libraryNote+"\n")
			return p.MoveFrom, nil
		}
		m.logger().Info("library moved", "from", p.MoveFrom, "to", p.Path)
		m.libraryNote = msg.T("cli.library.moved", p.Path, p.MoveFrom)
	case p.Stays != "":
		if m.firstNotice("library-stays") {
			m.libraryNote = msg.T("cli.library.stays", p.Stays, p.Path)
		}
	}
	if m.libraryNote != "" {
		io.WriteString(m.Stderr, "newsdesk: "+m.libraryNote+"\n")
	}
	return p.Path, nil
}

// showLibraryNote tells the window's user what happened to the library.
func showLibraryNote(m *Main, w fyne.Window) {
	if m.libraryNote != "" {
		dialog.ShowInformation("Newsdesk", m.libraryNote, w)
	}
}

// errLibraryInUse says the old library's write-ahead log could not be folded
// into it: another program has it open.
var errLibraryInUse = errors.New("the library is open in another program")

// flushLibrary folds the write-ahead log of the library at path into the file
// (SQLite does so when the last connection closes, and removes the log and its
// index), so that the file alone holds every saved change. It fails when they
// stay: another process has the library open.
func flushLibrary(path string) error {
	if !fileExists(path+"-wal") && !fileExists(path+"-shm") {
		return nil // closed in order: the file is the whole library
	}
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if fileExists(path+"-wal") || fileExists(path+"-shm") {
		return errLibraryInUse
	}
	return nil
}

// moveLibrary moves the library at from to to, never losing it: flush folds its
// write-ahead log into the file first, so the file is the whole library (and
// fails while another program has it open). On one
// volume the file is renamed, at once. Across volumes it is copied beside its new
// place under a temporary name, checked byte for byte against the old one, renamed
// into place, and only then is the old file removed; a move cut short leaves the
// old library whole (and a temporary file the next try replaces), or both whole.
// The log beside the library follows it when it can.
func moveLibrary(from, to string, flush func(string) error) error {
	if fileExists(to) {
		return os.ErrExist
	}
	if err := flush(from); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	if err := renameFile(from, to); err != nil {
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
			renameFile(oldLog, now)
		}
	}
	return nil
}

// renameFile is os.Rename; tests replace it to see a move across volumes.
var renameFile = os.Rename

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
	if err := renameFile(tmp, to); err != nil {
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
