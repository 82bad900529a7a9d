package textfield

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestUnderlines: marked stretches are drawn under their words, split where a
// stretch wraps onto the next line, and gone once the text is edited.
func TestUnderlines(t *testing.T) {
	test.NewTempApp(t)
	p := NewParagraphWithText(nil, "Hội nghị diễn ra nghiêmm túc, các đại biểu thảo luận sôi nổi về nhiệm vụ năm tới.")
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(200, 300))
	p.SetUnderlines([][2]int{{17, 24}, {30, 70}})
	r := test.WidgetRenderer(p).(*paragraphRenderer)
	shown := 0
	for _, u := range r.unders {
		if !u.Hidden {
			shown++
			if u.Size().Width <= 0 {
				t.Errorf("an underline of no width at %v", u.Position())
			}
		}
	}
	if shown < 3 {
		t.Errorf("%d underlines shown, want the word's and the long stretch's on each line it spans", shown)
	}
	p.SetCursorOffset(0)
	test.Type(p, "x")
	for _, u := range r.unders {
		if !u.Hidden {
			t.Fatal("underlines stay after the text changed")
		}
	}
}

// TestShowsAs: the check that spares a line's redraw agrees with the text the
// line would show, tabs included.
func TestShowsAs(t *testing.T) {
	for _, s := range []string{"", "Hội nghị", "a\tb", "\t", "tổng kết\t năm"} {
		rs := []rune(s)
		if !showsAs(displayString(rs), rs) {
			t.Errorf("%q: its own display string does not match", s)
		}
		if showsAs(displayString(rs)+"x", rs) || (len(rs) > 0 && showsAs(displayString(rs[1:]), rs)) {
			t.Errorf("%q: another text matches", s)
		}
	}
}
