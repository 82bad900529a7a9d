package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsdesk/awardfile"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/nogl"
	"newsdesk/pdf"
	"newsdesk/sqlite"
	"newsdesk/sysdialog"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// appID is the application's identity for Fyne (preferences, desktop entry); it is
// FyneApp.toml's ID, which a test checks.
const appID = "vn.newsdesk.editor"

// FyneApp.toml is the one source of the name, version and icon; this writes them
// where a plain go build finds them.
//go:generate go run ../../packaging/appinfo -in ../../FyneApp.toml -out appinfo_gen.go

// runGUI opens the window on the library at path. A library that does not exist yet
// is created, with the team's sample report in it, so a first start shows something
// to look at. A report bundle named on the command line (newsdesk FILE.zip, as a
// file manager's "Open with" runs it) is opened as File > Open bundle does.
func runGUI(m *Main, path string) error {
	ctx := context.Background()
	_, statErr := os.Stat(path)
	fresh := os.IsNotExist(statErr)

	trace("start")
	err := m.openLibrary(ctx) // picks the language from the settings
	trace("library open")
	if err == nil && fresh {
		_, err = m.desk().AddSample(ctx)
	}
	ui.UseLanguage(msg.Current())
	slog.SetDefault(m.logger()) // the window's errors keep their detail in the log
	defer nogl.Watch()()        // a window that cannot be drawn says so in a message box
	m.logger().Info("window opened", "library", path)
	a := app.NewWithID(appID)
	var content fyne.CanvasObject
	var w fyne.Window
	if err != nil {
		w = a.NewWindow("Newsdesk")
		content = container.NewPadded(widget.NewLabel(msg.T("cli.gui.open.failed", path) + "\n\n" + model.ErrorMessage(err)))
		w.SetContent(content)
		w.Resize(fyne.NewSize(640, 240))
	} else {
		go pdf.SweepPrintTemp(time.Hour) // what earlier prints left to a PDF viewer
		svc := ui.Services{
			Reports:       m.Reports,
			Photos:        m.Photos,
			Revisions:     m.Revisions,
			Settings:      m.Settings,
			Comments:      m.Comments,
			People:        sqlite.NewPersonService(m.db),
			ReadAwardFile: awardfile.Read,
			Typing:        textfield.NewTyping(textfield.Telex),
			Printing:      &ui.Printing{Open: pdf.Show},
			CheckLibrary:  func(ctx context.Context) error { return m.db.Check(ctx, false) },
			ReadOnly:      m.db.ReadOnly(),
			LogPath:       m.logPath,
			FileDialogs:   systemDialogs(),
		}
		svc.UseDesk(m.desk(), m.dbPath)
		mw := ui.NewMainWindow(a, svc, path)
		w = mw.Window
		showLibraryNote(m, w)
		if m.Bundle != "" {
			mw.OpenBundle(m.Bundle) // opens its report, says what came in, or shows both versions
		}
	}
	trace("window built")
	a.Lifecycle().SetOnStarted(func() { fitScreen(w) })
	w.ShowAndRun()
	return nil
}

// trace prints a timestamped line on stderr when NEWSDESK_TRACE is set, for
// scripts/measure-window.sh.
func trace(what string) {
	if os.Getenv("NEWSDESK_TRACE") != "" {
		fmt.Fprintf(os.Stderr, "newsdesk trace %d %s\n", time.Now().UnixMilli(), what)
	}
}

// systemDialogs are the system's own file dialogs where it may have them (Windows, a Linux desktop's portal);
// nil keeps the toolkit's.
func systemDialogs() ui.FileDialogs {
	if sysdialog.Available() {
		return sysdialog.Dialogs{}
	}
	return nil
}
