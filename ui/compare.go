package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/compare"
	"newsdesk/model"
	"newsdesk/msg"
)

// CompareView is the window that puts two versions of a report side by side, word
// by word: deletions in the older version's column, insertions in the newer's.
type CompareView struct {
	Window fyne.Window
	// Old and New pick the versions: a revision, or the report as it is now.
	Old, New *widget.Select
	// Summary says in one line how much changed.
	Summary *widget.Label
	// Changes holds one row per changed part, in the report's order.
	Changes *fyne.Container
	// ShowSame also lists the parts that did not change.
	ShowSame *widget.Check

	m        *MainWindow
	reportID int64
	revs     []model.Revision // newest first
	now      *model.Report
	diff     *compare.Diff
	seq      int // the newest comparison asked for; older answers are dropped
}

// ShowCompare compares two revisions of the open report side by side, word by word;
// it opens on "what changed since it was submitted" when there is such a revision.
func (m *MainWindow) ShowCompare() {
	m.ShowCompareRevisions(-1, 0, nil)
}

// ShowCompareRevisions compares the revisions oldID and newID (0: the report as it
// is now; an oldID of -1: the last submission for review, else the oldest revision)
// of the open report. The report is saved first and the history read off the UI
// thread; shown, when set, gets the view once it is up (it is not called when
// there is nothing to compare).
func (m *MainWindow) ShowCompareRevisions(oldID, newID int64, shown func(*CompareView)) {
	if m.Editor == nil || m.svc.Revisions == nil {
		return
	}
	saved := m.Editor.Saved()
	now := m.Editor.Report()
	var revs []model.Revision
	m.load(func(ctx context.Context) (err error) {
		waitSaved(saved)
		revs, err = m.svc.Revisions.FindRevisions(ctx, now.ID)
		return err
	}, func() {
		if len(revs) == 0 {
			showInformation(msg.T("ui.compare.title"), msg.T("ui.compare.none"), m.Window)
			return
		}
		if oldID == -1 {
			oldID = revs[len(revs)-1].ID
			for _, r := range revs {
				if r.Reason == model.ReasonSubmitted {
					oldID = r.ID
					break
				}
			}
		}
		v := &CompareView{m: m, reportID: now.ID, revs: revs, now: now}
		v.build(oldID, newID)
		v.Window.Show()
		if shown != nil {
			shown(v)
		}
	})
}

func (v *CompareView) build(oldID, newID int64) {
	v.Window = fyne.CurrentApp().NewWindow(msg.T("ui.compare.title") + " — " + v.now.Headline)
	options := []string{msg.T("ui.compare.now")}
	for _, r := range v.revs {
		options = append(options, revisionLine(r))
	}
	v.Old = widget.NewSelect(options, nil)
	v.New = widget.NewSelect(options, nil)
	v.Old.SetSelectedIndex(v.index(oldID))
	v.New.SetSelectedIndex(v.index(newID))
	v.Old.OnChanged = func(string) { v.refresh() }
	v.New.OnChanged = func(string) { v.refresh() }
	v.Summary = widget.NewLabel("")
	v.Summary.Wrapping = fyne.TextWrapWord
	v.ShowSame = widget.NewCheck(msg.T("ui.compare.same"), func(bool) { v.render() })
	v.Changes = container.NewVBox()
	pickers := container.NewGridWithColumns(2,
		widget.NewForm(widget.NewFormItem(msg.T("ui.compare.old"), v.Old)),
		widget.NewForm(widget.NewFormItem(msg.T("ui.compare.new"), v.New)))
	top := container.NewVBox(pickers, container.NewBorder(nil, nil, nil, v.ShowSame, v.Summary), widget.NewSeparator())
	closeBtn := widget.NewButton(msg.T("ui.close"), func() { v.Window.Close() })
	v.Window.SetContent(container.NewBorder(top, container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil,
		container.NewVScroll(v.Changes)))
	v.Window.Resize(fyne.NewSize(1200, 760))
	dialogKeys(v.Window, func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			v.Window.Close()
		}
	})
	v.refresh()
}

// index is the option of revision id (0: now).
func (v *CompareView) index(id int64) int {
	for i, r := range v.revs {
		if r.ID == id {
			return i + 1
		}
	}
	return 0
}

// version returns the report at option i: 0 is now, then the revisions.
func (v *CompareView) version(ctx context.Context, i int) (*model.Report, error) {
	if i <= 0 {
		return v.now, nil
	}
	rev, err := v.m.svc.Revisions.FindRevisionByID(ctx, v.revs[i-1].ID)
	if err != nil {
		return nil, err
	}
	return rev.Report, nil
}

// refresh compares the two versions chosen: they are read and compared off the
// UI thread, and only the newest choice's result is shown.
func (v *CompareView) refresh() {
	v.seq++
	seq, oldI, newI := v.seq, v.Old.SelectedIndex(), v.New.SelectedIndex()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		var diff *compare.Diff
		oldR, err := v.version(ctx, oldI)
		if err == nil {
			var newR *model.Report
			if newR, err = v.version(ctx, newI); err == nil {
				diff = compare.Reports(oldR, newR)
			}
		}
		fyne.Do(func() {
			if seq != v.seq {
				return
			}
			if err != nil {
				v.diff = nil
				v.Summary.SetText(model.ErrorMessage(err))
				v.Changes.RemoveAll()
				return
			}
			v.diff = diff
			v.render()
		})
	}()
}

// render lays out the diff: a summary line, then a row per part.
func (v *CompareView) render() {
	d := v.diff
	v.Changes.RemoveAll()
	if d == nil {
		return
	}
	if d.Empty() {
		v.Summary.SetText(msg.T("ui.compare.nochange"))
	} else {
		v.Summary.SetText(summaryLine(d))
	}
	for _, f := range d.Fields {
		v.Changes.Add(diffRow(fieldTitle(f), "", f.Ops))
	}
	numbers := blockNumbers(d.Blocks)
	for i, b := range d.Blocks {
		if b.Change == compare.Unchanged && !v.ShowSame.Checked {
			continue
		}
		v.Changes.Add(blockRow(b, numbers[i]))
	}
	v.Changes.Refresh()
}

// summaryLine is how much changed: words added and taken away, and per kind of
// block what happened.
func summaryLine(d *compare.Diff) string {
	parts := []string{msg.T("ui.compare.words", d.Inserted, d.Deleted)}
	count := map[string]int{}
	var order []string
	for _, b := range d.Blocks {
		if b.Change == compare.Unchanged {
			continue
		}
		key := string(b.Kind) + "." + string(b.Change)
		if count[key] == 0 {
			order = append(order, key)
		}
		count[key]++
	}
	for _, k := range order {
		parts = append(parts, msg.T("ui.compare.count."+k, count[k]))
	}
	if n := len(d.Fields); n > 0 {
		parts = append(parts, msg.T("ui.compare.count.fields", n))
	}
	return strings.Join(parts, "; ") + "."
}

// blockNumbers numbers blocks as the editor shows them: paragraphs, photos and
// award lists each counted on their own.
func blockNumbers(blocks []compare.BlockChange) []int {
	out := make([]int, len(blocks))
	seen := map[model.BlockKind]int{}
	for i, b := range blocks {
		seen[b.Kind]++
		out[i] = seen[b.Kind]
	}
	return out
}

func fieldTitle(f compare.FieldChange) string {
	if f.Field == model.FieldEvent {
		return msg.T("ui.compare.field.event") + ": " + msg.T("ui.compare.field."+f.Part)
	}
	return msg.T("ui.compare.field." + f.Field)
}

// blockRow is one block's change: its title and what changed, side by side.
func blockRow(b compare.BlockChange, n int) fyne.CanvasObject {
	title := msg.T("ui.compare.block."+string(b.Kind), n) + " — " + msg.T("ui.compare.change."+string(b.Change))
	if b.Change == compare.Moved && b.Edited {
		title += ", " + msg.T("ui.compare.change.modified")
	}
	switch b.Kind {
	case model.BlockParagraph:
		return diffRow(title, "", b.Ops)
	case model.BlockPhoto, model.BlockAwards:
		box := container.NewVBox(rowTitle(title))
		if b.Change == compare.Added || b.Change == compare.Removed {
			blk := b.New
			if blk == nil {
				blk = b.Old
			}
			ops := []compare.Op{{Kind: compare.Insert, Text: blockText(blk)}}
			if b.Change == compare.Removed {
				ops[0].Kind = compare.Delete
			}
			box.Add(sideBySide(ops))
			return box
		}
		for _, f := range b.Fields {
			box.Add(diffRow("", msg.T("ui.compare.field."+f.Field), f.Ops))
		}
		for _, r := range b.Rows {
			if r.Change == compare.Unchanged {
				continue
			}
			box.Add(rowChange(r))
		}
		if len(b.Fields) == 0 && len(b.Rows) == 0 {
			box.Add(widget.NewLabel(msg.T("ui.compare.moved.only")))
		}
		return box
	}
	return rowTitle(title)
}

// rowChange is one award row's change.
func rowChange(r compare.RowChange) fyne.CanvasObject {
	rec, index := r.New, r.NewIndex
	if rec == nil {
		rec, index = r.Old, r.OldIndex
	}
	label := msg.T("ui.compare.row", index+1, rec.Name) + " — " + msg.T("ui.compare.change."+string(r.Change))
	if r.Change == compare.Added || r.Change == compare.Removed {
		kind := compare.Insert
		if r.Change == compare.Removed {
			kind = compare.Delete
		}
		return container.NewVBox(rowTitle(label), sideBySide([]compare.Op{{Kind: kind, Text: recipientText(rec)}}))
	}
	box := container.NewVBox(rowTitle(label))
	for _, c := range r.Columns {
		box.Add(diffRow("", msg.T("ui.compare.field."+c.Field), c.Ops))
	}
	return box
}

func rowTitle(text string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// diffRow is a titled side-by-side row; sub labels a part of a block (a caption,
// a column).
func diffRow(title, sub string, ops []compare.Op) fyne.CanvasObject {
	box := container.NewVBox()
	if title != "" {
		box.Add(rowTitle(title))
	}
	if sub != "" {
		box.Add(widget.NewLabelWithStyle(sub, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	box.Add(sideBySide(ops))
	return box
}

// sideBySide shows the ops as two columns: the old text with what was taken away
// marked, the new text with what was added marked.
func sideBySide(ops []compare.Op) fyne.CanvasObject {
	return container.NewGridWithColumns(2, diffText(ops, compare.Delete), diffText(ops, compare.Insert))
}

// diffText is one side of a word diff: the equal text plain, the side's own
// changes (deletions on the old side, insertions on the new) in bold colour and
// marked [−…] or [+…], for readers who do not tell the colours apart and on paper.
func diffText(ops []compare.Op, side compare.OpKind) *DiffText {
	return diffRuns(ops, func(k compare.OpKind) bool { return k == side })
}

// changesText shows one side's changes from a common version: what it added in
// green [+…], what it took out in red [−…].
func changesText(ops []compare.Op) *DiffText {
	return diffRuns(ops, func(k compare.OpKind) bool { return k != compare.Equal })
}

// diffRuns lays out the equal words and the changes shown marks.
func diffRuns(ops []compare.Op, shown func(compare.OpKind) bool) *DiffText {
	var runs []DiffWord
	for _, op := range ops {
		switch {
		case op.Kind == compare.Equal:
			runs = append(runs, DiffWord{Text: op.Text})
		case shown(op.Kind):
			// The spaces around a change stay outside its brackets.
			text := strings.TrimSpace(op.Text)
			lead, trail := op.Text[:strings.Index(op.Text, text)], op.Text[strings.Index(op.Text, text)+len(text):]
			if text == "" {
				runs = append(runs, DiffWord{Text: op.Text})
				continue
			}
			mark, color := "[+", theme.ColorNameSuccess
			if op.Kind == compare.Delete {
				mark, color = "[−", theme.ColorNameError
			}
			runs = append(runs, DiffWord{Text: lead}, DiffWord{Text: mark + text + "]", Color: color}, DiffWord{Text: trail})
		}
	}
	if len(runs) == 0 {
		runs = append(runs, DiffWord{Text: "—", Color: theme.ColorNamePlaceHolder})
	}
	return newDiffText(runs)
}

// blockText is a block as plain text, for a block added or removed whole and for
// comparing blocks in a merge.
func blockText(b *model.Block) string {
	if b == nil {
		return ""
	}
	switch b.Kind {
	case model.BlockPhoto:
		if b.Photo == nil {
			return ""
		}
		parts := []string{msg.T("ui.compare.photo.caption", b.Photo.Caption)}
		if b.Photo.Credit != "" {
			parts = append(parts, b.Photo.Credit)
		}
		if b.Photo.Rotation != 0 {
			parts = append(parts, msg.T("ui.compare.photo.rotation", b.Photo.Rotation))
		}
		return strings.Join(parts, " — ")
	case model.BlockAwards:
		if b.Awards == nil {
			return ""
		}
		lines := []string{b.Awards.Sentence()}
		for i, r := range b.Awards.Recipients {
			lines = append(lines, fmt.Sprintf("%d. %s", i+1, recipientText(&r)))
		}
		return strings.Join(lines, "\n")
	}
	return b.Text
}

func recipientText(r *model.Recipient) string {
	parts := []string{r.Name}
	for _, s := range []string{r.Title, r.Unit, r.Form} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}
