package textfield_test

import (
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

	t.Run("ComposedElsewhere", func(t *testing.T) {
		// An OS input method may send letters composed, or decomposed: they go in
		// as they are, in NFC, and the engine leaves them alone.
		p := textfield.NewParagraph(ty)
		e := textfield.NewEntry(ty)
		for _, f := range []fyne.Focusable{p, e} {
			test.Type(f, "Vie\u0302\u0323t ệ")
		}
		if got, want := p.Text(), "Việt ệ"; got != want || !norm.NFC.IsNormalString(got) {
			t.Errorf("paragraph: %+q, want %+q", got, want)
		}
		if got, want := e.Text, "Việt ệ"; got != want || !norm.NFC.IsNormalString(got) {
			t.Errorf("entry: %+q, want %+q", got, want)
		}
	})

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

// TestParagraphOneLine: a one-line field (a headline) wraps its text but never
// breaks it: Enter moves on (OnSplit) and a pasted line break becomes a space.
func TestParagraphOneLine(t *testing.T) {
	a := test.NewTempApp(t)
	cb := a.Clipboard()
	p := textfield.NewParagraphWithText(telex(), "Hội nghị tổng kết")
	p.OneLine = true
	var moved bool
	p.OnSplit = func(before, after string) { moved = true }
	w := show(t, 200, p)
	w.Canvas().Focus(p)
	p.SetCursorOffset(p.Len())
	typeKeys(p, fyne.KeyReturn)
	if got := p.Text(); got != "Hội nghị tổng kết" || !moved {
		t.Errorf("Enter gave %q (moved on: %v), want the text unbroken and the owner told", got, moved)
	}
	cb.SetContent(" công tác\r\nnăm 2025\n")
	p.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got, want := p.Text(), "Hội nghị tổng kết công tác năm 2025 "; got != want {
		t.Errorf("pasting two lines gave %q, want %q", got, want)
	}
	// 200 pixels hold about 25 characters: the text takes two lines at least.
	if lines := p.MinSize().Height / theme.TextSize(); lines < 2 {
		t.Errorf("the field shows %.1f lines of text at 200 pixels, want it wrapped", lines)
	}
}

// TestTypingBeforeAWord: the word being typed ends at the cursor. Typed just
// before an existing word, it converts and leaves that word alone; nothing used
// to convert, and the word after could lose its mark.
func TestTypingBeforeAWord(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		text   string
		cursor int
		keys   string
		want   string
	}{
		{"công tác", 5, "Hooij ", "công Hội tác"},
		{"khích lệ", 0, "mowis ", "mới khích lệ"},
		{"Hội nghị", 4, "toongr keets ", "Hội tổng kết nghị"},
	} {
		p := textfield.NewParagraphWithText(telex(), c.text)
		w := show(t, 400, p)
		w.Canvas().Focus(p)
		p.SetCursorOffset(c.cursor)
		test.Type(p, c.keys)
		if got := p.Text(); got != c.want {
			t.Errorf("typing %q into %q at %d: got %q, want %q", c.keys, c.text, c.cursor, got, c.want)
		}
	}
}

// TestForeignWordsGivenBack: typed in Telex, a word that the engine made into
// no Vietnamese syllable, or an English word it made into one Vietnamese is not
// known to write ("tét" of test), gets its keys back when it ends (space,
// punctuation): Twitter, pass, Moscow, WiFi, test stay as typed; Vietnamese words
// and the double-key undo of a short word ("ass" → as) stay as they were made.
func TestForeignWordsGivenBack(t *testing.T) {
	test.NewTempApp(t)
	p := textfield.NewParagraph(telex())
	w := show(t, 600, p)
	w.Canvas().Focus(p)
	test.Type(p, "Twitter, pass, Moscow, WiFi vaf Vieejt Nam; ass test.")
	if got, want := p.Text(), "Twitter, pass, Moscow, WiFi và Việt Nam; as test."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// A word reached by moving the cursor is not given back: its keys are not known.
	p.SetText("Tuwitter")
	p.SetCursorOffset(p.Len())
	test.Type(p, " ")
	if got := p.Text(); got != "Tuwitter " {
		t.Errorf("a word typed before: got %q", got)
	}
}
