package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
)

// MainWindow is Newsdesk's window: the library's list of reports on the left, the
// report being edited on the right.
type MainWindow struct {
	Window  fyne.Window
	Library *Library
	Editor  *Editor // nil until a report is opened

	svc         Services
	libraryPath string
	editorPane  *fyne.Container
	selecting   bool
}

// NewMainWindow returns the main window on the library's services; it opens the most
// recently changed report.
func NewMainWindow(a fyne.App, svc Services, libraryPath string) *MainWindow {
	m := &MainWindow{Window: a.NewWindow("Newsdesk"), svc: svc, libraryPath: libraryPath}
	m.Library = NewLibrary(svc.Reports)
	m.Library.List.OnSelected = func(id widget.ListItemID) {
		items := m.Library.Items()
		if m.selecting || id >= len(items) {
			return
		}
		m.Open(items[id].ID)
	}
	m.Library.OnLoaded = func(items []model.ReportSummary) {
		if m.Editor == nil && len(items) > 0 {
			m.Open(items[0].ID)
		}
	}

	toolbar := widget.NewToolbar(
		widget.NewToolbarAction(theme.DocumentCreateIcon(), m.NewReport),
		widget.NewToolbarAction(theme.ContentCopyIcon(), m.Duplicate),
		widget.NewToolbarAction(theme.DeleteIcon(), m.Delete),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), m.Save),
	)
	where := widget.NewLabel(msg.T("ui.library.where", libraryPath))
	where.Truncation = fyne.TextTruncateEllipsis
	left := container.NewBorder(container.NewVBox(toolbar, m.Library.Search), container.NewVBox(m.Library.Status, where), nil, nil, m.Library.List)
	m.editorPane = container.NewStack(container.NewCenter(widget.NewLabel(msg.T("ui.editor.none"))))
	split := container.NewHSplit(left, m.editorPane)
	split.Offset = 0.3
	m.Window.SetContent(split)
	m.Window.Resize(fyne.NewSize(1200, 700))
	m.addShortcuts()
	m.Window.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		if m.Editor != nil {
			m.Editor.ImportPhotos(uris, nil)
		}
	})
	m.Window.SetCloseIntercept(func() {
		if m.Editor != nil {
			m.Editor.Close()
		}
		m.Window.Close()
	})
	return m
}

func (m *MainWindow) addShortcuts() {
	c := m.Window.Canvas()
	add := func(key fyne.KeyName, mod fyne.KeyModifier, fn func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod}, func(fyne.Shortcut) { fn() })
	}
	add(fyne.KeyN, fyne.KeyModifierShortcutDefault, m.NewReport)
	add(fyne.KeyS, fyne.KeyModifierShortcutDefault, m.Save)
	add(fyne.KeyF, fyne.KeyModifierShortcutDefault, func() { c.Focus(m.Library.Search) })
}

// Open shows report id in the editor, saving and closing the one open before.
func (m *MainWindow) Open(id int64) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := m.svc.Reports.FindReportByID(ctx, id)
	if err != nil {
		dialog.ShowError(err, m.Window)
		return
	}
	if m.Editor != nil {
		m.Editor.Close()
	}
	m.Editor = NewEditor(m.svc, m.Window, r)
	m.Editor.OnSaved = func(*model.Report) { m.Library.Refresh() }
	m.editorPane.Objects = []fyne.CanvasObject{m.Editor.Content()}
	m.editorPane.Refresh()
}

// NewReport creates an empty draft, with the byline and source tag from settings,
// and opens it with the cursor in the headline.
func (m *MainWindow) NewReport() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r := model.NewReport("")
	if m.svc.Settings != nil {
		if tag, err := m.svc.Settings.Setting(ctx, model.SettingSourceTag); err == nil {
			r.SourceTag = tag
		}
		if name, err := m.svc.Settings.Setting(ctx, model.SettingReporter); err == nil && name != "" {
			r.Byline = []string{name}
		}
	}
	r.Headline = msg.T("ui.report.untitled")
	r.Body = []model.Block{model.Paragraph("")}
	r.Normalize()
	if err := m.svc.Reports.CreateReport(ctx, r); err != nil {
		dialog.ShowError(err, m.Window)
		return
	}
	m.Library.Refresh()
	m.Open(r.ID)
	m.Editor.Headline.SetText("")
	m.Window.Canvas().Focus(m.Editor.Headline)
}

// Duplicate makes a new draft with the open report's content.
func (m *MainWindow) Duplicate() {
	if m.Editor == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r := m.Editor.Report()
	r.ID, r.UUID, r.Rev, r.BaseRev, r.LinkedUUID, r.Status = 0, model.NewUUID(), "", "", "", model.StatusDraft
	r.Headline = msg.T("ui.report.copyof", r.Headline)
	for i := range r.Body {
		r.Body[i].Key = ""
	}
	r.Normalize()
	if err := m.svc.Reports.CreateReport(ctx, r); err != nil {
		dialog.ShowError(err, m.Window)
		return
	}
	m.Library.Refresh()
	m.Open(r.ID)
}

// Delete removes the open report after asking.
func (m *MainWindow) Delete() {
	if m.Editor == nil {
		return
	}
	r := m.Editor.Report()
	dialog.ShowConfirm(msg.T("ui.report.delete.title"), msg.T("ui.report.delete.confirm", r.Headline), func(ok bool) {
		if !ok {
			return
		}
		m.Editor.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := m.svc.Reports.DeleteReport(ctx, r.ID); err != nil {
			dialog.ShowError(err, m.Window)
			return
		}
		m.Editor = nil
		m.editorPane.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel(msg.T("ui.editor.none")))}
		m.editorPane.Refresh()
		m.Library.Refresh()
	}, m.Window)
}

// Save saves the open report now, keeping a revision.
func (m *MainWindow) Save() {
	if m.Editor != nil {
		m.Editor.SaveNow()
	}
}
