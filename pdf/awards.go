package pdf

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/model"
)

// The award table: STT, name, unit or title, award form.
const (
	cellSize    = 10.5 // points
	headSize    = 9.5
	cellPadX    = 1.6 // mm
	cellPadY    = 1.2
	cellLeading = 1.28
	tableLine   = 0.2
)

var (
	tableWidths = []float64{12, 57, 63, 38} // mm, columnW in all
	tableRule   = rgb{90, 90, 90}
	headFill    = rgb{232, 232, 232}
	groupFill   = rgb{245, 245, 245}
)

// cellAlign is each column's alignment.
var cellAlign = []alignment{alignCenter, alignLeft, alignLeft, alignLeft}

// awards draws an award list: a sentence saying who gives what to how many (with
// the decision), then the recipients as a table whose rows wrap long names inside
// their cells and whose header row is drawn again at the top of every page the
// table continues on.
func (d *doc) awards(a *model.AwardList) {
	if len(a.Recipients) == 0 {
		return
	}
	intro := d.layout(awardIntro(a), columnW, 1.35, alignLeft)
	collectives, individuals := a.Count()
	head := model.AwardColumns(collectives, individuals)
	mixed := collectives > 0 && individuals > 0

	type row struct {
		cells []*paragraph
		group bool
	}
	var rows []row
	n := 0
	for i, r := range a.Recipients {
		if mixed && (i == 0 || r.Kind != a.Recipients[i-1].Kind) {
			label := "Cá nhân"
			if r.Kind == model.Collective {
				label = "Tập thể"
			}
			rows = append(rows, row{group: true, cells: []*paragraph{d.cell(label, sansBold, headSize, alignLeft, columnW)}})
			n = 0
		}
		n++
		values := []string{strconv.Itoa(n), text(r.Name), text(r.Detail()), text(a.FormOf(r))}
		cells := make([]*paragraph, len(values))
		for c, v := range values {
			cells[c] = d.cell(v, serif, cellSize, cellAlign[c], tableWidths[c])
		}
		rows = append(rows, row{cells: cells})
	}
	headCells := make([]*paragraph, len(head))
	for c, v := range head {
		headCells[c] = d.cell(v, sansBold, headSize, alignCenter, tableWidths[c])
	}
	headH := rowHeight(headCells)

	// The sentence, the header and the first row (with its group label) stay together.
	first := rowHeight(rows[0].cells)
	if rows[0].group && len(rows) > 1 {
		first += rowHeight(rows[1].cells)
	}
	d.y += 1
	d.need(intro.height(0, len(intro.lines)) + 1.5 + headH + first)
	d.flow(intro, marginLeft)
	d.y += 1.5

	drawHead := func() { d.tableRow(headCells, tableWidths, headFill, true) }
	saved := d.onNewPage
	d.onNewPage = drawHead
	defer func() { d.onNewPage = saved }()
	drawHead()
	for i, rw := range rows {
		h := rowHeight(rw.cells)
		if rw.group && i+1 < len(rows) {
			h += rowHeight(rows[i+1].cells) // a group label never ends a page
		}
		d.need(h)
		if rw.group {
			d.tableRow(rw.cells, []float64{columnW}, groupFill, false)
		} else {
			d.tableRow(rw.cells, tableWidths, rgb{255, 255, 255}, false)
		}
	}
	d.y += photoGap
}

// awardIntro is the sentence above a table: "Giám đốc Sở … trao Giấy khen cho 12 tập
// thể và 12 cá nhân (Quyết định số … ngày …):".
func awardIntro(a *model.AwardList) []span {
	main := upperFirst(joinNonEmpty(" ", text(a.By), a.Summary()))
	var ref []string
	if dec := text(a.Decision); dec != "" {
		ref = append(ref, dec)
	}
	if a.Date != "" {
		ref = append(ref, "ngày "+a.Date.Short())
	}
	spans := []span{{text: main, face: serifBold, size: 11.5, color: black}}
	if len(ref) > 0 {
		spans = append(spans, span{text: " (" + strings.Join(ref, " ") + ")", face: serif, size: 11.5, color: black})
	}
	spans = append(spans, span{text: ":", face: serif, size: 11.5, color: black})
	return spans
}

// cell lays out a table cell's text for a column width mm wide.
func (d *doc) cell(s string, f face, size float64, align alignment, width float64) *paragraph {
	p := d.layout([]span{{text: s, face: f, size: size, color: black}}, width-2*cellPadX, cellLeading, align)
	if len(p.lines) == 0 { // an empty cell is one line high
		p.lines = []line{{size: size, last: true}}
	}
	return p
}

// rowHeight returns the height of a table row made of cells.
func rowHeight(cells []*paragraph) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, c.height(0, len(c.lines)))
	}
	return h + 2*cellPadY
}

// tableRow draws one row of cells, the columns widths wide, at the cursor, their
// text at the top of the cells or, with middle, centred in the row's height. A row
// taller than what is left of a fresh page continues on the next, line by line.
func (d *doc) tableRow(cells []*paragraph, widths []float64, fill rgb, middle bool) {
	from := make([]int, len(cells))
	for {
		// The lines of each cell that fit on this page.
		to := make([]int, len(cells))
		h := 0.0
		done := true
		for c, p := range cells {
			k := from[c]
			for k < len(p.lines) && d.y+2*cellPadY+p.height(from[c], k+1) <= d.bottom+1e-6 {
				k++
			}
			if k == from[c] && k < len(p.lines) && d.fresh() {
				k++ // taller than a page: draw it anyway
			}
			to[c] = k
			h = max(h, p.height(from[c], k))
			if k < len(p.lines) {
				done = false
			}
		}
		h += 2 * cellPadY
		x := marginLeft
		for c, p := range cells {
			d.cellBox(x, d.y, widths[c], h, fill)
			top := d.y + cellPadY
			if middle {
				top += (h - 2*cellPadY - p.height(from[c], to[c])) / 2
			}
			d.drawLines(p, from[c], to[c], x+cellPadX, top)
			x += widths[c]
		}
		d.y += h
		if done {
			return
		}
		copy(from, to)
		d.newPage()
	}
}

// cellBox draws a cell's border, filled unless fill is white.
func (d *doc) cellBox(x, y, w, h float64, fill rgb) {
	d.pdf.SetDrawColor(tableRule.r, tableRule.g, tableRule.b)
	d.pdf.SetLineWidth(tableLine)
	style := "D"
	if fill != (rgb{255, 255, 255}) {
		d.pdf.SetFillColor(fill.r, fill.g, fill.b)
		style = "FD"
	}
	d.pdf.Rect(x, y, w, h, style)
	if style == "FD" {
		d.pdf.SetFillColor(255, 255, 255)
	}
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// upperFirst capitalises the first letter of s: "trao Giấy khen…" opening a sentence.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
