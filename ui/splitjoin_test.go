package ui_test

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"newsdesk/model"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// bodyParagraph returns the body paragraph field holding text.
func bodyParagraph(t *testing.T, e *ui.Editor, text string) *textfield.Paragraph {
	t.Helper()
	var found *textfield.Paragraph
	walk(e.Content(), func(o fyne.CanvasObject) {
		if p, ok := o.(*textfield.Paragraph); ok && p.Text() == text && !p.OneLine && p != e.Lead {
			found = p
		}
	})
	if found == nil {
		t.Fatalf("no paragraph holds %q", text)
	}
	return found
}

func bodyTexts(e *ui.Editor) []string {
	var out []string
	for _, b := range e.Report().Body {
		out = append(out, b.Text)
	}
	return out
}

// TestSplitJoinInverse: Enter then Backspace (or Delete at the end of the first
// half) gives back exactly the paragraph there was, wherever the cut fell — the
// space at a cut before a word was lost ("làm theo" became "làmtheo"). Two
// paragraphs joined that no split made keep a space between their words.
func TestSplitJoinInverse(t *testing.T) {
	const text = "Các đơn vị làm theo kế hoạch."
	for _, cut := range []int{10, 11, 14, 15, 16} { // before and after spaces, mid-word
		r := model.NewReport("Hội nghị")
		r.Body = []model.Block{model.Paragraph(text)}
		e := openEditor(t, newLibrary(), r)
		p := bodyParagraph(t, e, text)
		p.SetCursorOffset(cut)
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if got := bodyTexts(e); len(got) != 2 {
			t.Fatalf("cut at %d: got %q, want two paragraphs", cut, got)
		}
		second := bodyParagraph(t, e, e.Report().Body[1].Text)
		second.SetCursorOffset(0)
		second.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		if got := bodyTexts(e); len(got) != 1 || got[0] != text {
			t.Errorf("cut at %d, then Backspace: got %q, want %q", cut, got, text)
		}
		// The same with Delete at the end of the first half.
		p = bodyParagraph(t, e, text)
		p.SetCursorOffset(cut)
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		first := bodyParagraph(t, e, e.Report().Body[0].Text)
		first.SetCursorOffset(first.Len())
		first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
		if got := bodyTexts(e); len(got) != 1 || got[0] != text {
			t.Errorf("cut at %d, then Delete: got %q, want %q", cut, got, text)
		}
	}

	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{model.Paragraph("Hội nghị đã thành công."), model.Paragraph("Các đại biểu ra về.")}
	e := openEditor(t, newLibrary(), r)
	second := bodyParagraph(t, e, "Các đại biểu ra về.")
	second.SetCursorOffset(0)
	second.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if got := bodyTexts(e); len(got) != 1 || got[0] != "Hội nghị đã thành công. Các đại biểu ra về." {
		t.Errorf("joining two paragraphs gave %q, want their sentences a space apart", got)
	}
}

// TestPasteParagraphs: several paragraphs pasted (from Word: one a line; from an
// e-mail: blank lines between, wrapped lines inside) become that many paragraph
// blocks, the text after the cursor ending the last; into the lead, the first
// ends the lead and the others open the body.
func TestPasteParagraphs(t *testing.T) {
	a := newApp(t)
	cb := a.Clipboard()
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{model.Paragraph("Mở đầu. Kết thúc."), model.Paragraph("Đoạn sau.")}
	e := openEditor(t, newLibrary(), r)
	p := bodyParagraph(t, e, "Mở đầu. Kết thúc.")
	p.SetCursorOffset(len([]rune("Mở đầu. ")))
	cb.SetContent("Đoạn một từ Word.\r\nĐoạn hai từ Word.\r\n")
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	want := []string{"Mở đầu. Đoạn một từ Word.", "Đoạn hai từ Word.Kết thúc.", "Đoạn sau."}
	if got := bodyTexts(e); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Word paste: got %q, want %q", got, want)
	}

	e.Lead.SetText("")
	cb.SetContent("Sáng 8/1, Sở Nội vụ\ntổ chức hội nghị.\n\nĐồng chí Giám đốc\nchủ trì hội nghị.\n")
	e.Lead.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := e.Report().Lead; got != "Sáng 8/1, Sở Nội vụ tổ chức hội nghị." {
		t.Errorf("e-mail paste into the lead: lead %q", got)
	}
	if got := e.Report().Body[0].Text; got != "Đồng chí Giám đốc chủ trì hội nghị." {
		t.Errorf("e-mail paste into the lead: first paragraph %q", got)
	}

	// One line pasted stays inside the paragraph.
	p = bodyParagraph(t, e, "Đoạn sau.")
	p.SetCursorOffset(0)
	cb.SetContent("Thêm: ")
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := e.Report().Body[len(e.Report().Body)-1].Text; got != "Thêm: Đoạn sau." {
		t.Errorf("a one-line paste gave %q", got)
	}
}

// TestUndoSplitJoinPaste: Ctrl+Z takes back a split, a join and a paste of
// paragraphs, newest first, putting the text and the cursor back; before, it
// could not, and a join or split could only be typed back by hand.
func TestUndoSplitJoinPaste(t *testing.T) {
	a := newApp(t)
	cb := a.Clipboard()
	const text = "Các đơn vị làm theo kế hoạch."
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{model.Paragraph("Đoạn đầu."), model.Paragraph(text)}
	lib := newLibrary()
	lib.CreateReport(context.Background(), r)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	e := m.Editor
	undo := func() {
		f := m.Window.Canvas().Focused().(fyne.Shortcutable)
		f.TypedShortcut(&fyne.ShortcutUndo{})
	}
	p := bodyParagraph(t, e, text)
	m.Window.Canvas().Focus(p)
	p.SetCursorOffset(11)
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // split
	second := bodyParagraph(t, e, "làm theo kế hoạch.")
	second.SetCursorOffset(0)
	second.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace}) // join it to the first paragraph's end
	first := bodyParagraph(t, e, "Đoạn đầu.")
	m.Window.Canvas().Focus(first)
	first.SetCursorOffset(first.Len())
	cb.SetContent("Một.\nHai.\n")
	first.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := strings.Join(bodyTexts(e), "|"); got != "Đoạn đầu.Một.|Hai.|Các đơn vị làm theo kế hoạch." {
		t.Fatalf("after split, join and paste: %q", got)
	}
	undo() // the paste
	if got := strings.Join(bodyTexts(e), "|"); got != "Đoạn đầu.|Các đơn vị làm theo kế hoạch." {
		t.Fatalf("undoing the paste: %q", got)
	}
	undo() // the join
	if got := strings.Join(bodyTexts(e), "|"); got != "Đoạn đầu.|Các đơn vị|làm theo kế hoạch." {
		t.Fatalf("undoing the join: %q", got)
	}
	undo() // the split
	if got := strings.Join(bodyTexts(e), "|"); got != "Đoạn đầu.|"+text {
		t.Fatalf("undoing the split: %q", got)
	}
	f, ok := m.Window.Canvas().Focused().(*textfield.Paragraph)
	if !ok || f.Text() != text || f.CursorOffset() != 11 {
		t.Errorf("after undoing the split the cursor is in %T at %v, want where Enter was pressed", m.Window.Canvas().Focused(), f)
	}
	closeEditor(t, m)
}
