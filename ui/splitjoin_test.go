package ui_test

import (
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
