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
// rather than at the top with no cursor. A place names the report and its Rev
// (a place in another version of the report would point anywhere), the field as
// the checks panel names fields, and the cursor's offset.

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
	for _, p := range e.candidates() {
		if e.fieldFor(p) == focused {
			return fmt.Sprintf("%d|%s|%s|%s|%d|%d", e.report.ID, e.report.Rev, p.BlockKey, p.Field, p.Index, at)
		}
	}
	return ""
}

// candidates lists every field of the report as the checks panel names them.
func (e *Editor) candidates() []model.Problem {
	var out []model.Problem
	for _, f := range []string{model.FieldSection, model.FieldHeadline, model.FieldSourceTag, model.FieldLead,
		model.FieldPlace, model.FieldOrganiser, model.FieldByline, model.FieldTags} {
		out = append(out, model.Problem{Field: f})
	}
	for i := range e.Chair.names {
		out = append(out, model.Problem{Field: model.FieldChairName, Index: i}, model.Problem{Field: model.FieldChairTitle, Index: i})
	}
	for i := range e.Guests.names {
		out = append(out, model.Problem{Field: model.FieldGuestName, Index: i}, model.Problem{Field: model.FieldGuestTitle, Index: i})
	}
	for _, v := range e.views {
		for f := range v.fields {
			out = append(out, model.Problem{BlockKey: v.key, Field: f})
		}
		for f, rows := range v.rows {
			for i := range rows {
				out = append(out, model.Problem{BlockKey: v.key, Field: f, Index: i})
			}
		}
	}
	return out
}

// keepPlace writes where the cursor is, when it moved since the last time, in
// the background: called after each save.
func (e *Editor) keepPlace() {
	place := e.placeOf()
	if place == "" || place == e.keptPlace || e.svc.Settings == nil {
		return
	}
	e.keptPlace = place
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		e.svc.Settings.SetSetting(ctx, model.SettingEditorPlace, place)
	}()
}

// goToPlace puts the cursor back where it was kept, if that was in this report
// as it is now; read in the background, the cursor set on the UI thread.
func (e *Editor) goToPlace() {
	if e.svc.Settings == nil {
		return
	}
	id, rev := e.report.ID, e.report.Rev
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		v, err := e.svc.Settings.Setting(ctx, model.SettingEditorPlace)
		if err != nil {
			return
		}
		parts := strings.Split(v, "|")
		if len(parts) != 6 || parts[0] != strconv.FormatInt(id, 10) || parts[1] != rev {
			return
		}
		index, _ := strconv.Atoi(parts[4])
		at, _ := strconv.Atoi(parts[5])
		p := model.Problem{BlockKey: parts[2], Field: parts[3], Index: index, Start: at, End: at}
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
