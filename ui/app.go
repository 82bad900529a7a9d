package ui

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
)

// MainWindow is Newsdesk's window: the library's list of reports on the left, the
// report being edited on the right.
type MainWindow struct {
	mastheadAsked bool // the agency's details were asked for once (withMasthead)
	typingPicked  bool // the reporter picked a typing method (the stored one no longer applies)
	Window        fyne.Window
	Library       *Library
	Editor        *Editor // nil until a report is opened

	svc          Services
	libraryPath  string
	editorPane   *fyne.Container
	selecting    bool
	highlighted  int // the list row marked selected, -1 for none
	typingSelect *widget.Select

	role          model.Role
	review        *reviewBar
	pendingButton *widget.Button
	commentsOff   bool          // the comments column was turned off (Ctrl+Shift+M)
	aside         int64         // the report taken out of the editor while a push or an import runs (see stepAside)
	queueMu       sync.Mutex    // one round of sending the waiting pushes at a time
	loaded        atomic.Int32  // list loads shown, the report they opened with them (Settled)
	asideAt       fyne.Position // where its editor was scrolled, to come back there
	opening       int64         // the report being read to open (see openThen), 0 for none
	openSeq       int           // the latest open asked for: an earlier one that ends later is dropped
	saving        chan struct{} // closed once the last editor let go has saved (letGo)
	openingBar    *widget.ProgressBarInfinite

	// Inform, when set, receives each short message the window shows (tests read it).
	Inform func(text string)
	// OnMerge, when set, is called instead of ShowMerge after a bundle came back as a
	// linked copy (tests observe it).
	OnMerge func(mineID, theirsID int64)
}

// NewMainWindow returns the main window on the library's services; it opens the most
// recently changed report.
func NewMainWindow(a fyne.App, svc Services, libraryPath string) *MainWindow {
	m := &MainWindow{Window: a.NewWindow("Newsdesk"), svc: svc, libraryPath: libraryPath}
	m.setTitle("Newsdesk")
	m.Library = NewLibrary(svc.Reports, m.svc.typing())
	m.highlighted = -1
	m.Library.List.OnSelected = func(id widget.ListItemID) {
		m.highlighted = id
		items := m.Library.Items()
		if m.selecting || id >= len(items) {
			return
		}
		m.Open(items[id].ID)
	}
	m.Library.OnLoaded = func(items []model.ReportSummary) {
		if m.idle() && len(items) > 0 {
			m.Open(items[0].ID)
			trace("first list page shown and the newest report open (%d reports)", len(items))
		}
		m.highlightOpen(items)
		m.loaded.Add(1)
	}

	toolbar := widget.NewToolbar(
		widget.NewToolbarAction(theme.DocumentCreateIcon(), m.NewReport),
		widget.NewToolbarAction(theme.ContentCopyIcon(), m.Duplicate),
		widget.NewToolbarAction(theme.DeleteIcon(), m.Delete),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), m.Save),
		widget.NewToolbarAction(theme.HistoryIcon(), m.ShowHistory),
		widget.NewToolbarAction(theme.DocumentPrintIcon(), m.ExportPDF),
		widget.NewToolbarAction(theme.SettingsIcon(), m.ShowSettings),
	)
	where := widget.NewLabel(msg.T("ui.library.where", libraryPath))
	where.Truncation = fyne.TextTruncateEllipsis
	typing := m.newTypingSwitch()
	// The search field has a line of its own, the view and typing switches the next
	// one: the list keeps a narrow minimum (the window fits a 1024-pixel screen)
	// and the search its width.
	top := container.NewVBox(toolbar, m.Library.Search, newColumns(columns{3, 2}, m.Library.Filter, typing))
	if svc.Portal != nil && svc.Portal.Pending != nil && svc.Portal.Open != nil {
		m.pendingButton = widget.NewButtonWithIcon(msg.T("ui.pending.menu"), theme.DownloadIcon(), m.ShowPending)
		m.pendingButton.Hide()
		top.Add(m.pendingButton)
	}
	left := container.NewBorder(top, container.NewVBox(m.Library.Status, where), nil, nil, m.Library.List)
	m.editorPane = container.NewStack(container.NewCenter(widget.NewLabel(msg.T("ui.editor.none"))))
	split := container.NewHSplit(left, m.editorPane)
	split.Offset = 0.25
	m.Window.SetContent(split)
	m.Window.Resize(fyne.NewSize(1340, 740))
	m.addShortcuts()
	dialogKeys(m.Window, nil)
	m.sendQueuedForever()
	m.checkLibrary()
	m.Window.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { m.Drop(uris) })
	if svc.Portal != nil && svc.Portal.Where != nil {
		m.Library.Where = func(ctx context.Context, ids []int64) map[int64]string {
			out := map[int64]string{}
			for _, id := range ids {
				if w, err := svc.Portal.Where(ctx, id); err == nil && w != "" {
					out[id] = w
				}
			}
			return out
		}
	}
	// Last: the list's first page opens the newest report.
	// The role is read off the UI thread (a slow disk must not hold the window
	// back); without settings there is no role, and the list shows every report.
	if m.svc.Settings != nil {
		go func() {
			role := m.loadRole()
			fyne.Do(func() { m.setRole(role) })
		}()
	} else {
		m.Library.Refresh()
	}
	m.Window.SetCloseIntercept(func() {
		if m.Editor != nil {
			m.Editor.Close()
		}
		m.Window.Close()
	})
	return m
}

// action is one thing the reporter can do, with its keyboard shortcut: every
// action is reachable without the mouse, from the menu or the shortcut.
type action struct {
	label    string
	key      fyne.KeyName
	mod      fyne.KeyModifier
	run      func()
	menuOnly bool // the shortcut belongs to a text field (shown for discovery only)
	hidden   bool // not wired in this window (the service is missing)
}

func (m *MainWindow) actions() [][]action {
	ctrl, shift := fyne.KeyModifierShortcutDefault, fyne.KeyModifierShift
	withEditor := func(fn func(e *Editor)) func() {
		return func() {
			if m.Editor != nil {
				fn(m.Editor)
			}
		}
	}
	return [][]action{
		{ // File
			{label: msg.T("ui.menu.new"), key: fyne.KeyN, mod: ctrl, run: m.NewReport},
			{label: msg.T("ui.menu.duplicate"), key: fyne.KeyD, mod: ctrl, run: m.Duplicate},
			{label: msg.T("ui.menu.delete"), key: fyne.KeyDelete, mod: ctrl, run: m.Delete},
			{label: msg.T("ui.menu.save"), key: fyne.KeyS, mod: ctrl, run: m.Save},
			{label: msg.T("ui.menu.history"), key: fyne.KeyH, mod: ctrl, run: m.ShowHistory},
			{label: msg.T("ui.menu.settings"), key: fyne.KeyComma, mod: ctrl, run: m.ShowSettings},
			{label: msg.T("ui.menu.typing"), key: fyne.KeyT, mod: ctrl | shift, run: m.CycleTyping},
			{label: msg.T("ui.menu.pdf"), key: fyne.KeyE, mod: ctrl, run: m.ExportPDF},
			{label: msg.T("ui.menu.print"), key: fyne.KeyP, mod: ctrl, run: m.PrintReport},
			{label: msg.T("ui.menu.bulletin"), key: fyne.KeyB, mod: ctrl, run: m.ShowBulletin},
			{label: msg.T("ui.menu.push"), key: fyne.KeyU, mod: ctrl, run: m.ShowPush},
			{label: msg.T("ui.menu.libraryfolder"), key: fyne.KeyL, mod: ctrl | shift, run: m.ShowLibraryFolder},
			{label: msg.T("ui.menu.openbundle"), key: fyne.KeyO, mod: ctrl, run: m.ShowOpenBundle, hidden: m.svc.OpenBundle == nil},
			{label: msg.T("ui.menu.savebundle"), key: fyne.KeyS, mod: ctrl | shift, run: m.ShowSaveBundle, hidden: m.svc.SaveBundle == nil},
			{label: msg.T("ui.menu.wordin"), key: fyne.KeyW, mod: ctrl | shift, run: m.ShowImportWord, hidden: m.svc.Word == nil},
			{label: msg.T("ui.menu.wordout"), key: fyne.KeyE, mod: ctrl | shift, run: m.ExportWord, hidden: m.svc.Word == nil},
			{label: msg.T("ui.menu.about"), key: fyne.KeyF1, mod: ctrl, run: m.ShowAbout},
		},
		{ // Report
			{label: msg.T("ui.menu.search"), key: fyne.KeyF, mod: ctrl, run: func() { m.Window.Canvas().Focus(m.Library.Search) }},
			{label: msg.T("ui.block.add.paragraph"), key: fyne.KeyP, mod: ctrl | shift, run: withEditor(func(e *Editor) {
				e.InsertBlock(len(e.report.Body), model.Paragraph(""))
			})},
			{label: msg.T("ui.block.add.photo"), key: fyne.KeyI, mod: ctrl | shift, run: withEditor(func(e *Editor) { e.pickPhotos() })},
			{label: msg.T("ui.block.add.awards"), key: fyne.KeyA, mod: ctrl | shift, run: withEditor(func(e *Editor) {
				e.InsertBlock(len(e.report.Body), model.Block{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen"}})
			})},
			{label: msg.T("ui.edit.undo"), key: fyne.KeyZ, mod: ctrl, run: withEditor((*Editor).Undo)},
			{label: msg.T("ui.edit.redo"), key: fyne.KeyY, mod: ctrl, run: withEditor((*Editor).Redo)},
		},
		{ // Review
			{label: msg.T("ui.review.submit"), key: fyne.KeyG, mod: ctrl | shift, run: m.Submit},
			{label: msg.T("ui.review.approve"), key: fyne.KeyY, mod: ctrl | shift, run: m.Approve},
			{label: msg.T("ui.review.changes"), key: fyne.KeyR, mod: ctrl | shift, run: m.RequestChanges},
			{label: msg.T("ui.comments.menu"), key: fyne.KeyM, mod: ctrl | shift, run: m.ToggleComments, hidden: m.svc.Comments == nil},
			{label: msg.T("ui.menu.compare"), key: fyne.KeyD, mod: ctrl | shift, run: m.ShowCompare},
			{label: msg.T("ui.pending.menu"), key: fyne.KeyO, mod: ctrl | shift, run: m.ShowPending,
				hidden: m.svc.Portal == nil || m.svc.Portal.Pending == nil || m.svc.Portal.Open == nil},
		},
	}
}

func (m *MainWindow) addShortcuts() {
	c := m.Window.Canvas()
	m.undoKeys() // the report's undo and redo, from every field (undo.go)
	var menus []*fyne.Menu
	titles := []string{msg.T("ui.menu.file"), msg.T("ui.menu.report"), msg.T("ui.menu.review")}
	for i, group := range m.actions() {
		var items []*fyne.MenuItem
		for _, a := range group {
			a := a
			if a.hidden {
				continue
			}
			sc := &desktop.CustomShortcut{KeyName: a.key, Modifier: a.mod}
			if !a.menuOnly {
				c.AddShortcut(sc, func(fyne.Shortcut) { a.run() })
			}
			item := fyne.NewMenuItem(a.label, a.run)
			item.Shortcut = sc
			items = append(items, item)
		}
		menus = append(menus, fyne.NewMenu(titles[i], items...))
	}
	m.Window.SetMainMenu(fyne.NewMainMenu(menus...))
}

// Settled reports whether the list has loaded at least once, and the newest report
// opened with it: tests wait for it before they touch the window, since the
// toolkit's test driver runs the loading's UI work on the loading goroutine.
func (m *MainWindow) Settled() bool { return m.loaded.Load() > 0 }

// Open shows report id in the editor, saving and closing the one open before.
// The report is read in the background, so a slow disk never freezes the
// window: meanwhile the report that was open stays in sight, read-only, under a
// progress bar.
func (m *MainWindow) Open(id int64) { m.openThen(id, nil) }

// idle reports whether the window has no report open, none on its way, and none
// stepped aside: the list may then open one by itself.
func (m *MainWindow) idle() bool { return m.Editor == nil && m.opening == 0 && m.aside == 0 }

// letGo takes the editor out of the window — nothing more can be typed into it —
// and returns a channel closed once its last words are saved, which happens
// off the UI thread.
func (m *MainWindow) letGo() <-chan struct{} {
	e, prev := m.Editor, m.saving
	m.Editor = nil
	if e == nil || e.closed {
		return prev
	}
	snap := e.snapshot()
	e.closed = true
	e.rememberPeople(snap)
	e.freeze()
	done := make(chan struct{})
	m.saving = done
	go func() {
		defer close(done)
		waitSaved(prev) // in the order they were let go
		e.saver.closeWith(snap)
	}()
	return done
}

// openThen opens report id (Open), then runs then with its editor on the UI
// thread. An open asked for later wins: this one then shows nothing.
func (m *MainWindow) openThen(id int64, then func(e *Editor)) {
	old := m.Editor
	saved := m.letGo() // it may be this very report: read it once saved
	m.openSeq++
	seq := m.openSeq
	m.opening = id
	if old != nil {
		m.stopOpeningBar()
		m.openingBar = widget.NewProgressBarInfinite()
		m.editorPane.Objects = []fyne.CanvasObject{container.NewBorder(m.openingBar, nil, nil, nil,
			container.NewStack(old.Content(), &tapBlocker{}))}
		m.editorPane.Refresh()
	}
	go func() {
		waitSaved(saved)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		r, err := m.svc.Reports.FindReportByID(ctx, id)
		if err == nil {
			if tooLarge := r.CheckSize(); tooLarge != nil {
				err = model.Errorf(model.EINVALID, "ui.report.toolarge", model.ErrorMessage(tooLarge), id)
			}
		}
		fyne.Do(func() {
			if seq != m.openSeq {
				return // another report was asked for meanwhile
			}
			m.opening = 0
			m.stopOpeningBar()
			if err != nil {
				m.showNone()
				showError(err, m.Window)
				return
			}
			e := m.show(r)
			if then != nil {
				then(e)
			}
		})
	}()
}

// show puts report r, just read, in a new editor.
func (m *MainWindow) show(r *model.Report) *Editor {
	e := NewEditor(m.svc, m.Window, r)
	e.OnSaved = func(*model.Report) { m.Library.Refresh() }
	e.ShowComments(!m.commentsOff)
	m.Editor = e
	m.showPortalState(r.ID)
	m.review = m.newReviewBar()
	m.editorPane.Objects = []fyne.CanvasObject{container.NewBorder(m.review.box, nil, nil, nil, e.Content())}
	m.editorPane.Refresh()
	m.updateReviewBar()
	e.goToPlace()
	return e
}

// showNone leaves the editor's place empty, saying no report is open.
func (m *MainWindow) showNone() {
	m.editorPane.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel(msg.T("ui.editor.none")))}
	m.editorPane.Refresh()
}

func (m *MainWindow) stopOpeningBar() {
	if m.openingBar != nil {
		m.openingBar.Stop()
		m.openingBar = nil
	}
}

// NewReport creates an empty draft, with the byline and source tag from settings
// (desk.CreateDraft), and opens it with the cursor in the headline.
func (m *MainWindow) NewReport() {
	r := model.NewReport("")
	r.Headline = msg.T("ui.report.untitled")
	r.Body = []model.Block{model.Paragraph("")}
	r.Normalize()
	// The draft is made off the UI thread. What the reporter types meanwhile (a
	// headline typed straight after Ctrl+N) belongs to the new report: no field of
	// the report being left keeps the focus, and the keys wait for the new headline.
	c := m.Window.Canvas()
	c.Unfocus()
	var ahead []rune
	c.SetOnTypedRune(func(r rune) { ahead = append(ahead, r) })
	done := func() { c.SetOnTypedRune(nil) }
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := m.desk().CreateDraft(ctx, r)
		fyne.Do(func() {
			if err != nil {
				done()
				showError(err, m.Window)
				return
			}
			m.Library.Refresh()
			m.openThen(r.ID, func(e *Editor) {
				done()
				e.Headline.SetText("")
				c.Focus(e.Headline)
				for _, r := range ahead {
					e.Headline.TypedRune(r)
				}
			})
		})
	}()
}

// Duplicate makes a new draft with the open report's content.
func (m *MainWindow) Duplicate() {
	if m.Editor == nil {
		return
	}
	r := m.Editor.Report()
	r.ID, r.UUID, r.Rev, r.BaseRev, r.LinkedUUID, r.Status = 0, model.NewUUID(), "", "", "", model.StatusDraft
	r.Headline = msg.T("ui.report.copyof", r.Headline)
	for i := range r.Body {
		r.Body[i].Key = ""
	}
	r.Normalize()
	m.load(func(ctx context.Context) error { return m.svc.Reports.CreateReport(ctx, r) }, func() {
		m.Library.Refresh()
		m.Open(r.ID)
	})
}

// Delete removes the open report after asking.
func (m *MainWindow) Delete() {
	if m.Editor == nil {
		return
	}
	r := m.Editor.Report()
	showDangerConfirm(msg.T("ui.report.delete.title"), msg.T("ui.report.delete.confirm", r.Headline), func(ok bool) {
		if !ok || m.Editor == nil || m.Editor.Report().ID != r.ID {
			return
		}
		saved := m.letGo()
		m.aside = r.ID // the list opens nothing meanwhile: it may still list this one
		m.showNone()
		go func() {
			waitSaved(saved)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := m.svc.Reports.DeleteReport(ctx, r.ID)
			fyne.Do(func() {
				if m.aside == r.ID {
					m.aside = 0
				}
				if err != nil {
					showError(err, m.Window)
					if m.idle() {
						m.Open(r.ID) // still there: back to it
					}
				}
				m.Library.Refresh()
			})
		}()
	}, m.Window)
}

// Save saves the open report now, keeping a revision.
func (m *MainWindow) Save() {
	if m.Editor != nil {
		m.Editor.SaveNow()
	}
}

// trace prints a timestamped line on stderr when NEWSDESK_TRACE is set: the
// start-up measurement script reads it.
func trace(format string, args ...any) {
	if os.Getenv("NEWSDESK_TRACE") != "" {
		fmt.Fprintf(os.Stderr, "newsdesk trace %d %s\n", time.Now().UnixMilli(), fmt.Sprintf(format, args...))
	}
}

// checkLibrary reads the library file for damage in the background, once, and says
// what to do when it finds some: a library damaged in the middle otherwise opens
// and takes writes until a damaged page is read.
func (m *MainWindow) checkLibrary() {
	if m.svc.ReadOnly {
		m.inform(msg.T("ui.library.readonly.title"), msg.T("ui.library.readonly"))
	}
	if m.svc.CheckLibrary == nil {
		return
	}
	go func() {
		err := m.svc.CheckLibrary(context.Background())
		if err == nil {
			return
		}
		fyne.Do(func() { m.inform(msg.T("ui.library.damaged"), model.ErrorMessage(err)) })
	}()
}

// highlightOpen marks the open report's row in the list, wherever a reload put it
// (a save moves a report to the top): the highlight follows the report, not the
// row position. No row is marked when the open report is not listed.
func (m *MainWindow) highlightOpen(items []model.ReportSummary) {
	if m.Editor == nil {
		return
	}
	open := m.Editor.Report().ID
	row := -1
	for i, it := range items {
		if it.ID == open {
			row = i
			break
		}
	}
	if row == m.highlighted {
		return // already so: most loads change nothing
	}
	m.selecting = true // selecting here opens nothing
	defer func() { m.selecting = false }()
	if row < 0 {
		m.highlighted = -1
		m.Library.List.UnselectAll()
		return
	}
	m.Library.List.Select(row)
}
