package textfield_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/text/unicode/norm"

	"newsdesk/ui/textfield"
)

func telex() *textfield.Typing { return textfield.NewTyping(textfield.Telex) }

// show puts objects in a window of the given width and lays them out as the
// window's frame loop would.
func show(t *testing.T, width float32, objs ...fyne.CanvasObject) fyne.Window {
	t.Helper()
	box := container.NewVBox(objs...)
	w := test.NewTempWindow(t, box)
	w.Resize(fyne.NewSize(width, 800))
	box.Refresh()
	return w
}

func key(name fyne.KeyName) *fyne.KeyEvent { return &fyne.KeyEvent{Name: name} }

func typeKeys(f interface{ TypedKey(*fyne.KeyEvent) }, names ...fyne.KeyName) {
	for _, n := range names {
		f.TypedKey(key(n))
	}
}

func TestParagraphTypes(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraph(nil)
	var changed []string
	p.OnChanged = func(s string) { changed = append(changed, s) }
	w := show(t, 400, p)
	w.Canvas().Focus(p)

	test.Type(p, "Xin chào, Hà Nội")
	if got, want := p.Text(), "Xin chào, Hà Nội"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if got := len(changed); got != len([]rune("Xin chào, Hà Nội")) {
		t.Errorf("OnChanged called %d times, want once per rune", got)
	}
	if got, want := changed[len(changed)-1], p.Text(); got != want {
		t.Errorf("last OnChanged %q, want %q", got, want)
	}
	if got, want := p.CursorOffset(), p.Len(); got != want {
		t.Errorf("cursor at %d, want %d", got, want)
	}
}

func TestTelexInEveryField(t *testing.T) {
	test.NewTempApp(t)
	ty := telex()
	p := textfield.NewParagraph(ty)
	e := textfield.NewEntry(ty)
	show(t, 400, p, e)

	test.Type(p, "Vieejt Nam")
	test.Type(e, "Vieejt Nam")
	if got, want := p.Text(), "Việt Nam"; got != want {
		t.Errorf("paragraph: %q, want %q", got, want)
	}
	if got, want := e.Text, "Việt Nam"; got != want {
		t.Errorf("entry: %q, want %q", got, want)
	}

	t.Run("VNI", func(t *testing.T) {
		ty.SetMethod(textfield.VNI)
		defer ty.SetMethod(textfield.Telex)
		p := textfield.NewParagraph(ty)
		test.Type(p, "Vie65t Nam d9")
		if got, want := p.Text(), "Việt Nam đ"; got != want {
			t.Errorf("VNI: %q, want %q", got, want)
		}
	})

	t.Run("ToneStyle", func(t *testing.T) {
		p := textfield.NewParagraph(ty)
		test.Type(p, "hoaf ")
		ty.SetToneStyle(textfield.NewStyle)
		defer ty.SetToneStyle(textfield.OldStyle)
		test.Type(p, "hoaf")
		if got, want := p.Text(), "hòa hoà"; got != want {
			t.Errorf("old then new style: %q, want %q", got, want)
		}
	})

	t.Run("Off", func(t *testing.T) {
		ty.SetMethod(textfield.Off)
		defer ty.SetMethod(textfield.Telex)
		p := textfield.NewParagraph(ty)
		test.Type(p, "Vieejt")
		if got, want := p.Text(), "Vieejt"; got != want {
			t.Errorf("typing off: %q, want %q", got, want)
		}
	})
}

func TestTypingSwitch(t *testing.T) {
	ty := textfield.NewTyping(textfield.VNI)
	var seen []textfield.Method
	ty.OnChanged = func(m textfield.Method, _ textfield.ToneStyle) { seen = append(seen, m) }
	if got := ty.Toggle(); got != textfield.Off {
		t.Errorf("toggle from VNI gave %v, want Off", got)
	}
	if got := ty.Toggle(); got != textfield.VNI {
		t.Errorf("toggle back gave %v, want VNI", got)
	}
	ty.SetMethod(textfield.VNI) // no change, no call
	ty.SetToneStyle(textfield.NewStyle)
	if got, want := seen, []textfield.Method{textfield.Off, textfield.VNI, textfield.VNI}; !slices.Equal(got, want) {
		t.Errorf("OnChanged saw %v, want %v", got, want)
	}
	if ty.ToneStyle() != textfield.NewStyle {
		t.Errorf("tone style not kept")
	}
}

func TestParagraphEditsInsideWord(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(telex(), "Viet Nam")
	show(t, 400, p)

	p.SetCursorOffset(3) // Vie|t
	p.TypedRune('e')
	if got, want := p.Text(), "Viêt Nam"; got != want {
		t.Fatalf("after e: %q, want %q", got, want)
	}
	p.TypedRune('j')
	if got, want := p.Text(), "Việt Nam"; got != want {
		t.Fatalf("after j: %q, want %q", got, want)
	}
	if got := p.CursorOffset(); got != 3 {
		t.Errorf("cursor at %d, want 3 (still inside the word)", got)
	}
	p.Undo()
	if got, want := p.Text(), "Viet Nam"; got != want {
		t.Errorf("undo of the word's edit: %q, want %q", got, want)
	}
}

func TestParagraphSelectionDelete(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraphWithText(nil, "Xin chào các bạn")
	w := show(t, 400, p)
	w.Canvas().Focus(p)

	p.Select(4, 9)
	if got, want := p.SelectedText(), "chào "; got != want {
		t.Fatalf("selected %q, want %q", got, want)
	}
	typeKeys(p, fyne.KeyDelete)
	if got, want := p.Text(), "Xin các bạn"; got != want {
		t.Errorf("after Delete: %q, want %q", got, want)
	}

	// Shift+Left twice from the end selects "ạn"; typing replaces it.
	p.SetCursorOffset(p.Len())
	p.KeyDown(key(desktop.KeyShiftLeft))
	typeKeys(p, fyne.KeyLeft, fyne.KeyLeft)
	p.KeyUp(key(desktop.KeyShiftLeft))
	if got, want := p.SelectedText(), "ạn"; got != want {
		t.Fatalf("Shift+Left selected %q, want %q", got, want)
	}
	test.Type(p, "è")
	if got, want := p.Text(), "Xin các bè"; got != want {
		t.Errorf("typing over the selection: %q, want %q", got, want)
	}

	// Ctrl+Shift+Left selects the word before the cursor; Backspace deletes it.
	p.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	typeKeys(p, fyne.KeyBackspace)
	if got, want := p.Text(), "Xin các "; got != want {
		t.Errorf("word selection deleted: %q, want %q", got, want)
	}
}

func TestParagraphDeletesWholeClusters(t *testing.T) {
	test.NewTempApp(t)
	// x with a circumflex has no precomposed form: two runes, one letter.
	p := textfield.NewParagraphWithText(nil, "ax\u0302b")
	show(t, 400, p)
	p.SetCursorOffset(3)
	typeKeys(p, fyne.KeyBackspace)
	if got, want := p.Text(), "ab"; got != want {
		t.Errorf("Backspace: %q, want %q", got, want)
	}
	p.SetText("ax\u0302b")
	p.SetCursorOffset(1)
	typeKeys(p, fyne.KeyDelete)
	if got, want := p.Text(), "ab"; got != want {
		t.Errorf("Delete: %q, want %q", got, want)
	}
	p.SetText("ax\u0302b")
	p.SetCursorOffset(2) // inside the cluster: snaps to its start
	if got := p.CursorOffset(); got != 1 {
		t.Errorf("cursor inside a cluster at %d, want 1", got)
	}
	typeKeys(p, fyne.KeyRight)
	if got := p.CursorOffset(); got != 3 {
		t.Errorf("Right over a cluster went to %d, want 3", got)
	}
}

func TestParagraphClipboard(t *testing.T) {
	a := test.NewTempApp(t)
	cb := a.Clipboard()
	p := textfield.NewParagraphWithText(telex(), "Hội nghị tổng kết")
	w := show(t, 400, p)
	w.Canvas().Focus(p)

	p.Select(0, 8)
	p.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if got, want := cb.Content(), "Hội nghị"; got != want {
		t.Fatalf("copied %q, want %q", got, want)
	}

	cb.SetContent(norm.NFD.String(" Ngành Tổ chức xây dựng Đảng"))
	p.SetCursorOffset(p.Len())
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	want := "Hội nghị tổng kết Ngành Tổ chức xây dựng Đảng"
	if got := p.Text(); got != want || !norm.NFC.IsNormalString(got) {
		t.Errorf("NFD paste gave %q (NFC %v), want %q in NFC", got, norm.NFC.IsNormalString(got), want)
	}

	// A combining mark pasted after its letter composes with it.
	p.SetText("Vie")
	cb.SetContent("\u0302t")
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := p.Text(), "Viêt"; got != want {
		t.Errorf("mark pasted after its letter: %q, want %q", got, want)
	}
	if got := p.CursorOffset(); got != 4 {
		t.Errorf("cursor after the paste at %d, want 4", got)
	}

	// Pasted words do not go through the typing engine.
	p.SetText("")
	cb.SetContent("Vieejt")
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := p.Text(), "Vieejt"; got != want {
		t.Errorf("paste went through the engine: %q, want %q", got, want)
	}

	p.SetText("cắt đây")
	p.Select(0, 4)
	p.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb})
	if got, want := p.Text()+"|"+cb.Content(), "đây|cắt "; got != want {
		t.Errorf("cut left %q, want %q", got, want)
	}
}

func TestParagraphUndoRedo(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraph(telex())
	w := show(t, 400, p)
	w.Canvas().Focus(p)

	var states []string
	for _, word := range []string{"Xin ", "chaof ", "cacs ", "banj"} {
		test.Type(p, word)
		states = append(states, p.Text())
	}
	if got, want := p.Text(), "Xin chào các bạn"; got != want {
		t.Fatalf("typed %q, want %q", got, want)
	}
	typeKeys(p, fyne.KeyBackspace, fyne.KeyBackspace)
	p.SetCursorOffset(0)
	test.Type(p, "A ")
	final := p.Text()
	if final != "A Xin chào các b" {
		t.Fatalf("edited %q", final)
	}

	// One undo per step: the inserted word, the deletions, then each typed word.
	wantUndo := []string{"Xin chào các b", states[3], states[2], states[1], states[0], ""}
	for i, want := range wantUndo {
		p.TypedShortcut(&fyne.ShortcutUndo{})
		if got := p.Text(); got != want {
			t.Fatalf("undo %d: %q, want %q", i+1, got, want)
		}
	}
	if p.CanUndo() {
		t.Errorf("history should be used up")
	}
	for i := len(wantUndo) - 2; i >= 0; i-- {
		p.TypedShortcut(&fyne.ShortcutRedo{})
		if got, want := p.Text(), wantUndo[i]; got != want {
			t.Fatalf("redo: %q, want %q", got, want)
		}
	}
	p.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if got := p.Text(); got != final {
		t.Errorf("Ctrl+Shift+Z redo: %q, want %q", got, final)
	}
	if got := p.CursorOffset(); got != 2 {
		t.Errorf("cursor after redo at %d, want 2", got)
	}

	// Undo with nothing left goes on to the window (the editor's own undo).
	var passed int
	w.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { passed++ })
	p.SetText("x")
	p.TypedShortcut(&fyne.ShortcutUndo{})
	if passed != 1 {
		t.Errorf("undo with an empty history reached the window %d times, want 1", passed)
	}
}

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

func TestParagraphReadOnly(t *testing.T) {
	a := test.NewTempApp(t)
	p := textfield.NewParagraphWithText(telex(), "Chỉ đọc")
	show(t, 400, p)
	p.SetReadOnly(true)
	test.Type(p, "abc")
	typeKeys(p, fyne.KeyBackspace)
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: a.Clipboard()})
	if got := p.Text(); got != "Chỉ đọc" {
		t.Errorf("read-only paragraph changed to %q", got)
	}
	p.TypedShortcut(&fyne.ShortcutSelectAll{})
	p.TypedShortcut(&fyne.ShortcutCopy{Clipboard: a.Clipboard()})
	if got := a.Clipboard().Content(); got != "Chỉ đọc" {
		t.Errorf("copy from read-only gave %q", got)
	}
}

func TestPlaceHolder(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraph(nil)
	p.SetPlaceHolder("Nhập đoạn văn…")
	w := show(t, 400, p)
	if !strings.Contains(test.RenderObjectToMarkup(p), "Nhập đoạn văn…") {
		t.Errorf("empty paragraph does not show its placeholder:\n%s", test.RenderObjectToMarkup(p))
	}
	w.Canvas().Focus(p)
	test.Type(p, "a")
	if strings.Contains(test.RenderObjectToMarkup(p), "Nhập đoạn văn…") {
		t.Errorf("placeholder still shown with text")
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
