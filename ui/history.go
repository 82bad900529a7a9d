package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
)

// ShowHistory lists the open report's revisions, newest first; picking one shows it,
// and Restore makes it the report's content again (the current content is kept as a
// revision first, so a restore can itself be undone from the history).
func (m *MainWindow) ShowHistory() {
	if m.Editor == nil || m.svc.Revisions == nil {
		return
	}
	id := m.Editor.Report().ID
	var revs []model.Revision
	m.load(func(ctx context.Context) (err error) {
		revs, err = m.svc.Revisions.FindRevisions(ctx, id)
		return err
	}, func() {
		// Another report may have been opened while the history was read: this
		// history is not its.
		if m.Editor != nil && m.Editor.Report().ID == id {
			m.showHistory(revs)
		}
	})
}

func (m *MainWindow) showHistory(revs []model.Revision) {
	preview := widget.NewLabel(msg.T("ui.history.pick"))
	preview.Wrapping = fyne.TextWrapWord
	var chosen *model.Revision
	var d dialog.Dialog
	restore := widget.NewButton(msg.T("ui.history.restore"), func() {
		if chosen == nil || chosen.Report == nil {
			return
		}
		d.Hide()
		m.restore(chosen)
	})
	restore.Importance = widget.HighImportance
	restore.Disable()
	compare := widget.NewButton(msg.T("ui.history.compare"), func() {
		if chosen == nil {
			return
		}
		d.Hide()
		m.ShowCompareRevisions(chosen.ID, 0, nil)
	})
	compare.Disable()
	list := widget.NewList(func() int { return len(revs) },
		// What happened on a line of its own, when and who on the next: one line
		// of all three was cut off in a column this narrow.
		func() fyne.CanvasObject {
			what := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			what.Truncation = fyne.TextTruncateEllipsis
			when := widget.NewLabel("")
			when.Truncation = fyne.TextTruncateEllipsis
			note := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
			note.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(what, when, note)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := revs[i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(r.Reason.Label())
			box.Objects[1].(*widget.Label).SetText(revisionWhen(r))
			note := box.Objects[2].(*widget.Label)
			note.SetText(r.Note)
			if r.Note == "" {
				note.Hide()
			} else {
				note.Show()
			}
		})
	// A row is as tall as what it shows: the note's line only where there is one.
	row := list.CreateItem().(*fyne.Container)
	withNote := row.MinSize().Height
	row.Objects[2].Hide()
	without := row.MinSize().Height
	for i, r := range revs {
		if r.Note == "" {
			list.SetItemHeight(i, without)
		} else {
			list.SetItemHeight(i, withNote)
		}
	}
	var showRevision func(rev *model.Revision, err error)
	picked := 0 // the newest revision asked for: an older answer shows nothing
	list.OnSelected = func(i widget.ListItemID) {
		picked++
		ask, want := picked, revs[i].ID
		restore.Disable()
		compare.Disable()
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			rev, err := m.svc.Revisions.FindRevisionByID(ctx, want)
			fyne.Do(func() {
				if ask == picked {
					showRevision(rev, err)
				}
			})
		}()
	}
	showRevision = func(rev *model.Revision, err error) {
		if err != nil || rev.Report == nil {
			preview.SetText(model.ErrorMessage(err))
			return
		}
		chosen = rev
		text := revisionLine(*rev) + "\n"
		if rev.Note != "" {
			text += msg.T("ui.history.note", rev.Note) + "\n"
		}
		preview.SetText(text + "\n" + revisionText(rev.Report))
		restore.Enable()
		compare.Enable()
	}
	content := container.NewHSplit(list, container.NewBorder(nil, container.NewHBox(restore, compare), nil, nil, container.NewVScroll(preview)))
	content.Offset = 0.4
	d = dialog.NewCustom(msg.T("ui.history.title"), msg.T("ui.close"), content, m.Window)
	showDialog(m.Window, d, fyne.NewSize(900, 560))
}

// revisionLine names a revision in the history: when, why and who.
// revisionWhen is when a revision was kept, and by whom.
func revisionWhen(r model.Revision) string {
	text := r.CreatedAt.Local().Format("02/01/2006 15:04")
	if r.Author != "" {
		text += " · " + r.Author
	}
	return text
}

func revisionLine(r model.Revision) string {
	text := r.CreatedAt.Local().Format("02/01/2006 15:04") + " · " + r.Reason.Label()
	if r.Author != "" {
		text += " · " + r.Author
	}
	return text
}

// revisionText is a revision as plain text to read before restoring it.
func revisionText(r *model.Report) string {
	var b strings.Builder
	b.WriteString(r.Headline + "\n\n")
	if r.Lead != "" {
		b.WriteString(r.Lead + "\n\n")
	}
	for _, blk := range r.Body {
		switch {
		case blk.Photo != nil:
			b.WriteString("[" + msg.T("ui.block.photo") + "] " + blk.Photo.Caption + "\n\n")
		case blk.Awards != nil:
			b.WriteString("[" + msg.T("ui.block.awards") + "] " + blk.Awards.Summary() + "\n\n")
		default:
			b.WriteString(blk.Text + "\n\n")
		}
	}
	return b.String()
}

// Restore makes revision id the open report's content again (what the history's
// Restore button does), the revision read in the background.
func (m *MainWindow) Restore(id int64) {
	var rev *model.Revision
	m.load(func(ctx context.Context) (err error) {
		rev, err = m.svc.Revisions.FindRevisionByID(ctx, id)
		return err
	}, func() { m.restore(rev) })
}

// restore makes the revision's content the report's again, through an explicit save
// (which keeps the content being replaced as a revision), and reopens the report.
// The editor steps aside meanwhile; the library is written in the background.
func (m *MainWindow) restore(rev *model.Revision) {
	// A revision goes back only into its own report, the one open.
	if m.Editor == nil || m.Editor.Report().ID != rev.ReportID {
		return
	}
	id := rev.ReportID
	m.stepAside(msg.T("ui.history.restoring"), func() {
		go func() {
			err := m.restoreRevision(id, rev)
			fyne.Do(func() {
				if err != nil {
					showError(err, m.Window)
				}
				m.comeBack(id)
				m.Library.Refresh()
			})
		}()
	})
}

// restoreRevision writes the revision's content over report id, keeping what it
// replaces as a revision of its own first.
func (m *MainWindow) restoreRevision(id int64, rev *model.Revision) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	latest, err := m.svc.Reports.FindReportByID(ctx, id)
	if err != nil {
		return err
	}
	if err := m.svc.Reports.UpdateReport(ctx, latest, model.SaveExplicit); err != nil {
		return err
	}
	r := rev.Report.Clone()
	r.ID, r.UUID, r.Rev, r.BaseRev, r.LinkedUUID = latest.ID, latest.UUID, latest.Rev, latest.BaseRev, latest.LinkedUUID
	return m.svc.Reports.UpdateReport(ctx, r, model.SaveExplicit)
}
