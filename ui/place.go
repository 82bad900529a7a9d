package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"newsdesk/model"
	"newsdesk/ui/textfield"
)

// Where the reporter was typing is kept in the library (model.SettingEditorPlace)
// with each save, so that the report opens there again — after a crash too —
// rather than at the top with no cursor. A place names the report, the field as
// the checks panel names fields (a block by its key, which every version keeps),
// and the cursor's offset, held inside the field's text when it is shorter now.

// placeOf says where the cursor is in the report, as a setting's value; "" when
// it is in none of the report's fields.
func (e *Editor) placeOf() string {
	if e.win == nil {
		return ""
	}
	focused := e.win.Canvas().Focused()
	if focused == nil {
		return ""
	}
	at := 0
	if p, ok := focused.(*textfield.Paragraph); ok {
		at = p.CursorOffset()
	}
	if p, ok := e.locate(focused); ok {
		return fmt.Sprintf("%d|%s|%s|%d|%d", e.report.ID, p.BlockKey, p.Field, p.Index, at)
	}
	return ""
}

// locate names field f as the checks panel names fields: fieldFor turned round.
// The blocks are looked through once, not a block looked up per field.
func (e *Editor) locate(f fyne.Focusable) (model.Problem, bool) {
	for _, name := range []string{model.FieldSection, model.FieldHeadline, model.FieldSourceTag, model.FieldLead,
		model.FieldPlace, model.FieldOrganiser, model.FieldByline, model.FieldTags} {
		if e.fieldFor(model.Problem{Field: name}) == f {
			return model.Problem{Field: name}, true
		}
	}
	people := []struct {
		field string
		list  []fyne.Focusable
	}{
		{model.FieldChairName, e.Chair.names}, {model.FieldChairTitle, e.Chair.titles},
		{model.FieldGuestName, e.Guests.names}, {model.FieldGuestTitle, e.Guests.titles},
	}
	for _, p := range people {
		for i, x := range p.list {
			if x == f {
				return model.Problem{Field: p.field, Index: i}, true
			}
		}
	}
	for _, v := range e.views {
		for name, x := range v.fields {
			if x == f {
				return model.Problem{BlockKey: v.key, Field: name}, true
			}
		}
		for name, rows := range v.rows {
			for i, x := range rows {
				if x == f {
					return model.Problem{BlockKey: v.key, Field: name, Index: i}, true
				}
			}
		}
	}
	return model.Problem{}, false
}

// keepPlace writes where the cursor is, in the background: called after each
// save. While the reporter types on in one field it writes at most every
// placeEvery (a save a second would otherwise bring a second write with it);
// a move to another field is written at once.
func (e *Editor) keepPlace() {
	place := e.placeOf()
	if place == "" || place == e.keptPlace || e.svc.Settings == nil {
		return
	}
	if sameField(place, e.keptPlace) && time.Since(e.keptAt) < placeEvery {
		return
	}
	e.keptPlace, e.keptAt = place, time.Now()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		e.svc.Settings.SetSetting(ctx, model.SettingEditorPlace, place)
	}()
}

// goToPlace puts the cursor back where it was kept, if that was in this report;
// read in the background, the cursor set on the UI thread.
func (e *Editor) goToPlace() {
	if e.svc.Settings == nil {
		return
	}
	id := e.report.ID
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		v, err := e.svc.Settings.Setting(ctx, model.SettingEditorPlace)
		if err != nil {
			return
		}
		parts := strings.Split(v, "|")
		if len(parts) != 5 || parts[0] != strconv.FormatInt(id, 10) {
			return
		}
		index, _ := strconv.Atoi(parts[3])
		at, _ := strconv.Atoi(parts[4])
		p := model.Problem{BlockKey: parts[1], Field: parts[2], Index: index, Start: at, End: at}
		fyne.Do(func() {
			if e.closed || e.win == nil {
				return
			}
			e.keptPlace = v
			e.scroll.Refresh() // laid out, so that the field's place is known
			e.JumpTo(p)
			if para, ok := e.fieldFor(p).(*textfield.Paragraph); ok {
				para.SetCursorOffset(at)
			}
		})
	}()
}

// placeEvery is how often, at most, keepPlace writes while the cursor stays in
// one field.
const placeEvery = 10 * time.Second

// sameField reports whether two places are in the same field of the same report
// (they differ at most in the cursor's offset).
func sameField(a, b string) bool {
	i, j := strings.LastIndexByte(a, '|'), strings.LastIndexByte(b, '|')
	return i >= 0 && j >= 0 && a[:i] == b[:j]
}
