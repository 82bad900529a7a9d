package ui

import (
	"errors"
	"image/color"
	"log/slog"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// Dialogs: every dialog of the window goes through showDialog, which fits it
// inside the window (a 1024×576 screen holds them all; what is taller scrolls)
// and lets the keyboard answer it: Escape closes the newest, as Cancel does, and
// Enter confirms it where no field takes Enter. The toolkit's dialogs do
// neither by themselves.

// openDialog is a dialog being shown, with what Enter does to it.
type openDialog struct {
	d     dialog.Dialog
	enter func()
}

var open = struct {
	sync.Mutex
	m map[fyne.Window][]openDialog
}{m: map[fyne.Window][]openDialog{}}

// dialogMargin is the room left around a dialog inside its window.
const dialogMargin = 24

// fitSize is want, shrunk to fit inside win.
func fitSize(win fyne.Window, want fyne.Size) fyne.Size {
	room := win.Canvas().Size()
	if room.Width <= 0 || room.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, room.Width-2*dialogMargin), min(want.Height, room.Height-2*dialogMargin))
}

// showDialog shows d in win at the size want (zero: its own; a zero height:
// as tall as it needs), shrunk to fit the window, with Escape and Enter answering it (see above).
func showDialog(win fyne.Window, d dialog.Dialog, want fyne.Size) {
	if fd, ok := d.(*dialog.FileDialog); ok {
		// A file dialog builds its content when shown: it has no size before.
		showFileDialog(win, fd, want)
		return
	}
	if want.Width > 0 || want.Height > 0 {
		min := d.MinSize()
		d.Resize(fitSize(win, fyne.NewSize(max(want.Width, min.Width), max(want.Height, min.Height))))
	}
	enter := d.Hide
	switch c := d.(type) {
	case *dialog.ConfirmDialog:
		enter = c.Confirm
	case *dialog.FormDialog:
		enter = c.Submit
	}
	open.Lock()
	open.m[win] = append(open.m[win], openDialog{d: d, enter: enter})
	open.Unlock()
	d.SetOnClosed(func() { forgetDialog(win, d) })
	d.Show()
}

// showFileDialog shows a file dialog, then fits it to the window. Escape closes it
// as its Cancel button does.
func showFileDialog(win fyne.Window, d *dialog.FileDialog, want fyne.Size) {
	open.Lock()
	open.m[win] = append(open.m[win], openDialog{d: d, enter: func() {}})
	open.Unlock()
	d.SetOnClosed(func() { forgetDialog(win, d) })
	d.Show()
	if want.Width > 0 || want.Height > 0 {
		d.Resize(fitSize(win, want))
	}
}

func forgetDialog(win fyne.Window, d dialog.Dialog) {
	open.Lock()
	defer open.Unlock()
	list := open.m[win]
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].d == d {
			open.m[win] = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(open.m[win]) == 0 {
		delete(open.m, win)
	}
}

// answerDialog handles Escape and Enter for win's newest dialog, and reports
// whether there was one.
func answerDialog(win fyne.Window, key fyne.KeyName) bool {
	open.Lock()
	list := open.m[win]
	if len(list) == 0 {
		open.Unlock()
		return false
	}
	top := list[len(list)-1]
	open.Unlock()
	switch key {
	case fyne.KeyEscape:
		top.d.Hide()
	case fyne.KeyReturn, fyne.KeyEnter:
		top.enter()
	default:
		return false
	}
	return true
}

// dialogKeys makes Escape and Enter answer win's dialogs; other keys go to
// next, which may be nil.
func dialogKeys(win fyne.Window, next func(*fyne.KeyEvent)) {
	win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if answerDialog(win, k.Name) || next == nil {
			return
		}
		next(k)
	})
}

// showInformation says text under title, in a dialog with the information icon.
func showInformation(title, text string, win fyne.Window) {
	showDialog(win, dialog.NewInformation(title, text, win), fyne.Size{})
}

// showError says what went wrong, in the interface language: the message of a
// *model.Error, never the text of an error from deeper down (which goes to the
// log), with the error icon.
func showError(err error, win fyne.Window) {
	said := model.ErrorMessage(err)
	slog.Error("error shown", "said", said, "detail", err.Error())
	showDialog(win, dialog.NewError(errors.New(said), win), fyne.Size{})
}

// filePath is a file URI's path as the system writes it: Fyne's URIs use forward
// slashes ("C:/Users/…"), which Windows users do not read as theirs and which the
// path is shown and handed on with.
func filePath(u fyne.URI) string { return filepath.FromSlash(u.Path()) }

// fileDialogFailed says, when a file dialog answered with an error (a path typed
// that it could not use, a folder it may not read), that the choice did not go
// through and what to do; the detail goes to the log. It reports whether there
// was an error: a dialog's error is never dropped in silence.
func fileDialogFailed(err error, win fyne.Window) bool {
	if err == nil {
		return false
	}
	showError(errors.Join(model.Errorf(model.EINVALID, "ui.filedialog.failed"), err), win)
	return true
}

// showConfirm asks a yes-or-no question; callback gets the answer.
func showConfirm(title, text string, callback func(bool), win fyne.Window) {
	d := dialog.NewConfirm(title, text, callback, win)
	d.SetConfirmText(msg.T("ui.yes"))
	d.SetDismissText(msg.T("ui.no"))
	showDialog(win, d, fyne.Size{})
}

// showCustomConfirm asks about content with the buttons named.
func showCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), win fyne.Window) {
	showDialog(win, dialog.NewCustomConfirm(title, confirm, dismiss, content, callback, win), fyne.Size{})
}

// showForm asks for the form's items.
func showForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), win fyne.Window) {
	showDialog(win, dialog.NewForm(title, confirm, dismiss, items, callback, win), fyne.Size{})
}

// showDangerConfirm is showConfirm for a step that destroys something: Enter
// does not confirm it (a stray Enter deletes nothing); the button does.
func showDangerConfirm(title, text string, callback func(bool), win fyne.Window) {
	d := dialog.NewConfirm(title, text, callback, win)
	d.SetConfirmText(msg.T("ui.delete"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.SetDismissText(msg.T("ui.cancel"))
	showDialog(win, dialogWithoutEnter{d}, fyne.Size{})
}

// dialogWithoutEnter hides the dialog's Confirm from showDialog's Enter.
type dialogWithoutEnter struct{ dialog.Dialog }

// noteField is a field for a few lines typed in a dialog (a comment, a review
// note): Vietnamese typing as in the report, Enter starts a new line, Escape
// closes the dialog.
func noteField(t *textfield.Typing, placeholder string) *textfield.Paragraph {
	p := textfield.NewParagraph(t)
	p.SetPlaceHolder(placeholder)
	return p
}

// rows gives obj the height of n lines of text at least.
func rows(obj fyne.CanvasObject, n int) fyne.CanvasObject {
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(0, float32(n)*theme.TextSize()*1.5+2*theme.InnerPadding()))
	return container.NewStack(spacer, obj)
}
