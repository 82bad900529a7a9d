package textfield

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// paragraphRenderer draws a Paragraph like Fyne's Entry (background, border that
// takes the primary colour on focus, padding, selection, cursor), with one
// canvas.Text per visual line. Objects are kept and reused; a key redraws only the
// lines whose text changed.
type paragraphRenderer struct {
	p *Paragraph

	bg, border, cursor *canvas.Rectangle
	placeholder        *canvas.Text
	texts              []*canvas.Text
	marks              []*canvas.Rectangle // selection, one per selected line
	unders             []*canvas.Rectangle // underlines, one per marked stretch of a line
	objects            []fyne.CanvasObject

	gen   int // the paragraph's gen the texts show
	look  textLook
	shown int // lines shown
}

// textLook is what every line shares; when it changes every line is redrawn.
type textLook struct {
	color color.Color
	size  float32
	style fyne.TextStyle
	width float32
}

func newParagraphRenderer(p *Paragraph) *paragraphRenderer {
	r := &paragraphRenderer{p: p, gen: -1}
	r.bg = canvas.NewRectangle(color.Transparent)
	r.border = canvas.NewRectangle(color.Transparent)
	r.cursor = canvas.NewRectangle(color.Transparent)
	r.cursor.Hide()
	r.placeholder = canvas.NewText("", color.Transparent)
	r.placeholder.Hide()
	p.blink.cursor = r.cursor
	r.rebuild()
	r.Refresh()
	return r
}

// rebuild lists the objects after a pool grew: background, border, selection,
// lines, placeholder, cursor (drawn in that order).
func (r *paragraphRenderer) rebuild() {
	objs := make([]fyne.CanvasObject, 0, 4+len(r.marks)+len(r.texts))
	objs = append(objs, r.bg, r.border)
	for _, m := range r.marks {
		objs = append(objs, m)
	}
	for _, t := range r.texts {
		objs = append(objs, t)
	}
	for _, u := range r.unders {
		objs = append(objs, u)
	}
	r.objects = append(objs, r.placeholder, r.cursor)
}

func (r *paragraphRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *paragraphRenderer) Destroy() { r.p.blink.stop() }

// MinSize is the room for all lines at the current width, one line at least.
func (r *paragraphRenderer) MinSize() fyne.Size {
	p := r.p
	th := p.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	n := len(p.lines)
	if n < 1 {
		n = 1
	}
	return fyne.NewSize(p.lineH*3+2*pad, float32(n)*p.lineH+2*pad)
}

func (r *paragraphRenderer) Layout(size fyne.Size) {
	p := r.p
	th := p.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	border := th.Size(theme.SizeNameInputBorder)
	p.setWidth(size.Width - 2*pad)

	r.border.Resize(fyne.NewSize(size.Width-border-.5, size.Height-border-.5))
	r.border.Move(fyne.NewSquareOffsetPos(border / 2))
	r.bg.Resize(size.Subtract(fyne.NewSquareSize(border * 2)))
	r.bg.Move(fyne.NewSquareOffsetPos(border))
	r.placeholder.Move(fyne.NewPos(pad, pad))
	r.placeholder.Resize(fyne.NewSize(size.Width-2*pad, p.lineH))
	r.sync(true)
}

func (r *paragraphRenderer) Refresh() {
	p := r.p
	p.syncFont()
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()

	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.border.CornerRadius = r.bg.CornerRadius
	r.border.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	switch {
	case p.focused && !p.readOnly:
		r.border.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	case p.readOnly:
		r.border.StrokeColor = th.Color(theme.ColorNameDisabled, v)
	default:
		r.border.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	}
	r.cursor.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.bg.Refresh()
	r.border.Refresh()

	r.placeholder.Text = p.PlaceHolder
	r.placeholder.Color = th.Color(theme.ColorNamePlaceHolder, v)
	r.placeholder.TextSize = p.wrap.size
	r.placeholder.TextStyle = p.TextStyle
	if len(p.text) == 0 && p.PlaceHolder != "" {
		r.placeholder.Show()
	} else {
		r.placeholder.Hide()
	}
	r.placeholder.Refresh()
	r.sync(false)
}

// sync brings lines, selection and cursor up to date with the paragraph. Only
// lines whose text or place changed are refreshed.
func (r *paragraphRenderer) sync(moved bool) {
	p := r.p
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNameInnerPadding)
	look := textLook{th.Color(theme.ColorNameForeground, v), p.wrap.size, p.TextStyle, p.Size().Width - 2*pad}
	restyle := look != r.look
	r.look = look

	if restyle || moved || r.gen != p.gen {
		r.gen = p.gen
		grew := false
		for len(r.texts) < len(p.lines) {
			t := canvas.NewText("", look.color)
			t.TextSize, t.TextStyle = look.size, look.style
			r.texts = append(r.texts, t)
			grew = true
			restyle = true
		}
		for i, t := range r.texts {
			if i >= len(p.lines) {
				if !t.Hidden {
					t.Hide()
				}
				continue
			}
			line := p.text[p.lines[i].start:p.lineEnd(i)]
			pos := fyne.NewPos(pad, pad+float32(i)*p.lineH)
			changed := restyle || t.Hidden
			if !showsAs(t.Text, line) {
				t.Text, changed = displayString(line), true
			}
			if restyle {
				t.Color, t.TextSize, t.TextStyle = look.color, look.size, look.style
			}
			t.Hidden = false
			if t.Position() != pos {
				t.Move(pos)
				changed = true
			}
			t.Resize(fyne.NewSize(look.width, p.lineH))
			if changed {
				t.Refresh()
			}
		}
		if grew {
			r.rebuild()
		}
	}
	r.syncSelection(th, v, pad)
	r.syncUnderlines(th, v, pad)
	r.syncCursor(th, pad)
}

// syncUnderlines draws a line under each stretch SetUnderlines marked, split where
// the stretch wraps, while the text is still the one it was marked in.
func (r *paragraphRenderer) syncUnderlines(th fyne.Theme, v fyne.ThemeVariant, pad float32) {
	p := r.p
	used := 0
	col := th.Color(theme.ColorNameError, v)
	thick := max(th.Size(theme.SizeNameInputBorder), 1.5)
	for _, u := range p.validUnderlines() {
		a, b := clamp(u[0], 0, len(p.text)), clamp(u[1], 0, len(p.text))
		if b <= a || len(p.lines) == 0 {
			continue
		}
		for i := lineIndex(p.lines, a); i < len(p.lines) && p.lines[i].start < b; i++ {
			from, to := max(a, p.lines[i].start), min(b, p.lineEnd(i))
			if to <= from {
				continue
			}
			x1, x2 := p.xAt(i, from), p.xAt(i, to)
			r.place(&r.unders, used, col, fyne.NewPos(pad+x1, pad+float32(i+1)*p.lineH-thick-1), fyne.NewSize(x2-x1, thick))
			used++
		}
	}
	hideFrom(r.unders, used)
}

func (r *paragraphRenderer) syncSelection(th fyne.Theme, v fyne.ThemeVariant, pad float32) {
	p := r.p
	used := 0
	if p.focused && p.hasSelection() {
		a, b := p.selRange()
		first, last := lineIndex(p.lines, a), lineIndex(p.lines, b)
		if last > first && b == p.lines[last].start {
			last-- // the selection ends where a line starts: nothing selected on it
		}
		extra := p.wrap.measure([]rune{' '})
		col := th.Color(theme.ColorNameSelection, v)
		for i := first; i <= last; i++ {
			x1 := p.xAt(i, max(a, p.lines[i].start))
			x2 := p.xAt(i, min(b, p.lineEnd(i)))
			if b > p.lineEnd(i) {
				x2 += extra // the selection goes on past the line's end
			}
			r.place(&r.marks, used, col, fyne.NewPos(pad+x1, pad+float32(i)*p.lineH), fyne.NewSize(x2-x1, p.lineH))
			used++
		}
	}
	hideFrom(r.marks, used)
}

// place shows rectangle i of pool (made when the pool has none yet) in col at
// pos and size: the selection's and the underlines' rectangles are kept and
// reused from one layout to the next.
func (r *paragraphRenderer) place(pool *[]*canvas.Rectangle, i int, col color.Color, pos fyne.Position, size fyne.Size) {
	if i == len(*pool) {
		*pool = append(*pool, canvas.NewRectangle(col))
		r.rebuild()
	}
	rect := (*pool)[i]
	rect.FillColor = col
	rect.Move(pos)
	rect.Resize(size)
	rect.Show()
	rect.Refresh()
}

// hideFrom hides the rectangles of pool from i on, those shown by an earlier layout.
func hideFrom(pool []*canvas.Rectangle, i int) {
	for _, rect := range pool[i:] {
		if !rect.Hidden {
			rect.Hide()
			rect.Refresh()
		}
	}
}

func (r *paragraphRenderer) syncCursor(th fyne.Theme, pad float32) {
	p := r.p
	p.blink.enabled = p.focused && !p.readOnly
	if !p.blink.enabled {
		if !r.cursor.Hidden {
			r.cursor.Hide()
			r.cursor.Refresh()
		}
		return
	}
	pos := p.CursorPosition()
	moved := pos != r.cursor.Position()
	r.cursor.Resize(fyne.NewSize(th.Size(theme.SizeNameInputBorder), p.lineH))
	r.cursor.Move(pos)
	r.cursor.Hidden = !p.blink.on
	r.cursor.Refresh()
	if moved && p.OnCursorChanged != nil {
		p.OnCursorChanged()
	}
}
