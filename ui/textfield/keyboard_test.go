package textfield_test

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"newsdesk/ui/textfield"
)

func TestParagraphEnterSplits(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(nil, "Trước. Sau.")
	show(t, 400, p)
	p.SetCursorOffset(7)
	var before, after string
	p.OnSplit = func(b, a string) { before, after = b, a }
	typeKeys(p, fyne.KeyReturn)
	if before != "Trước. " || after != "Sau." {
		t.Errorf("split into %q and %q", before, after)
	}
	if p.Text() != "Trước. Sau." {
		t.Errorf("the paragraph changed its own text on Enter: %q", p.Text())
	}
	p.OnSplit = nil
	typeKeys(p, fyne.KeyReturn)
	if got, want := p.Text(), "Trước. \nSau."; got != want {
		t.Errorf("Enter without OnSplit: %q, want %q", got, want)
	}
	if p.LineCount() != 2 {
		t.Errorf("a line break makes %d lines, want 2", p.LineCount())
	}
}

func TestTabMovesFocus(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(nil, "Đoạn một")
	e := textfield.NewEntry(nil)
	p2 := textfield.NewParagraph(nil)
	w := show(t, 400, p, e, p2)
	c := w.Canvas()
	c.Focus(p)
	if p.AcceptsTab() {
		t.Errorf("a paragraph must not take Tab")
	}
	typeKeys(p, fyne.KeyTab)
	if c.Focused() != e {
		t.Fatalf("Tab from the paragraph focused %v, want the entry", c.Focused())
	}
	typeKeys(e, fyne.KeyTab)
	if c.Focused() != p2 {
		t.Errorf("Tab from the entry focused %v, want the next paragraph", c.Focused())
	}
	if p.Text() != "Đoạn một" || e.Text != "" {
		t.Errorf("Tab was typed into a field: %q, %q", p.Text(), e.Text)
	}
}

func TestWindowShortcutsWhileTyping(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraph(telex())
	e := textfield.NewEntry(telex())
	w := show(t, 400, p, e)
	saves := 0
	ctrlS := &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().AddShortcut(ctrlS, func(fyne.Shortcut) { saves++ })

	w.Canvas().Focus(p)
	test.Type(p, "abc")
	p.TypedShortcut(ctrlS)
	if saves != 1 {
		t.Errorf("Ctrl+S in a paragraph reached the window %d times, want 1", saves)
	}
	w.Canvas().Focus(e)
	e.TypedShortcut(ctrlS)
	if saves != 2 {
		t.Errorf("Ctrl+S in an entry reached the window %d times, want 2", saves-1)
	}
	if p.Text() != "abc" || e.Text != "" {
		t.Errorf("the shortcut typed into a field")
	}
}

func TestWindowKeysWhileTyping(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraph(nil)
	e := textfield.NewEntry(nil)
	w := show(t, 400, p, e)
	var got []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { got = append(got, k.Name) })
	// Fyne delivers letters as keys too; only Escape and F-keys reach the window.
	for _, f := range []interface{ TypedKey(*fyne.KeyEvent) }{p, e} {
		typeKeys(f, fyne.KeyA, fyne.KeySpace, fyne.KeyEscape, fyne.KeyF5)
	}
	if want := []fyne.KeyName{fyne.KeyEscape, fyne.KeyF5, fyne.KeyEscape, fyne.KeyF5}; !slices.Equal(got, want) {
		t.Errorf("window got keys %v, want %v", got, want)
	}
}
