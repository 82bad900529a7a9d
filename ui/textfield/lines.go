package textfield

// The Paragraph's visual lines: wrapping at the current width and font, and the
// mapping between text offsets and positions on screen.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// LineCount returns the number of visual lines at the current width.
func (p *Paragraph) LineCount() int { return len(p.lines) }

// Lines returns the visual lines as drawn, without their line breaks.
func (p *Paragraph) Lines() []string {
	out := make([]string, len(p.lines))
	for i := range p.lines {
		out[i] = string(p.text[p.lines[i].start:p.lineEnd(i)])
	}
	return out
}

// CursorLine returns the visual line the cursor is on.
func (p *Paragraph) CursorLine() int { return p.cursorLine() }

// CursorPosition returns the top-left of the cursor relative to the paragraph, so an
// owner can scroll it into view.
func (p *Paragraph) CursorPosition() fyne.Position {
	pad := p.Theme().Size(theme.SizeNameInnerPadding)
	border := p.Theme().Size(theme.SizeNameInputBorder)
	i := p.cursorLine()
	return fyne.NewPos(pad+p.xAt(i, p.cursor)-border/2, pad+float32(i)*p.lineH)
}

// EnterFrom places the cursor as if it arrived from a neighbouring field by key:
// from above (KeyDown) on the first line at x (from the left edge of the text, as
// OnCursorExit reports it), from below (KeyUp) on the last line at x, by KeyRight at
// the start, by KeyLeft at the end.
func (p *Paragraph) EnterFrom(key fyne.KeyName, x float32) {
	p.anchor = -1
	switch key {
	case fyne.KeyDown:
		p.cursor, p.eol = p.offsetAt(0, x)
		p.goalX = x
	case fyne.KeyUp:
		p.cursor, p.eol = p.offsetAt(len(p.lines)-1, x)
		p.goalX = x
	case fyne.KeyRight:
		p.cursor, p.eol, p.goalX = 0, false, -1
	default:
		p.cursor, p.eol, p.goalX = len(p.text), false, -1
	}
	p.hist.close()
	p.Refresh()
}

// syncFont takes the text size, style and font from the theme; when they changed,
// the width cache keys change and the text is wrapped afresh.
func (p *Paragraph) syncFont() {
	th := p.Theme()
	size := th.Size(theme.SizeNameText)
	font := ""
	if f := th.Font(p.TextStyle); f != nil {
		font = f.Name()
	}
	if size == p.wrap.size && p.TextStyle == p.wrap.style && font == p.wrap.font && p.lineH > 0 {
		return
	}
	p.wrap.size, p.wrap.style, p.wrap.font = size, p.TextStyle, font
	p.lineH = fyne.MeasureText("Mg", size, p.TextStyle).Height
	p.lines = p.wrap.wrapAll(p.text)
	p.gen++
}

// setWidth wraps the text for a new width.
func (p *Paragraph) setWidth(w float32) {
	if w < 1 {
		w = 1
	}
	if w == p.wrap.width {
		return
	}
	p.wrap.width = w
	p.lines = p.wrap.wrapAll(p.text)
	p.gen++
}

func (p *Paragraph) cursorLine() int {
	i := lineIndex(p.lines, p.cursor)
	if p.eol && i > 0 && p.lines[i].start == p.cursor && p.softEnd(i-1) {
		return i - 1
	}
	return i
}

// lineEnd returns the end of line i's text, before its line break if it has one.
func (p *Paragraph) lineEnd(i int) int {
	l := p.lines[i]
	if l.end > l.start && p.text[l.end-1] == '\n' {
		return l.end - 1
	}
	return l.end
}

// softEnd reports whether line i ends because the text wrapped there.
func (p *Paragraph) softEnd(i int) bool {
	return i+1 < len(p.lines) && p.lineEnd(i) == p.lines[i].end
}

// runEnd returns the end of the run of spaces or of non-spaces starting at k, up to limit.
func (p *Paragraph) runEnd(k, limit int) int {
	blank := isBlank(p.text[k])
	j := k + 1
	for j < limit && isBlank(p.text[j]) == blank {
		j++
	}
	return j
}

// xAt returns the x of offset off on line i, from the start of the text area.
func (p *Paragraph) xAt(i, off int) float32 {
	l := p.lines[i]
	end := min(off, p.lineEnd(i))
	x := float32(0)
	for k := l.start; k < end; {
		j := p.runEnd(k, end)
		x += p.wrap.measure(p.text[k:j])
		k = j
	}
	return x
}

// offsetAt returns the cluster boundary on line i nearest to x, and whether it is to
// be shown at the end of the line rather than the start of the next.
func (p *Paragraph) offsetAt(i int, x float32) (int, bool) {
	l := p.lines[i]
	end := p.lineEnd(i)
	acc := float32(0)
	for k := l.start; k < end; {
		j := p.runEnd(k, end)
		w := p.wrap.measure(p.text[k:j])
		if x < acc+w {
			prev, prevX := k, acc
			for b := k; b < j; {
				b = min(nextBoundary(p.text, b), j)
				bx := acc + p.wrap.measure(p.text[k:b])
				if x < (prevX+bx)/2 {
					return prev, false
				}
				prev, prevX = b, bx
			}
			return prev, prev == end && p.softEnd(i)
		}
		acc += w
		k = j
	}
	return end, p.softEnd(i)
}

func (p *Paragraph) offsetAtPos(pos fyne.Position) (int, bool) {
	pad := p.Theme().Size(theme.SizeNameInnerPadding)
	i := 0
	if p.lineH > 0 {
		i = clamp(int((pos.Y-pad)/p.lineH), 0, len(p.lines)-1)
	}
	if pos.Y < pad {
		i = 0
	}
	return p.offsetAt(i, pos.X-pad)
}
