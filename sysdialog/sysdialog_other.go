//go:build !windows

package sysdialog

import "errors"

// Available: the toolkit's dialogs are used here.
const Available = false

var errNone = errors.New("sysdialog: no system dialogs on this platform")

func openFile(string, string, []string) (string, error)         { return "", errNone }
func saveFile(string, string, string, []string) (string, error) { return "", errNone }
func openFolder(string) (string, error)                         { return "", errNone }
