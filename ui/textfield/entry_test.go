package textfield_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"golang.org/x/text/unicode/norm"

	"newsdesk/ui/textfield"
)

func TestEntryTypes(t *testing.T) {
	test.NewTempApp(t)
	e := textfield.NewEntry(nil)
	var last string
	e.OnChanged = func(s string) { last = s }
	show(t, 400, e)
	test.Type(e, "Hội nghị tổng kết")
	if got, want := e.Text, "Hội nghị tổng kết"; got != want || last != want {
		t.Errorf("text %q (OnChanged %q), want %q", got, last, want)
	}
}

func TestEntryEditsInsideWord(t *testing.T) {
	test.NewTempApp(t)
	e := textfield.NewEntry(telex())
	show(t, 400, e)
	e.SetText("Viet Nam")
	e.CursorColumn = 3 // Vie|t
	e.TypedRune('e')
	e.TypedRune('j')
	if got, want := e.Text, "Việt Nam"; got != want {
		t.Fatalf("%q, want %q", got, want)
	}
	if got := e.CursorColumn; got != 3 {
		t.Errorf("cursor at %d, want 3", got)
	}
	e.TypedRune('n')
	if got, want := e.Text, "Việnt Nam"; got != want {
		t.Errorf("a plain letter inside the word: %q, want %q", got, want)
	}
}

func TestEntryUndoRedo(t *testing.T) {
	test.NewTempApp(t)
	e := textfield.NewEntry(telex())
	w := show(t, 400, e)
	w.Canvas().Focus(e)

	test.Type(e, "Vieejt ")
	test.Type(e, "Nam")
	if got, want := e.Text, "Việt Nam"; got != want {
		t.Fatalf("typed %q, want %q", got, want)
	}
	typeKeys(e, fyne.KeyBackspace, fyne.KeyBackspace)

	for _, want := range []string{"Việt Nam", "Việt ", ""} {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		if got := e.Text; got != want {
			t.Fatalf("undo: %q, want %q", got, want)
		}
	}
	for _, want := range []string{"Việt ", "Việt Nam", "Việt N"} {
		e.TypedShortcut(&fyne.ShortcutRedo{})
		if got := e.Text; got != want {
			t.Fatalf("redo: %q, want %q", got, want)
		}
	}
	if got := e.CursorColumn; got != 6 {
		t.Errorf("cursor after redo at %d, want 6", got)
	}

	// A change behind the history's back (the embedded SetText) clears it.
	e.Entry.SetText("khác")
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if got := e.Text; got != "khác" {
		t.Errorf("undo after an outside change gave %q", got)
	}
}

func TestEntryPasteNFC(t *testing.T) {
	a := test.NewTempApp(t)
	e := textfield.NewEntry(telex())
	show(t, 400, e)
	cb := a.Clipboard()
	cb.SetContent(norm.NFD.String("Ủy ban\nnhân dân"))
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := e.Text, "Ủy ban nhân dân"; got != want || !norm.NFC.IsNormalString(got) {
		t.Errorf("pasted %q, want %q in NFC on one line", got, want)
	}
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "" {
		t.Errorf("undo of a paste left %q", e.Text)
	}

	e.SetText("Vie")
	e.CursorColumn = 3
	cb.SetContent("\u0302t")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := e.Text, "Viêt"; got != want {
		t.Errorf("mark pasted after its letter: %q, want %q", got, want)
	}
}

func TestEntryDeletesWholeClusters(t *testing.T) {
	test.NewTempApp(t)
	e := textfield.NewEntry(nil)
	show(t, 400, e)
	e.SetText("ax\u0302b")
	e.CursorColumn = 3
	typeKeys(e, fyne.KeyBackspace)
	if got, want := e.Text, "ab"; got != want {
		t.Errorf("Backspace: %q, want %q", got, want)
	}
}

func TestEntrySelectionReplacedByTyping(t *testing.T) {
	test.NewTempApp(t)
	e := textfield.NewEntry(telex())
	w := show(t, 400, e)
	w.Canvas().Focus(e)
	e.SetText("Hà Nội")
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "Vieejt")
	if got, want := e.Text, "Việt"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if got, want := e.Text, "Hà Nội"; got != want {
		t.Errorf("undo of typing over a selection: %q, want %q", got, want)
	}
}

// TestEntryGivesForeignWordsBack: one-line fields (the search, the settings)
// give a foreign word its keys back when it ends, as paragraphs do.
func TestEntryGivesForeignWordsBack(t *testing.T) {
	test.NewTempApp(t)
	e := textfield.NewEntry(textfield.NewTyping(textfield.Telex))
	w := test.NewTempWindow(t, e)
	w.Canvas().Focus(e)
	test.Type(e, "Twitter vaf Vieejt Nam, pass taxi, post bets ")
	if got, want := e.Text, "Twitter và Việt Nam, pass taxi, post bét "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
