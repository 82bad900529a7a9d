// Package sysdialog is the platform's own open and save dialogs, where it has
// them: Windows' common dialogs (through github.com/sqweek/dialog, no cgo), with
// the places, shortcuts, OneDrive and network shares its users know, in the
// system's language; on a Linux desktop, its file chooser through the desktop
// portal (D-Bus, github.com/rymdport/portal, as Fyne's own sandboxed builds do).
// Elsewhere, or when a desktop has no portal, the window keeps the toolkit's
// dialogs: a call then fails with ErrNone's code before showing anything.
//
// Each call blocks until the person answers, so the window calls them off its UI
// thread. A cancel is an empty path and no error.
package sysdialog

import (
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
)

func init() {
	msg.Register(map[string]msg.Text{
		"sysdialog.none":    {VI: "Hệ thống không có hộp chọn tệp riêng.", EN: "The system has no file dialog of its own."},
		"sysdialog.notfile": {VI: "Chỉ mở được tệp trên máy này, không mở được %s.", EN: "Only files on this computer can be used, not %s."},
	})
}

// errNone says there is no system dialog to show: model.ENOTFOUND, which the
// window takes as "use the toolkit's".
var errNone = model.Errorf(model.ENOTFOUND, "sysdialog.none")

// Dialogs opens the system's dialogs; its methods match ui.FileDialogs.
type Dialogs struct{}

// OpenFile asks for an existing file; exts (".zip") name the files offered under
// filterName.
func (Dialogs) OpenFile(title, filterName string, exts []string) (string, error) {
	return openFile(title, filterName, bare(exts))
}

// SaveFile asks where to save a file, suggesting name. The path comes as typed:
// a name without the extension stays without it (outfile.WithExtension adds it).
func (Dialogs) SaveFile(title, name, filterName string, exts []string) (string, error) {
	return saveFile(title, name, filterName, bare(exts))
}

// OpenFolder asks for a folder.
func (Dialogs) OpenFolder(title string) (string, error) { return openFolder(title) }

// bare is exts without their dots, as the dialog's filter wants them.
func bare(exts []string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = strings.TrimPrefix(e, ".")
	}
	return out
}
