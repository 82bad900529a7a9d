package textfield_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"newsdesk/ui/textfield"
)

func TestParagraphCursorMovement(t *testing.T) {
	test.NewTempApp(t)
	text := strings.Repeat("Một hai ba bốn năm sáu bảy tám chín mười. ", 4)
	p := textfield.NewParagraphWithText(nil, text)
	w := show(t, 300, p)
	w.Canvas().Focus(p)
	lines := p.Lines()
	if len(lines) < 3 {
		t.Fatalf("want at least 3 lines, got %q", lines)
	}
	start := func(i int) int {
		n := 0
		for _, l := range lines[:i] {
			n += len([]rune(l))
		}
		return n
	}

	p.SetCursorOffset(start(1) + 5)
	x := p.CursorPosition().X
	typeKeys(p, fyne.KeyUp)
	if got := p.CursorLine(); got != 0 {
		t.Errorf("Up went to line %d, want 0", got)
	}
	if dx := p.CursorPosition().X - x; dx > 8 || dx < -8 {
		t.Errorf("Up moved the column by %v px", dx)
	}
	typeKeys(p, fyne.KeyDown, fyne.KeyDown)
	if got := p.CursorLine(); got != 2 {
		t.Errorf("Down, Down went to line %d, want 2", got)
	}
	if dx := p.CursorPosition().X - x; dx > 8 || dx < -8 {
		t.Errorf("Down kept the column only to %v px", dx)
	}

	typeKeys(p, fyne.KeyHome)
	if got, want := p.CursorOffset(), start(2); got != want {
		t.Errorf("Home: %d, want %d", got, want)
	}
	typeKeys(p, fyne.KeyEnd)
	if got, want := p.CursorOffset(), start(3); got != want || p.CursorLine() != 2 {
		t.Errorf("End: offset %d line %d, want %d on line 2", got, p.CursorLine(), want)
	}
	typeKeys(p, fyne.KeyUp)
	if got := p.CursorLine(); got != 1 {
		t.Errorf("Up from a line's end went to line %d, want 1", got)
	}

	p.SetCursorOffset(0)
	typeKeys(p, fyne.KeyUp)
	if p.CursorOffset() != 0 {
		t.Errorf("Up on the first line should stay at the start")
	}
	var exit fyne.KeyName
	p.OnCursorExit = func(k fyne.KeyName, _ float32) { exit = k }
	typeKeys(p, fyne.KeyUp)
	if exit != fyne.KeyUp {
		t.Errorf("Up on the first line did not leave the paragraph")
	}

	p.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierShortcutDefault})
	if got, want := p.CursorOffset(), len([]rune("Một ")); got != want {
		t.Errorf("Ctrl+Right: %d, want %d", got, want)
	}
	p.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	if p.CursorOffset() != p.Len() {
		t.Errorf("Ctrl+End did not go to the end")
	}
}

func TestParagraphMouse(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(nil, "Đồng chí Nguyễn Văn An phát biểu")
	w := show(t, 500, p)

	// A click at the far left of the first line puts the cursor at the start, and focuses.
	p.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(2, 10)}, Button: desktop.MouseButtonPrimary})
	if w.Canvas().Focused() != p {
		t.Errorf("a click did not focus the paragraph")
	}
	if p.CursorOffset() != 0 {
		t.Errorf("click at the left: cursor %d, want 0", p.CursorOffset())
	}
	// A click in the middle of "Nguyễn" and a drag to the right end selects up to the end.
	p.SetCursorOffset(len([]rune("Đồng chí Ngu")))
	x := p.CursorPosition().X + 1
	p.SetCursorOffset(0)
	p.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 10)}, Button: desktop.MouseButtonPrimary})
	if got, want := p.CursorOffset(), len([]rune("Đồng chí Ngu")); got < want-1 || got > want+1 {
		t.Errorf("click in a word: cursor %d, want about %d", got, want)
	}
	p.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(490, 10)}})
	if got := p.SelectedText(); !strings.HasSuffix(got, "phát biểu") {
		t.Errorf("drag selected %q", got)
	}
	p.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(x, 10)})
	if got, want := p.SelectedText(), "Nguyễn"; got != want {
		t.Errorf("double click selected %q, want %q", got, want)
	}
}

func TestParagraphBlockHooks(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(nil, strings.Repeat("Đoạn văn khá dài để xuống dòng. ", 5))
	show(t, 300, p)
	var joined []string
	p.OnJoinPrevious = func() { joined = append(joined, "previous") }
	p.OnJoinNext = func() { joined = append(joined, "next") }
	p.SetCursorOffset(0)
	typeKeys(p, fyne.KeyBackspace)
	p.SetCursorOffset(p.Len())
	typeKeys(p, fyne.KeyDelete)
	if got, want := strings.Join(joined, ","), "previous,next"; got != want {
		t.Errorf("join hooks called %q, want %q", got, want)
	}
	if p.Len() != len([]rune(strings.Repeat("Đoạn văn khá dài để xuống dòng. ", 5))) {
		t.Errorf("joining changed the text")
	}

	// Leaving by Up reports the column; arriving there from above keeps it.
	var x float32
	p.OnCursorExit = func(_ fyne.KeyName, at float32) { x = at }
	p.SetCursorOffset(len([]rune("Đoạn văn")))
	typeKeys(p, fyne.KeyUp)
	p.EnterFrom(fyne.KeyUp, x)
	if p.CursorLine() != p.LineCount()-1 {
		t.Errorf("EnterFrom(Up) put the cursor on line %d, want the last", p.CursorLine())
	}
	p.EnterFrom(fyne.KeyDown, x)
	if p.CursorLine() != 0 || p.CursorOffset() != len([]rune("Đoạn văn")) {
		t.Errorf("EnterFrom(Down) at x %v: line %d offset %d", x, p.CursorLine(), p.CursorOffset())
	}
}
