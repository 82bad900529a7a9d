//go:build !windows && !linux

package sysdialog

// Available: the toolkit's dialogs are used here.
func Available() bool { return false }

func openFile(string, string, []string) (string, error)         { return "", errNone }
func saveFile(string, string, string, []string) (string, error) { return "", errNone }
func openFolder(string) (string, error)                         { return "", errNone }
