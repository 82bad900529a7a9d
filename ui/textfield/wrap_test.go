package textfield_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsdesk/ui/textfield"
)

func TestParagraphWrapsAndGrows(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(nil, "Ngắn.")
	p.Resize(fyne.NewSize(300, 50))
	if p.LineCount() != 1 {
		t.Fatalf("short text on %d lines, want 1", p.LineCount())
	}
	one := p.MinSize()

	p.SetText(strings.Repeat("Hội nghị tổng kết công tác năm ", 6))
	if p.LineCount() < 3 {
		t.Fatalf("long text on %d lines, want several", p.LineCount())
	}
	many := p.MinSize()
	lh := (many.Height - one.Height) / float32(p.LineCount()-1)
	if lh <= 10 {
		t.Errorf("MinSize grew by %v per line, want a line's height", lh)
	}
	room := 300 - 2*theme.Size(theme.SizeNameInnerPadding)
	for i, l := range p.Lines() {
		if w := fyne.MeasureText(strings.TrimRight(l, " "), theme.Size(theme.SizeNameText), fyne.TextStyle{}).Width; w > room {
			t.Errorf("line %d %q is %v wide, more than the paragraph", i, l, w)
		}
	}
	if got, want := strings.Join(p.Lines(), ""), p.Text(); got != want {
		t.Errorf("lines do not add up to the text")
	}

	// Typing that pushes a word onto a new line grows the paragraph; deleting shrinks it.
	n := p.LineCount()
	p.SetCursorOffset(p.Len())
	for p.LineCount() == n {
		p.TypedRune('x')
	}
	if p.MinSize().Height <= many.Height {
		t.Errorf("MinSize did not grow with a new line")
	}
	for p.LineCount() > n {
		p.TypedKey(key(fyne.KeyBackspace))
	}
	if p.MinSize() != many {
		t.Errorf("MinSize %v after deleting back, want %v", p.MinSize(), many)
	}

	// Narrower: more lines.
	p.Resize(fyne.NewSize(150, 50))
	if p.LineCount() <= n {
		t.Errorf("narrower paragraph has %d lines, want more than %d", p.LineCount(), n)
	}

	// A word longer than the line is broken inside.
	p.SetText(strings.Repeat("ư", 80))
	for _, l := range p.Lines() {
		if l == "" {
			t.Errorf("empty line in a broken word: %q", p.Lines())
		}
	}
	if p.LineCount() < 2 {
		t.Errorf("an over-long word was not broken")
	}
}

// TestParagraphWrapMatchesFullWrap edits a paragraph at random and checks, after
// every edit, that its lines are those of a paragraph wrapped from scratch.
func TestParagraphWrapMatchesFullWrap(t *testing.T) {
	test.NewTempApp(t)
	size := fyne.NewSize(180, 50)
	p := textfield.NewParagraph(telex())
	p.Resize(size)
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "ê", " ", " ", "  ", "\n", "Việt", "Nam ", "đồng chí ", "x\u0302",
		"Ủy ban nhân dân thành phố ", strings.Repeat("m", 40), "a-b/c,", "\t", "ee", "j", "w"}
	edits := 1500
	if testing.Short() {
		edits = 300
	}
	for i := range edits {
		n := p.Len()
		switch op := rng.IntN(10); {
		case op < 5: // type a piece at a random place
			p.SetCursorOffset(rng.IntN(n + 1))
			for _, r := range pieces[rng.IntN(len(pieces))] {
				p.TypedRune(r)
			}
		case op < 7: // delete a random range
			if n == 0 {
				continue
			}
			a := rng.IntN(n)
			p.Select(a, min(n, a+1+rng.IntN(12)))
			p.TypedKey(key(fyne.KeyBackspace))
		case op < 8:
			p.SetCursorOffset(rng.IntN(n + 1))
			p.TypedKey(key(fyne.KeyDelete))
		case op < 9:
			p.Undo()
		default:
			p.Redo()
		}
		fresh := textfield.NewParagraphWithText(nil, p.Text())
		fresh.Resize(size)
		if fresh.Text() != p.Text() {
			t.Fatalf("edit %d: text not in NFC after edits: %+q", i, p.Text())
		}
		if got, want := p.Lines(), fresh.Lines(); !slices.Equal(got, want) {
			t.Fatalf("edit %d: lines after edits\n%q\nwant (wrapped from scratch)\n%q", i, got, want)
		}
	}
}
