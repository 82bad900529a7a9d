package ui

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
	"newsdesk/vntext"
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
		if e.win != nil && len(l.names) > 0 { // the cursor goes to the new name
			e.win.Canvas().Focus(l.names[len(l.names)-1])
		}
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
		suggestions := container.NewVBox()
		var title *textfield.Paragraph
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
		title = l.e.line(msg.T("ui.people.title"), p.Title, func(s string) { p.Title = s })
		remove := newClickButton("", theme.DeleteIcon(), func() {
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

// suggestion is one name offered under a field, a line of its own: a link cut
// to the width it gets, so that a long official title never widens the window.
func suggestion(text string, pick func()) *widget.Hyperlink {
	h := widget.NewHyperlink(text, nil)
	h.Truncation = fyne.TextTruncateEllipsis
	h.OnTapped = pick
	return h
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
				box.Add(suggestion(label, func() { pick(p) }))
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

// nameStarts returns where a name being written at the end of text may start:
// the start (a byte offset) of each of the last one to four words that is
// capitalised, longest run first; none when text ends in a space or its last word
// has fewer than two letters.
func nameStarts(text string) []int {
	var starts []int // byte offsets of the words
	inWord := false
	for i, r := range text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			starts = append(starts, i)
		}
		inWord = !space
	}
	if len(starts) == 0 || !inWord || utf8.RuneCountInString(text[starts[len(starts)-1]:]) < 2 {
		return nil
	}
	var out []int
	for k := min(4, len(starts)); k >= 1; k-- {
		at := starts[len(starts)-k]
		if first, _ := utf8.DecodeRuneInString(text[at:]); unicode.IsUpper(first) {
			out = append(out, at)
		}
	}
	return out
}

// nameAtEnd finds, at the end of a caption, a name being written: the longest run
// of its last words (see nameStarts) that begins the name of one of people,
// diacritics and case aside. It returns where the run starts and the people it
// matches; -1 when none.
func nameAtEnd(text string, people []model.Person) (int, []model.Person) {
	for _, at := range nameStarts(text) {
		q := strings.Join(strings.Fields(vntext.Fold(text[at:])), " ")
		var found []model.Person
		for _, p := range people {
			name := strings.Join(strings.Fields(vntext.Fold(p.Name)), " ")
			if strings.HasPrefix(name, q) && (name != q || p.Title != "") {
				found = append(found, p)
			}
		}
		if len(found) > 0 {
			return at, found
		}
	}
	return -1, nil
}

// suggestInCaption offers, under a caption, the people whose name its last words
// begin — the report's chair and guests first, then the directory — so that
// "Đồng chí Nguyễn Thị Th" becomes, with one click, the full name and title as
// the rest of the report spells them. apply gets the caption the suggestion was
// made for and the caption to set instead.
func (e *Editor) suggestInCaption(text string, box *fyne.Container, apply func(from, to string)) {
	if e.loading {
		return
	}
	if e.peopleTimer != nil {
		e.peopleTimer.Stop()
	}
	starts := nameStarts(text)
	if len(starts) == 0 {
		box.RemoveAll()
		return
	}
	local := append(append([]model.Person(nil), e.report.Event.Chair...), e.report.Event.Guests...)
	e.peopleTimer = time.AfterFunc(peopleDelay, func() {
		at, found := nameAtEnd(text, local)
		if e.svc.People != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			// Longest run of words first; the directory's answer counts only when a
			// name in it begins with those words.
			for _, start := range starts {
				more, err := e.svc.People.FindPeople(ctx, text[start:], 20)
				if err != nil || len(more) == 0 {
					continue
				}
				if a, f := nameAtEnd(text, append(append([]model.Person(nil), local...), more...)); a >= 0 && (at < 0 || a <= at) {
					at, found = a, f
					break
				}
			}
		}
		fyne.Do(func() {
			box.RemoveAll()
			seen := map[string]bool{}
			for _, p := range found {
				key := strings.Join(strings.Fields(p.Name), " ") + "\x00" + strings.Join(strings.Fields(p.Title), " ")
				if seen[key] || len(seen) == 4 {
					continue
				}
				seen[key] = true
				full := p.Name
				if p.Title != "" {
					full += ", " + p.Title
				}
				box.Add(suggestion(full, func() { apply(text, text[:at]+full) }))
			}
			box.Refresh()
		})
	})
}
