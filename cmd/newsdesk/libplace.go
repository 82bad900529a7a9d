package main

import (
	"errors"
	"io"
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"newsdesk/libplace"
	"newsdesk/msg"
	"newsdesk/sqlite"
)

// goos is the system the program runs on; tests set it to check Windows' rules
// on any machine.
var goos = runtime.GOOS

// fileExists reports whether something is at path.
func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// settleLibrary returns the default library's path, moving a library an earlier
// version kept in Roaming AppData first. A move that cannot be made now (the old
// library is open in another Newsdesk, the disk is full) leaves everything where
// it was and the old library is used this time; nothing is lost, and the move is
// tried again at the next start (libplace decides and moves; this is the
// wiring). What happened is said on stderr, and kept in
// m.libraryNote for the window's dialog.
func (m *Main) settleLibrary() (string, error) {
	p, err := libplace.Find(goos, m.Getenv, fileExists)
	if err != nil {
		return "", err
	}
	switch {
	case p.MoveFrom != "":
		if err := libplace.Move(p.MoveFrom, p.Path, flushLibrary); err != nil {
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
