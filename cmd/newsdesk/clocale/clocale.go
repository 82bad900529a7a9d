// Package clocale lets the window toolkit read a "C.UTF-8" locale (the default in
// containers and on servers) without printing "Error parsing user locale C" three
// times on every command's standard error.
//
// The toolkit reads the locale in its package init, before main runs, so the fix
// must run earlier still: a module of its own whose path sorts before fyne.io,
// because Go initializes, among the packages whose imports are ready, the one with
// the smallest import path first (the spec's "Package initialization"). The main
// package imports it for that side effect only.
package clocale

import (
	"os"
	"strings"
)

func init() {
	if Fix() {
		os.Setenv("LANGUAGE", "en")
	}
}

// Fix reports whether the locale environment names the C or POSIX locale with a
// codeset ("C.UTF-8"), which the toolkit's locale reader passes on as the
// language "C", and no LANGUAGE list that it would read instead. Plain "C" and
// "POSIX" it already understands. Setting LANGUAGE only chooses the language of
// the toolkit's own few words; Newsdesk's come from its language setting.
func Fix() bool {
	if os.Getenv("LANGUAGE") != "" {
		return false
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.")
		}
	}
	return false
}
