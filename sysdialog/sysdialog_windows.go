package sysdialog

import (
	"errors"
	"runtime"

	"github.com/sqweek/dialog"
)

// Available: Windows has its own dialogs.
func Available() bool { return true }

// The dialogs run their own message loop; it stays on one system thread.

func openFile(title, filterName string, exts []string) (string, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b := dialog.File().Title(title)
	if len(exts) > 0 {
		b = b.Filter(filterName, exts...)
	}
	return answer(b.Load())
}

func saveFile(title, name, filterName string, exts []string) (string, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b := dialog.File().Title(title).SetStartFile(name)
	if len(exts) > 0 {
		b = b.Filter(filterName, exts...)
	}
	return answer(b.Save())
}

func openFolder(title string) (string, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	return answer(dialog.Directory().Title(title).Browse())
}

// answer turns the library's cancel into an empty path.
func answer(path string, err error) (string, error) {
	if errors.Is(err, dialog.ErrCancelled) {
		return "", nil
	}
	return path, err
}
