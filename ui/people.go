package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
)

// peopleList edits a list of people (the chair, the guests): a name and an official
// title per row.
type peopleList struct {
	e      *Editor
	people *[]model.Person
	rows   *fyne.Container
	box    *fyne.Container
}

func newPeopleList(e *Editor, people *[]model.Person, addLabel string) *peopleList {
	l := &peopleList{e: e, people: people, rows: container.NewVBox()}
	add := widget.NewButtonWithIcon(addLabel, theme.ContentAddIcon(), func() {
		*l.people = append(*l.people, model.Person{})
		l.rebuild()
		e.changed()
	})
	l.rebuild()
	l.box = container.NewVBox(l.rows, container.NewHBox(add))
	return l
}

func (l *peopleList) rebuild() {
	l.rows.RemoveAll()
	for i := range *l.people {
		i := i
		p := &(*l.people)[i]
		name := l.e.entry(msg.T("ui.people.name"), false, func(s string) { p.Name = s })
		name.SetText(p.Name)
		title := l.e.entry(msg.T("ui.people.title"), false, func(s string) { p.Title = s })
		title.SetText(p.Title)
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			*l.people = append((*l.people)[:i], (*l.people)[i+1:]...)
			l.rebuild()
			l.e.changed()
		})
		l.rows.Add(container.NewBorder(nil, nil, nil, remove, container.NewGridWithColumns(2, name, title)))
	}
	l.rows.Refresh()
}
