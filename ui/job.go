package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/msg"
)

// job is long work the window runs in the background — a file written, a
// document brought in — with a dialog that shows its progress and whose button
// cancels it.
type job struct {
	title, label string
	// reportID, when set, is the report the work reads from the library: it
	// waits until the editor's save of the last words typed is written. Should
	// that save have found the report changed elsewhere and kept the typing as a
	// linked copy, retarget is told the copy's ID before run: the work is on
	// what the person typed.
	reportID int64
	retarget func(id int64)
	// run does the work off the UI thread, telling progress (unknown progress
	// when it never calls it).
	run func(ctx context.Context, progress func(done, total int)) error
	// done gets the outcome on the UI thread: err nil for success; cancelled
	// when the person cancelled it.
	done func(err error, cancelled bool)
}

// runJob shows the job's dialog and runs it.
func (m *MainWindow) runJob(j job) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	busy := widget.NewProgressBarInfinite()
	bar.Hide()
	d := dialog.NewCustom(j.title, msg.T("ui.cancel"), container.NewVBox(widget.NewLabel(j.label), bar, busy), m.Window)
	d.SetOnClosed(cancel)
	showDialog(m.Window, d, fyne.Size{})
	var saved <-chan struct{}
	var editor *Editor
	if m.Editor != nil && j.reportID != 0 && m.Editor.Report().ID == j.reportID {
		saved, editor = m.Editor.Saved(), m.Editor
	}
	go func() {
		defer cancel()
		waitSaved(saved)
		if editor != nil && j.retarget != nil {
			if to := editor.saver.savedAs(j.reportID); to != j.reportID {
				j.retarget(to)
			}
		}
		err := j.run(ctx, func(done, total int) {
			fyne.Do(func() {
				busy.Stop()
				busy.Hide()
				bar.Show()
				bar.Max = float64(max(total, 1))
				bar.SetValue(float64(done))
			})
		})
		cancelled := ctx.Err() != nil && err != nil
		fyne.Do(func() {
			busy.Stop()
			d.Hide()
			j.done(err, cancelled)
		})
	}()
}

// load reads from the library off the UI thread — a slow disk must not freeze the
// window — then runs show on it, or says what went wrong.
func (m *MainWindow) load(read func(ctx context.Context) error, show func()) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := read(ctx)
		fyne.Do(func() {
			if err != nil {
				showError(err, m.Window)
				return
			}
			show()
		})
	}()
}
