package pdf

import (
	"strings"
	"unicode/utf8"
)

// rgb is a text or line colour.
type rgb struct{ r, g, b int }

var (
	black    = rgb{0, 0, 0}
	darkRed  = rgb{160, 20, 25}
	darkGray = rgb{70, 70, 70}
	gray     = rgb{110, 110, 110}
)

// span is text in one face, size (points) and colour, part of a paragraph.
type span struct {
	text  string
	face  face
	size  float64
	color rgb
}

// piece is part of a word drawn in one face: no spaces inside.
type piece struct {
	text  string
	face  face
	size  float64
	color rgb
	w     float64 // mm
}

// word is what lines break between. space is the width of the space that follows it
// on a line, 0 at a forced break.
type word struct {
	pieces []piece
	w      float64
	space  float64
	brk    bool // a newline follows: the line ends here
}

// line is one laid-out line of a paragraph.
type line struct {
	words []word
	w     float64 // natural width, spaces between words included
	last  bool    // ends the paragraph or a forced break: never justified
	size  float64 // largest font size on it, points
}

// alignment of a paragraph's lines.
type alignment uint8

const (
	alignLeft alignment = iota
	alignCenter
	alignRight
	alignJustify
)

// words breaks spans into words, drawing each character in a face that has it.
func (d *doc) words(spans []span) []word {
	var out []word
	var cur word
	open := false
	flush := func(space float64, brk bool) {
		if open {
			cur.space, cur.brk = space, brk
			out = append(out, cur)
		} else if brk && len(out) > 0 {
			out[len(out)-1].brk = true
		}
		cur, open = word{}, false
	}
	for _, s := range spans {
		for _, run := range d.res.runs(s.face, strings.ReplaceAll(s.text, "\t", " ")) {
			text := run.text
			for text != "" {
				i := strings.IndexAny(text, " \n")
				if i < 0 {
					i = len(text)
				}
				if i > 0 {
					p := piece{text: text[:i], face: run.face, size: s.size, color: s.color}
					p.w = d.width(p.face, p.size, p.text)
					cur.pieces = append(cur.pieces, p)
					cur.w += p.w
					open = true
				}
				if i == len(text) {
					break
				}
				if text[i] == '\n' {
					flush(0, true)
				} else {
					flush(d.width(s.face, s.size, " "), false)
				}
				text = text[i+1:]
			}
		}
	}
	flush(0, false)
	return out
}

// breakLines lays words out in lines at most width mm wide; a word longer than a
// line is cut between characters.
func (d *doc) breakLines(ws []word, width float64) []line {
	var lines []line
	var cur line
	var pendingSpace float64
	push := func(last bool) {
		cur.last = last
		lines = append(lines, cur)
		cur, pendingSpace = line{}, 0
	}
	for _, w := range ws {
		for len(cur.words) == 0 && w.w > width {
			head, tail := d.cutWord(w, width)
			cur.words, cur.w = []word{head}, head.w
			push(false)
			w = tail
		}
		if len(cur.words) > 0 && cur.w+pendingSpace+w.w > width+1e-6 {
			push(false)
		}
		if len(cur.words) > 0 {
			cur.w += pendingSpace
		}
		cur.words = append(cur.words, w)
		cur.w += w.w
		pendingSpace = w.space
		if w.brk {
			push(true)
		}
	}
	if len(cur.words) > 0 {
		push(true)
	} else if len(lines) > 0 {
		lines[len(lines)-1].last = true
	}
	for i := range lines {
		for _, w := range lines[i].words {
			for _, p := range w.pieces {
				lines[i].size = max(lines[i].size, p.size)
			}
		}
	}
	return lines
}

// cutWord splits w so that its head is as long as fits in width (one character at
// least).
func (d *doc) cutWord(w word, width float64) (head, tail word) {
	tail = w
	tail.pieces = nil
	tail.w = 0
	done := false
	for _, p := range w.pieces {
		if done {
			tail.pieces = append(tail.pieces, p)
			tail.w += p.w
			continue
		}
		if head.w+p.w <= width {
			head.pieces = append(head.pieces, p)
			head.w += p.w
			continue
		}
		// Cut inside this piece.
		n := 0
		acc := head.w
		for i, r := range p.text {
			rw := d.width(p.face, p.size, string(r))
			if acc+rw > width && (head.w > 0 || i > 0) {
				break
			}
			acc += rw
			n = i + utf8.RuneLen(r)
		}
		if n > 0 {
			hp := p
			hp.text = p.text[:n]
			hp.w = d.width(p.face, p.size, hp.text)
			head.pieces = append(head.pieces, hp)
			head.w += hp.w
		}
		if n < len(p.text) {
			tp := p
			tp.text = p.text[n:]
			tp.w = d.width(p.face, p.size, tp.text)
			tail.pieces = append(tail.pieces, tp)
			tail.w += tp.w
		}
		done = true
	}
	return head, tail
}

// drawLine draws l with its left edge at x, in a box width mm wide whose baseline is
// at y.
func (d *doc) drawLine(l line, x, y, width float64, align alignment) {
	extra := 0.0
	spaces := 0
	for i, w := range l.words {
		if i < len(l.words)-1 && w.space > 0 {
			spaces++
		}
	}
	switch align {
	case alignCenter:
		x += (width - l.w) / 2
	case alignRight:
		x += width - l.w
	case alignJustify:
		if !l.last && spaces > 0 && l.w < width {
			extra = (width - l.w) / float64(spaces)
		}
	}
	// Segments join the pieces of consecutive words that share a face, size and
	// colour, spaces included, so that the PDF holds real spaces and a reader's
	// search and copy see whole sentences.
	type segment struct {
		piece
		spaces int
	}
	var segs []segment
	for i, w := range l.words {
		for j, p := range w.pieces {
			if n := len(segs); n > 0 && segs[n-1].face == p.face && segs[n-1].size == p.size && segs[n-1].color == p.color &&
				(j > 0 || strings.HasSuffix(segs[n-1].text, " ")) {
				segs[n-1].text += p.text
				segs[n-1].w += p.w
			} else {
				segs = append(segs, segment{piece: p})
			}
		}
		if i < len(l.words)-1 && w.space > 0 {
			s := &segs[len(segs)-1]
			s.text += " "
			s.w += w.space
			s.spaces++
		}
	}
	for _, s := range segs {
		d.setFont(s.face, s.size)
		d.setTextColor(s.color)
		w := s.w + float64(s.spaces)*extra
		if extra > 0 && s.spaces > 0 {
			// gofpdf justifies UTF-8 text by spreading the cell's spare width over
			// the spaces of the text it draws.
			d.pdf.SetXY(x, y-0.3*ptToMM(s.size))
			d.pdf.CellFormat(w, 0, s.text, "", 0, "J", false, 0, "")
		} else {
			d.pdf.Text(x, y, s.text)
		}
		x += w
	}
}

// paragraph is text laid out for a column: its lines and their leading.
type paragraph struct {
	lines   []line
	leading float64 // line height as a multiple of the font size
	align   alignment
	indent  float64 // mm, on the left of every line
	width   float64 // mm
}

// lineHeight returns the height of line i in mm.
func (p *paragraph) lineHeight(i int) float64 {
	return ptToMM(p.lines[i].size) * p.leading
}

// height returns the height of lines [from, to) in mm.
func (p *paragraph) height(from, to int) float64 {
	h := 0.0
	for i := from; i < to; i++ {
		h += p.lineHeight(i)
	}
	return h
}

// layout lays spans out for a column width mm wide.
func (d *doc) layout(spans []span, width, leading float64, align alignment) *paragraph {
	return &paragraph{lines: d.breakLines(d.words(spans), width), leading: leading, align: align, width: width}
}

// balanced lays spans out like layout, but as narrow as it can without taking more
// lines, so that a headline's last line is not one lonely word.
func (d *doc) balanced(spans []span, width, leading float64, align alignment) *paragraph {
	ws := d.words(spans)
	best := d.breakLines(ws, width)
	if len(best) < 2 {
		return &paragraph{lines: best, leading: leading, align: align, width: width}
	}
	lo, hi := width/2, width
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if ls := d.breakLines(ws, mid); len(ls) == len(best) {
			best, hi = ls, mid
		} else {
			lo = mid
		}
	}
	return &paragraph{lines: best, leading: leading, align: align, width: width}
}

// noLoneWord lays spans out like layout, but narrows the lines a little when that
// keeps a headline's last word from standing alone on its line.
func (d *doc) noLoneWord(spans []span, width, leading float64, align alignment) *paragraph {
	ws := d.words(spans)
	lines := d.breakLines(ws, width)
	if n := len(lines); n > 1 && len(lines[n-1].words) == 1 {
		for w := width - 2; w >= width*0.75; w -= 2 {
			ls := d.breakLines(ws, w)
			if len(ls) != n {
				break
			}
			if len(ls[n-1].words) > 1 {
				lines = ls
				break
			}
		}
	}
	return &paragraph{lines: lines, leading: leading, align: align, width: width}
}

// drawLines draws lines [from, to) of p with their top at y and returns the y below
// them.
func (d *doc) drawLines(p *paragraph, from, to int, x, y float64) float64 {
	for i := from; i < to; i++ {
		h := p.lineHeight(i)
		// The baseline sits where gofpdf puts it in a cell of the line's height,
		// which centres the text's x-height in the line.
		d.drawLine(p.lines[i], x+p.indent, y+h/2+0.3*ptToMM(p.lines[i].size), p.width, p.align)
		y += h
	}
	return y
}

// ptToMM converts points to millimetres.
func ptToMM(pt float64) float64 { return pt * 25.4 / 72 }

// oneLine lays spans out on a single line, however long.
func (d *doc) oneLine(spans []span) line {
	l := line{last: true}
	for i, w := range d.words(spans) {
		if i > 0 {
			l.w += l.words[i-1].space
		}
		l.words = append(l.words, w)
		l.w += w.w
		for _, p := range w.pieces {
			l.size = max(l.size, p.size)
		}
	}
	return l
}
