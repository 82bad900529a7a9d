package main

import (
	"os"
	"path/filepath"
	"runtime"

	"newsdesk/model"
)

// libraryFileName is the library's file name inside the per-user data folder.
const libraryFileName = "library.sqlite"

// defaultLibraryPath returns where the window and the commands keep the library when
// neither --db nor NEWSDESK_DB says: the per-user data folder, %AppData%\Newsdesk on
// Windows and $XDG_DATA_HOME/newsdesk (~/.local/share/newsdesk) elsewhere.
func defaultLibraryPath(getenv func(string) string) (string, error) {
	if runtime.GOOS == "windows" {
		if dir := getenv("AppData"); dir != "" {
			return filepath.Join(dir, "Newsdesk", libraryFileName), nil
		}
	}
	if dir := getenv("XDG_DATA_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "newsdesk", libraryFileName), nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return "", model.Errorf(model.EINTERNAL, "cli.home.unknown")
		}
	}
	return filepath.Join(home, ".local", "share", "newsdesk", libraryFileName), nil
}
