// Package assets holds the files Newsdesk ships inside its binary: the sample report
// that a new library starts with (its text and photos), and later the fonts, icon and
// translations. It imports only model and the standard library.
package assets

import "embed"

// sample holds the sample report's text and photo files. The photo generator that
// sits beside them is left out: only what the program reads is embedded.
//
//go:embed sample/report.json sample/photos
var sample embed.FS
