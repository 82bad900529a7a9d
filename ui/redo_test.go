package ui_test

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// TestUndoRedoInOrder: Ctrl+Z takes back every edit of the report newest first —
// words typed in any field, a split, a join, a paste of paragraphs, a deleted
// block — and Ctrl+Y or Ctrl+Shift+Z brings them back in the order they were
// made. Before, redo brought back no split, join, paste or deletion, and a word
// typed before a split could not be undone once the split was.
func TestUndoRedoInOrder(t *testing.T) {
	a := newApp(t)
	cb := a.Clipboard()
	const text = "Các đơn vị làm theo kế hoạch."
	r := model.NewReport("Hội nghị")
	r.Lead = "Sáng nay"
	r.Body = []model.Block{model.Paragraph("Đoạn đầu."), model.Paragraph(text)}
	lib := newLibrary()
	lib.CreateReport(context.Background(), r)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	e := m.Editor
	c := m.Window.Canvas()
	press := func(sc fyne.Shortcut) {
		if f, ok := c.Focused().(fyne.Shortcutable); ok {
			f.TypedShortcut(sc)
		} else {
			c.(fyne.Shortcutable).TypedShortcut(sc)
		}
	}
	state := func() string {
		return e.Report().Lead + " // " + strings.Join(bodyTexts(e), "|")
	}
	focusAt := func(p *textfield.Paragraph, at int) {
		c.Focus(p)
		p.SetCursorOffset(at)
	}
	states := []string{state()}
	step := func(what string, do func()) {
		t.Helper()
		do()
		states = append(states, state())
		if states[len(states)-1] == states[len(states)-2] {
			t.Fatalf("%s changed nothing: %s", what, state())
		}
	}

	step("typing at the end of the second paragraph", func() {
		p := bodyParagraph(t, e, text)
		focusAt(p, p.Len())
		test.Type(p, "Them")
	})
	step("a split", func() {
		p := bodyParagraph(t, e, text+"Them")
		p.SetCursorOffset(11)
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	step("typing in the new paragraph", func() {
		test.Type(c.Focused(), "Mot")
	})
	step("a join", func() {
		p := bodyParagraph(t, e, "Motlàm theo kế hoạch.Them")
		focusAt(p, 0)
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	})
	step("a paste of two paragraphs", func() {
		p := bodyParagraph(t, e, "Đoạn đầu.")
		focusAt(p, p.Len())
		cb.SetContent("Một.\nHai.\n")
		p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	})
	step("a block deleted", func() {
		e.DeleteBlock(e.Report().Body[0].Key)
	})
	step("typing in the lead", func() {
		focusAt(e.Lead, e.Lead.Len())
		test.Type(e.Lead, "Nam")
	})
	want := []string{
		"Sáng nay // Đoạn đầu.|" + text,
		"Sáng nay // Đoạn đầu.|" + text + "Them",
		"Sáng nay // Đoạn đầu.|Các đơn vị|làm theo kế hoạch.Them",
		"Sáng nay // Đoạn đầu.|Các đơn vị|Motlàm theo kế hoạch.Them",
		"Sáng nay // Đoạn đầu.|Các đơn vị Motlàm theo kế hoạch.Them",
		"Sáng nay // Đoạn đầu.Một.|Hai.|Các đơn vị Motlàm theo kế hoạch.Them",
		"Sáng nay // Hai.|Các đơn vị Motlàm theo kế hoạch.Them",
		"Sáng nayNam // Hai.|Các đơn vị Motlàm theo kế hoạch.Them",
	}
	if strings.Join(states, "\n") != strings.Join(want, "\n") {
		t.Fatalf("the edits gave\n%s\nwant\n%s", strings.Join(states, "\n"), strings.Join(want, "\n"))
	}

	for i := len(want) - 2; i >= 0; i-- {
		press(&fyne.ShortcutUndo{})
		if got := state(); got != want[i] {
			t.Fatalf("Ctrl+Z number %d: got %q, want %q", len(want)-1-i, got, want[i])
		}
	}
	press(&fyne.ShortcutUndo{})
	if got := state(); got != want[0] {
		t.Fatalf("Ctrl+Z with nothing left to undo changed the report: %q", got)
	}
	redos := []fyne.Shortcut{&fyne.ShortcutRedo{}, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}}
	for i := 1; i < len(want); i++ {
		press(redos[i%2])
		if got := state(); got != want[i] {
			t.Fatalf("redo number %d (%s): got %q, want %q", i, redos[i%2].ShortcutName(), got, want[i])
		}
	}
	press(&fyne.ShortcutRedo{})
	if got := state(); got != want[len(want)-1] {
		t.Fatalf("redo with nothing left to redo changed the report: %q", got)
	}

	// Undone edits and a new one: the new one is undone first, and what was
	// undone before it cannot come back over it.
	press(&fyne.ShortcutUndo{}) // the lead's word
	press(&fyne.ShortcutUndo{}) // the deletion
	if got := state(); got != want[5] {
		t.Fatalf("two Ctrl+Z: got %q, want %q", got, want[5])
	}
	p := bodyParagraph(t, e, "Hai.")
	focusAt(p, p.Len())
	test.Type(p, "Ba")
	press(&fyne.ShortcutRedo{})
	after := "Sáng nay // Đoạn đầu.Một.|Hai.Ba|Các đơn vị Motlàm theo kế hoạch.Them"
	if got := state(); got != after {
		t.Errorf("redo after a new edit: got %q, want %q", got, after)
	}
	press(&fyne.ShortcutUndo{})
	if got := state(); got != want[5] {
		t.Errorf("undoing the new word: got %q, want %q", got, want[5])
	}
	closeEditor(t, m)
}

// TestUndoMoveAndAdd: moving a block and adding one are edits of the report too,
// undone and redone in turn with the text typed around them.
func TestUndoMoveAndAdd(t *testing.T) {
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{model.Paragraph("Một"), model.Paragraph("Hai")}
	e := openEditor(t, newLibrary(), r)
	texts := func() string { return strings.Join(bodyTexts(e), ",") }
	e.MoveBlock(e.Report().Body[1].Key, -1)
	e.InsertBlock(2, model.Paragraph(""))
	test.Type(bodyParagraph(t, e, ""), "Ba")
	if got := texts(); got != "Hai,Một,Ba" {
		t.Fatalf("after the edits: %s", got)
	}
	for _, want := range []string{"Hai,Một,", "Hai,Một", "Một,Hai"} {
		e.Undo()
		if got := texts(); got != want {
			t.Fatalf("undo: got %s, want %s", got, want)
		}
	}
	for _, want := range []string{"Hai,Một", "Hai,Một,", "Hai,Một,Ba"} {
		e.Redo()
		if got := texts(); got != want {
			t.Fatalf("redo: got %s, want %s", got, want)
		}
	}
}
