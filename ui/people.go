package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// peopleList edits a list of people (the chair, the guests): a name and an official
// title per row.
type peopleList struct {
	e      *Editor
	people *[]model.Person
	rows   *fyne.Container
	box    *fyne.Container
	// names and titles are the rows' fields, for the checks panel to jump to.
	names, titles []fyne.Focusable
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
	l.names, l.titles = nil, nil
	for i := range *l.people {
		i := i
		p := &(*l.people)[i]
		suggestions := container.NewHBox()
		var title *textfield.Entry
		name := l.e.entry(msg.T("ui.people.name"), func(s string) {
			p.Name = s
			l.e.suggestPeople(s, suggestions, func(found model.Person) {
				l.e.loading = true
				(*l.people)[i] = found
				l.e.loading = false
				l.rebuild()
				l.e.changed()
			})
		})
		name.SetText(p.Name)
		title = l.e.entry(msg.T("ui.people.title"), func(s string) { p.Title = s })
		title.SetText(p.Title)
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			*l.people = append((*l.people)[:i], (*l.people)[i+1:]...)
			l.rebuild()
			l.e.changed()
		})
		l.rows.Add(container.NewBorder(nil, nil, nil, remove, container.NewGridWithColumns(2, name, title)))
		l.names, l.titles = append(l.names, name), append(l.titles, title)
		l.rows.Add(suggestions)
	}
	l.rows.Refresh()
}

// peopleDelay is how long a name field waits after the last key before looking the
// name up in the people directory.
const peopleDelay = 250 * time.Millisecond

// suggestPeople offers, below a name field, the people of the directory whose name
// matches what was typed, with their titles, so a long official title is typed once
// and spelled the same ever after. Picking one calls pick on the UI thread.
func (e *Editor) suggestPeople(typed string, box *fyne.Container, pick func(model.Person)) {
	if e.svc.People == nil {
		return
	}
	if e.peopleTimer != nil {
		e.peopleTimer.Stop()
	}
	typed = strings.TrimSpace(typed)
	if len([]rune(typed)) < 2 {
		box.RemoveAll()
		return
	}
	e.peopleTimer = time.AfterFunc(peopleDelay, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		people, err := e.svc.People.FindPeople(ctx, typed, 4)
		if err != nil {
			return
		}
		fyne.Do(func() {
			box.RemoveAll()
			for _, p := range people {
				if p.Name == typed && p.Title == "" {
					continue
				}
				p := p
				label := p.Name
				if p.Title != "" {
					label += " — " + p.Title
				}
				b := widget.NewButton(label, func() { pick(p) })
				b.Importance = widget.LowImportance
				box.Add(b)
			}
			box.Refresh()
		})
	})
}

// rememberPeople records the report's people in the directory, in the background.
func (e *Editor) rememberPeople(r *model.Report) {
	if e.svc.People == nil {
		return
	}
	var people []model.Person
	people = append(people, r.Event.Chair...)
	people = append(people, r.Event.Guests...)
	for _, a := range r.AwardLists() {
		for _, rec := range a.Recipients {
			if rec.Kind == model.Individual && rec.Title != "" {
				people = append(people, model.Person{Name: rec.Name, Title: rec.Title})
			}
		}
	}
	var named []model.Person
	for _, p := range people {
		if strings.TrimSpace(p.Name) != "" {
			named = append(named, p)
		}
	}
	if len(named) == 0 {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		e.svc.People.RememberPeople(ctx, named)
	}()
}
