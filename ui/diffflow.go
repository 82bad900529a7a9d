package ui

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DiffText shows one side of a word diff as wrapped text whose changed words are in
// bold colour. It lays out word by word itself: Fyne's RichText, given many
// coloured runs in one paragraph, breaks a run one character a line when it starts
// where less than a character's width is left on the line.
type DiffText struct {
	widget.BaseWidget
	// Words are the text's words, each with the space after it, in order.
	Words []DiffWord

	width, height float32 // as last laid out
}

// DiffWord is one word of a DiffText: Color is "" for unchanged text, else the
// theme colour it is drawn in (bold).
type DiffWord struct {
	Text  string
	Color fyne.ThemeColorName
}

// newDiffText splits runs of text (each with its colour) into words.
func newDiffText(runs []DiffWord) *DiffText {
	t := &DiffText{}
	for _, r := range runs {
		for _, w := range splitWords(r.Text) {
			t.Words = append(t.Words, DiffWord{Text: w, Color: r.Color})
		}
	}
	t.ExtendBaseWidget(t)
	return t
}

// splitWords cuts s after each run of spaces, and on its own line break, so that
// joining the pieces gives s back.
func splitWords(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\n' {
			if i > start {
				out = append(out, string(rs[start:i]))
			}
			out = append(out, "\n")
			start = i + 1
			continue
		}
		if unicode.IsSpace(rs[i]) && (i+1 == len(rs) || !unicode.IsSpace(rs[i+1]) || rs[i+1] == '\n') {
			out = append(out, string(rs[start:i+1]))
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// Text is what the side says, the words joined.
func (t *DiffText) Text() string {
	var b strings.Builder
	for _, w := range t.Words {
		b.WriteString(w.Text)
	}
	return b.String()
}

// CreateRenderer implements fyne.Widget.
func (t *DiffText) CreateRenderer() fyne.WidgetRenderer {
	r := &diffTextRenderer{t: t}
	for _, w := range t.Words {
		txt := canvas.NewText(w.Text, theme.Color(theme.ColorNameForeground))
		if w.Color != "" {
			txt.Color = theme.Color(w.Color)
			txt.TextStyle = fyne.TextStyle{Bold: true}
		}
		r.texts = append(r.texts, txt)
	}
	return r
}

type diffTextRenderer struct {
	t     *DiffText
	texts []*canvas.Text
}

func (r *diffTextRenderer) Layout(size fyne.Size) {
	h := r.flow(size.Width, true)
	if h != r.t.height || size.Width != r.t.width {
		r.t.width, r.t.height = size.Width, h
		// The height follows the width: the container above lays out again.
		r.t.Refresh()
	}
}

// flow places the words in lines of at most width (moving them when place is
// set) and returns the height they take.
func (r *diffTextRenderer) flow(width float32, place bool) float32 {
	pad := theme.InnerPadding()
	width -= 2 * pad
	lineH := fyne.MeasureText("Ấy", theme.TextSize(), fyne.TextStyle{}).Height
	x, y := float32(0), float32(0)
	breakable := false // the line may break before this word: the one before ended with a space
	for _, txt := range r.texts {
		if txt.Text == "\n" {
			x, y = 0, y+lineH
			txt.Hide()
			breakable = false
			continue
		}
		if txt.Text == "" {
			continue
		}
		s := txt.MinSize()
		if x > 0 && breakable && x+visibleWidth(txt) > width {
			x, y = 0, y+lineH
		}
		breakable = unicode.IsSpace([]rune(txt.Text)[len([]rune(txt.Text))-1])
		if place {
			txt.Move(fyne.NewPos(pad+x, pad+y))
			txt.Resize(s)
		}
		x += s.Width
	}
	if x > 0 || len(r.texts) == 0 {
		y += lineH
	}
	return y + 2*pad
}

// visibleWidth is a word's width without the space after it, which may hang past
// the line's end.
func visibleWidth(t *canvas.Text) float32 {
	trimmed := strings.TrimRightFunc(t.Text, unicode.IsSpace)
	if trimmed == t.Text {
		return t.MinSize().Width
	}
	return fyne.MeasureText(trimmed, t.TextSize, t.TextStyle).Width
}

func (r *diffTextRenderer) MinSize() fyne.Size {
	w := r.t.width
	if w <= 0 {
		w = 400 // until the first layout: a column's usual width
	}
	var widest float32
	for _, txt := range r.texts {
		widest = max(widest, visibleWidth(txt))
	}
	return fyne.NewSize(widest+2*theme.InnerPadding(), r.flow(max(w, widest+2*theme.InnerPadding()), false))
}

func (r *diffTextRenderer) Refresh() {
	for i, w := range r.t.Words {
		if w.Color != "" {
			r.texts[i].Color = theme.Color(w.Color)
		} else {
			r.texts[i].Color = theme.Color(theme.ColorNameForeground)
		}
		r.texts[i].Refresh()
	}
}

func (r *diffTextRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.texts))
	for i, t := range r.texts {
		out[i] = t
	}
	return out
}

func (r *diffTextRenderer) Destroy() {}
