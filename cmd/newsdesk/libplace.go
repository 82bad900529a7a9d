package main

import (
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"newsdesk/libplace"
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

// defaultLibraryPath returns where the window and the commands keep the library
// when neither --db nor NEWSDESK_DB says (libplace.Find).
func defaultLibraryPath(getenv func(string) string) (string, error) {
	p, err := libplace.Find(goos, getenv, fileExists)
	return p.Path, err
}

// firstNotice reports whether the notice named name is said for the first time
// for this user (libplace.FirstNotice).
func (m *Main) firstNotice(name string) bool { return libplace.FirstNotice(goos, m.Getenv, name) }

// settleLibrary returns the default library's path once an older one is moved
// there (libplace.Settle), saying what happened on stderr and keeping it in
// m.libraryNote for the window's dialog.
func (m *Main) settleLibrary() (string, error) {
	s, err := libplace.Settle(goos, m.Getenv, sqlite.FoldLog, m.firstNotice)
	if err != nil {
		return "", err
	}
	if s.NotMoved != nil {
		m.logger().Error("library not moved", "from", s.From, "detail", s.NotMoved.Error())
	} else if s.From != "" {
		m.logger().Info("library moved", "from", s.From, "to", s.Path)
	}
	if m.libraryNote = s.Note; s.Note != "" {
		m.warn(s.Note)
	}
	return s.Path, nil
}

// showLibraryNote tells the window's user what happened to the library.
func showLibraryNote(m *Main, w fyne.Window) {
	if m.libraryNote != "" {
		dialog.ShowInformation("Newsdesk", m.libraryNote, w)
	}
}
