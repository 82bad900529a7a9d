package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsdesk/awardfile"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/sqlite"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// appID is the application's identity for Fyne (preferences, desktop entry).
const appID = "vn.newsdesk.editor"

// runGUI opens the window on the library at path. A library that does not exist yet
// is created, with the team's sample report in it, so a first start shows something
// to look at.
func runGUI(m *Main, path string) error {
	ctx := context.Background()
	_, statErr := os.Stat(path)
	fresh := os.IsNotExist(statErr)

	trace("start")
	err := m.openLibrary(ctx) // picks the language from the settings
	trace("library open")
	if err == nil && fresh {
		_, err = addSample(ctx, m.Reports)
	}
	ui.UseLanguage(msg.Current())
	a := app.NewWithID(appID)
	var content fyne.CanvasObject
	var w fyne.Window
	if err != nil {
		w = a.NewWindow("Newsdesk")
		content = container.NewPadded(widget.NewLabel(msg.T("cli.gui.open.failed", path) + "\n\n" + model.ErrorMessage(err)))
		w.SetContent(content)
		w.Resize(fyne.NewSize(640, 240))
	} else {
		w = ui.NewMainWindow(a, ui.Services{
			Reports:       m.Reports,
			Photos:        m.Photos,
			Revisions:     m.Revisions,
			Settings:      m.Settings,
			People:        sqlite.NewPersonService(m.db),
			ReadAwardFile: awardfile.Read,
			Typing:        textfield.NewTyping(textfield.Telex),
			Printing:      m.printing(),
		}, path).Window
	}
	trace("window built")
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
