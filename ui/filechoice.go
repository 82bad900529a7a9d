package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.files.waiting": {VI: "Hộp chọn tệp đang mở: hãy chọn ở đó (nếu không thấy, nó có thể nằm sau cửa sổ này).",
			EN: "The file dialog is open: choose there (if you do not see it, it may be behind this window)."},
		"ui.files.open.bundle":   {VI: "Mở gói bài", EN: "Open a report bundle"},
		"ui.files.open.word":     {VI: "Nhập tài liệu Word", EN: "Import a Word document"},
		"ui.files.open.awards":   {VI: "Nhập danh sách khen thưởng", EN: "Import an award list"},
		"ui.files.folder.photos": {VI: "Chọn thư mục ảnh", EN: "Choose the photos' folder"},
		"ui.files.save.pdf":      {VI: "Lưu PDF", EN: "Save the PDF"},
		"ui.files.save.bundle":   {VI: "Lưu gói bài để duyệt", EN: "Save the review bundle"},
		"ui.files.save.word":     {VI: "Lưu thành tài liệu Word", EN: "Save as a Word document"},
		"ui.files.bundle":        {VI: "Gói bài Newsdesk (.zip)", EN: "Newsdesk bundle (.zip)"},
		"ui.files.word":          {VI: "Tài liệu Word (.docx)", EN: "Word document (.docx)"},
		"ui.files.pdf":           {VI: "Tài liệu PDF (.pdf)", EN: "PDF document (.pdf)"},
		"ui.files.awards":        {VI: "Danh sách (CSV, Excel, Word)", EN: "List (CSV, Excel, Word)"},
		"ui.save.exists":         {VI: "Đã có tệp %s.", EN: "%s already exists."},
	})
}

// FileDialogs are the system's own open and save dialogs (package sysdialog:
// Windows' common dialogs, with the places and network shares its users know, in
// the system's language); nil where the platform has none, and the toolkit's
// dialogs are used. Each call blocks until the person answers and is made off the
// UI thread; an empty path with no error is a cancel.
type FileDialogs interface {
	OpenFile(title, filterName string, exts []string) (string, error)
	SaveFile(title, name, filterName string, exts []string) (string, error)
	OpenFolder(title string) (string, error)
}

// fileAsk is what a file dialog asks for: its title, and the files it offers
// (exts, ".zip") under a name.
type fileAsk struct {
	title, filter string
	exts          []string
}

func askFor(title, filter string, exts ...string) fileAsk {
	return fileAsk{title: msg.T(title), filter: msg.T(filter), exts: exts}
}

// chooseFile asks for a file to open and hands its path to open, on the UI thread;
// a cancel calls nothing, a dialog's error is said.
func chooseFile(win fyne.Window, sys FileDialogs, ask fileAsk, open func(path string)) {
	toolkit := func() { toolkitOpenFile(win, ask, open) }
	if sys == nil {
		toolkit()
		return
	}
	withSystemDialog(win, func() (string, error) { return sys.OpenFile(ask.title, ask.filter, ask.exts) }, open, toolkit)
}

func toolkitOpenFile(win fyne.Window, ask fileAsk, open func(path string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if fileDialogFailed(err, win) || rc == nil {
			return
		}
		path := filePath(rc.URI())
		rc.Close()
		open(path)
	}, win)
	if len(ask.exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(ask.exts))
	}
	showDialog(win, d, fyne.NewSize(900, 600))
}

// chooseFolder asks for a folder and hands it to open, on the UI thread.
func chooseFolder(win fyne.Window, sys FileDialogs, title string, open func(dir fyne.ListableURI)) {
	toolkit := func() { toolkitOpenFolder(win, open) }
	if sys == nil {
		toolkit()
		return
	}
	withSystemDialog(win, func() (string, error) { return sys.OpenFolder(title) }, func(path string) {
		dir, err := storage.ListerForURI(storage.NewFileURI(path))
		if fileDialogFailed(err, win) {
			return
		}
		open(dir)
	}, toolkit)
}

func toolkitOpenFolder(win fyne.Window, open func(dir fyne.ListableURI)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if fileDialogFailed(err, win) || dir == nil {
			return
		}
		open(dir)
	}, win)
	showDialog(win, d, fyne.NewSize(900, 600))
}

// chooseSavePath asks where to save a file, suggesting name, and hands the path
// to save, on the UI thread. A name typed without the extension gets it; when
// that names a file already there, the person is asked first, as the dialog
// itself asks about the name as typed.
func chooseSavePath(win fyne.Window, sys FileDialogs, ask fileAsk, name string, save func(path string)) {
	toolkit := func() { toolkitSaveFile(win, ask, name, save) }
	if sys == nil {
		toolkit()
		return
	}
	withSystemDialog(win, func() (string, error) { return sys.SaveFile(ask.title, name, ask.filter, ask.exts) }, func(typed string) {
		path := outfile.WithExtension(typed, ask.exts)
		if path == typed {
			save(path)
			return
		}
		if _, err := os.Lstat(path); err != nil {
			save(path)
			return
		}
		d := dialog.NewConfirm(msg.T("ui.save.replace"), msg.T("ui.save.question", msg.T("ui.save.exists", path)), func(ok bool) {
			if ok {
				save(path)
			}
		}, win)
		d.SetConfirmText(msg.T("ui.save.yes"))
		d.SetDismissText(msg.T("ui.cancel"))
		showDialog(win, dialogWithoutEnter{d}, fyne.Size{})
	}, toolkit)
}

func toolkitSaveFile(win fyne.Window, ask fileAsk, name string, save func(path string)) {
	useLazyFileWriters()
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if fileDialogFailed(err, win) || wc == nil {
			return
		}
		path := filePath(wc.URI())
		wc.Close()
		save(path)
	}, win)
	d.SetFileName(name)
	if len(ask.exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(ask.exts))
	}
	showDialog(win, d, fyne.NewSize(900, 600))
}

// withSystemDialog runs a system dialog off the UI thread. Meanwhile the window
// shows a modal note, so nothing in it is edited under the dialog and the person
// knows where to answer; then done gets the path (not on a cancel), on the UI
// thread. When the system turns out to have no dialog to show (a desktop without
// a portal: an error coded model.ENOTFOUND), toolkit shows the toolkit's.
func withSystemDialog(win fyne.Window, ask func() (string, error), done func(path string), toolkit func()) {
	note := widget.NewLabel(msg.T("ui.files.waiting"))
	note.Wrapping = fyne.TextWrapWord
	size := fitSize(win, fyne.NewSize(440, 0))
	note.Resize(fyne.NewSize(size.Width-2*theme.Padding(), 0))
	wait := widget.NewModalPopUp(container.NewPadded(note), win.Canvas())
	wait.Resize(fyne.NewSize(size.Width, note.MinSize().Height+2*theme.Padding()))
	wait.Show()
	go func() {
		path, err := ask()
		fyne.Do(func() {
			wait.Hide()
			if model.ErrorCode(err) == model.ENOTFOUND {
				toolkit()
				return
			}
			if !fileDialogFailed(err, win) && path != "" {
				done(path)
			}
		})
	}()
}
