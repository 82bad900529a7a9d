package ui

import (
	"image/color"
	"path/filepath"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

// awardsView edits an award list: its form, awarding body, decision and date, and a
// table of recipients edited in place; the summary sentence follows the list.
type awardsView struct {
	e    *Editor
	key  string
	rows *fyne.Container
}

func (e *Editor) list(key string) *model.AwardList {
	if b := e.block(key); b != nil && b.Awards != nil {
		return b.Awards
	}
	return &model.AwardList{}
}

func (e *Editor) newAwardsView(v *blockView, b *model.Block) fyne.CanvasObject {
	key := b.Key
	a := &awardsView{e: e, key: key, rows: container.NewVBox()}
	v.awardRows = a.rows
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	form := e.entry(msg.T("ui.awards.form.hint"), func(s string) { e.list(key).Form = s; a.updateSummary(v) })
	form.SetText(b.Awards.Form)
	by := e.entry(msg.T("ui.awards.by.hint"), func(s string) { e.list(key).By = s })
	by.SetText(b.Awards.By)
	decision := e.entry(msg.T("ui.awards.decision.hint"), func(s string) { e.list(key).Decision = s })
	decision.SetText(b.Awards.Decision)
	date := e.entry(msg.T("ui.field.date.hint"), func(s string) {
		if d, err := model.ParseDate(s); err == nil {
			e.list(key).Date = d
		}
	})
	date.SetText(b.Awards.Date.Short())
	v.focus = form
	v.fields[model.FieldAwardForm], v.fields[model.FieldAwardBy], v.fields[model.FieldAwardDecision] = form, by, decision

	addCollective := widget.NewButtonWithIcon(msg.T("ui.awards.add.collective"), theme.ContentAddIcon(), func() {
		a.add(v, model.Recipient{Kind: model.Collective})
	})
	addIndividual := widget.NewButtonWithIcon(msg.T("ui.awards.add.individual"), theme.ContentAddIcon(), func() {
		a.add(v, model.Recipient{Kind: model.Individual})
	})
	importFile := widget.NewButtonWithIcon(msg.T("ui.awards.import"), theme.FolderOpenIcon(), func() { a.importFile(v) })
	sortNames := widget.NewButton(msg.T("ui.awards.sort"), func() { a.sortIndividuals(v) })
	a.rebuild(v)
	head := func(key string) *widget.Label {
		l := widget.NewLabelWithStyle(msg.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis // the columns, not the headings, set the width
		return l
	}
	gap := canvas.NewRectangle(color.Transparent) // as wide as a row's delete button
	gap.SetMinSize(widget.NewButtonWithIcon("", theme.DeleteIcon(), nil).MinSize())
	header := container.NewBorder(nil, nil, nil, gap,
		newColumns(awardColumns, atLeast(head("ui.awards.col.kind"), widget.NewSelect([]string{msg.T("ui.awards.individual")}, nil).MinSize().Width),
			head("ui.awards.col.name"), head("ui.awards.col.unit"), head("ui.awards.col.title"), head("ui.awards.col.form")))
	fields := widget.NewForm(
		widget.NewFormItem(msg.T("ui.awards.form"), form),
		widget.NewFormItem(msg.T("ui.awards.by"), by),
		widget.NewFormItem(msg.T("ui.awards.decision"), container.NewBorder(nil, nil, nil, atLeast(date, 130), decision)),
	)
	// Two buttons a line: the list fits the report column of a narrow window.
	return container.NewVBox(fields, v.summary, header, a.rows,
		container.NewGridWithColumns(2, addCollective, addIndividual, importFile, sortNames))
}

func (a *awardsView) updateSummary(v *blockView) {
	s := a.e.list(a.key).Summary()
	if s == "" {
		s = msg.T("ui.awards.empty")
	}
	v.summary.SetText(s)
}

// add appends a recipient row and puts the cursor in its name.
func (a *awardsView) add(v *blockView, r model.Recipient) {
	l := a.e.list(a.key)
	l.Recipients = append(l.Recipients, r)
	a.rebuild(v)
	a.e.changed()
	if names := v.rows[model.FieldRecipientName]; len(names) > 0 && a.e.win != nil {
		a.e.win.Canvas().Focus(names[len(names)-1])
	}
}

// awardColumns weighs the award table's columns: the kind, then name, unit and
// title, which hold the long texts, then the form of award.
var awardColumns = columns{0.5, 3, 2, 1.5, 1}

// rebuild lays out one row of fields per recipient.
func (a *awardsView) rebuild(v *blockView) {
	e := a.e
	a.rows.RemoveAll()
	v.rows = map[string][]fyne.Focusable{}
	kinds := []string{msg.T("ui.awards.collective"), msg.T("ui.awards.individual")}
	for i := range e.list(a.key).Recipients {
		i := i
		rec := func() *model.Recipient {
			l := e.list(a.key)
			if i < len(l.Recipients) {
				return &l.Recipients[i]
			}
			return &model.Recipient{}
		}
		r := rec()
		kind := widget.NewSelect(kinds, nil)
		if r.Kind == model.Collective {
			kind.SetSelectedIndex(0)
		} else {
			kind.SetSelectedIndex(1)
		}
		kind.OnChanged = func(s string) {
			if s == kinds[0] {
				rec().Kind = model.Collective
			} else {
				rec().Kind = model.Individual
			}
			a.updateSummary(v)
			e.changed()
		}
		// Names, units and titles wrap: a cell shows its whole text.
		name := e.line(msg.T("ui.awards.name.hint"), r.Name, func(s string) { rec().Name = s })
		unit := e.line(msg.T("ui.awards.unit.hint"), r.Unit, func(s string) { rec().Unit = s })
		title := e.line(msg.T("ui.awards.title.hint"), r.Title, func(s string) { rec().Title = s })
		form := e.entry(msg.T("ui.awards.col.form.hint"), func(s string) { rec().Form = s })
		form.SetText(r.Form)
		remove := newClickButton("", theme.DeleteIcon(), func() {
			l := e.list(a.key)
			if i < len(l.Recipients) {
				l.Recipients = append(l.Recipients[:i], l.Recipients[i+1:]...)
			}
			a.rebuild(v)
			e.changed()
		})
		a.rows.Add(container.NewBorder(nil, nil, nil, remove, newColumns(awardColumns, kind, name, unit, title, form)))
		v.rows[model.FieldRecipientName] = append(v.rows[model.FieldRecipientName], name)
		v.rows[model.FieldRecipientUnit] = append(v.rows[model.FieldRecipientUnit], unit)
		v.rows[model.FieldRecipientTitle] = append(v.rows[model.FieldRecipientTitle], title)
	}
	a.rows.Refresh()
	a.updateSummary(v)
}

// importFile fills the list from a CSV or XLSX file; a file with any bad row adds
// nothing and its problems are shown with their row numbers.
func (a *awardsView) importFile(v *blockView) {
	e := a.e
	if e.win == nil || e.svc.ReadAwardFile == nil {
		return
	}
	ask := askFor("ui.files.open.awards", "ui.files.awards", ".csv", ".txt", ".xlsx", ".xls", ".docx")
	chooseFile(e.win, e.svc.FileDialogs, ask, func(path string) {
		// desk.ReadInputFile says what is wrong with the file (missing, a folder,
		// too large); the award file's reader, what is wrong inside it.
		data, err := desk.ReadInputFile(path)
		var recipients []model.Recipient
		if err == nil {
			recipients, err = e.svc.ReadAwardFile(filepath.Base(path), data)
		}
		if err != nil {
			showError(err, e.win)
			return
		}
		l := e.list(a.key)
		l.Recipients = append(l.Recipients, recipients...)
		a.rebuild(v)
		e.changed()
	})
}

// SortAwardList sorts the award list in block key (the button "Sort individuals").
func (e *Editor) SortAwardList(key string) {
	i := e.indexOf(key)
	if i < 0 || e.report.Body[i].Awards == nil {
		return
	}
	(&awardsView{e: e, key: key, rows: e.views[i].awardRows}).sortIndividuals(e.views[i])
}

// sortIndividuals puts the collectives first, in the order given, then the
// individuals in Vietnamese name order: by given name, then family name, then middle names (vntext.NameKey).
func (a *awardsView) sortIndividuals(v *blockView) {
	l := a.e.list(a.key)
	sortRecipients(l.Recipients)
	a.rebuild(v)
	a.e.changed()
}

// sortRecipients orders an award list as lists are printed: collectives first, in
// the order given, then individuals by name the Vietnamese way.
func sortRecipients(rs []model.Recipient) {
	sort.SliceStable(rs, func(i, j int) bool {
		ci, cj := rs[i].Kind == model.Collective, rs[j].Kind == model.Collective
		if ci || cj {
			return ci && !cj
		}
		return vntext.CompareNames(rs[i].Name, rs[j].Name) < 0
	})
}

// atLeast gives obj a minimum width, e.g. a date field beside a long one.
func atLeast(obj fyne.CanvasObject, width float32) fyne.CanvasObject {
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(width, 0))
	return container.NewStack(spacer, obj)
}
