package pdf

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"newsdesk/model"
)

// BulletinEncoder writes several reports as a clerk's bulletin: a cover with the
// agency's name, the bulletin's title and date; a table of contents with page
// numbers; each report on a new page; a running header with the title and date, and
// the footer with "Trang X/Y" on every page.
type BulletinEncoder struct {
	Options

	// Title is the bulletin's title: "Bản tin tháng 1/2026".
	Title string
	// Date is the bulletin's date, printed on the cover and in the running header;
	// the caller chooses it (usually today), so the same bulletin prints the same.
	Date model.Date

	w       io.Writer
	reports []encoded
	widths  imageWidths
	missing []rune
	pages   []int
}

// NewBulletinEncoder returns an encoder of a bulletin titled title, dated date, that
// writes to w when closed.
func NewBulletinEncoder(w io.Writer, title string, date model.Date) *BulletinEncoder {
	return &BulletinEncoder{w: w, Title: title, Date: date, widths: imageWidths{}}
}

// Encode adds r to the bulletin, in order. Its photos are fetched and made ready
// now, reporting to Progress; ctx cancels that work.
func (e *BulletinEncoder) Encode(ctx context.Context, r *model.Report) error {
	enc, err := encodeReport(ctx, &e.Options, r, e.widths)
	if err != nil {
		return err
	}
	e.reports = append(e.reports, enc)
	return nil
}

// Close lays the bulletin out and writes the PDF. It fails when no report was given.
func (e *BulletinEncoder) Close() error {
	if len(e.reports) == 0 {
		return model.Errorf(model.EINVALID, "pdf.empty")
	}
	d, err := newDoc(&e.Options)
	if err != nil {
		return err
	}
	title := text(e.Title)
	d.setInfo(e.reports, title)
	d.header = [2]string{title, ""}
	if e.Date != "" {
		d.header[1] = "Ngày " + e.Date.Short()
	}

	d.addPage(plainPage)
	d.cover(title, e.Date, len(e.reports))

	toc := d.newTOC(e.reports)
	tocPages := toc.draw(nil)
	for range tocPages {
		d.addPage(runningPage)
	}
	e.pages = make([]int, len(e.reports))
	for i, enc := range e.reports {
		d.addPage(runningPage)
		e.pages[i] = d.pdf.PageNo()
		d.setFont(serif, bodySize)
		d.pdf.Bookmark(text(enc.r.Headline), 0, 0)
		d.report(enc, i)
	}
	toc.draw(e.pages)

	e.missing = d.res.sortedMissing()
	return d.finish(e.w)
}

// Missing returns, after Close, the characters no embedded font has, printed as
// question marks; see ReportEncoder.Missing.
func (e *BulletinEncoder) Missing() []rune { return e.missing }

// Pages returns, after Close, the page (from 1) on which each report starts, in the
// order they were given: what the table of contents says.
func (e *BulletinEncoder) Pages() []int { return e.pages }

// cover draws the bulletin's cover page.
func (d *doc) cover(title string, date model.Date, reports int) {
	center := func(s string, f face, size, leading float64, c rgb, y float64) float64 {
		p := d.balanced([]span{{text: s, face: f, size: size, color: c}}, columnW, leading, alignCenter)
		return d.drawLines(p, 0, len(p.lines), marginLeft, y)
	}
	y := 38.0
	if m := text(d.opt.Agency.Managing); m != "" {
		y = center(strings.ToUpper(m), sans, 11, 1.3, darkGray, y) + 1
	}
	if n := text(d.opt.Agency.Name); n != "" {
		y = center(strings.ToUpper(n), sansBold, 15, 1.3, darkRed, y)
	}
	d.pdf.SetDrawColor(darkRed.r, darkRed.g, darkRed.b)
	d.pdf.SetLineWidth(0.6)
	d.pdf.Line(pageW/2-25, y+4, pageW/2+25, y+4)

	y = 105
	y = center(title, serifBold, 30, 1.2, black, y) + 6
	if date != "" {
		y = center(longDate(date), serifItalic, 14, 1.3, darkGray, y) + 2
	}
	center(strconv.Itoa(reports)+" bài viết", sans, 10.5, 1.3, gray, y)
}

// longDate writes a date as a cover does: "Ngày 8 tháng 1 năm 2026".
func longDate(date model.Date) string {
	t, ok := date.Time()
	if !ok {
		return string(date)
	}
	return fmt.Sprintf("Ngày %d tháng %d năm %d", t.Day(), int(t.Month()), t.Year())
}

// toc is a bulletin's table of contents: one entry per report, its headline and
// the page it starts on.
type toc struct {
	d       *doc
	heading *paragraph
	entries []*paragraph
	first   int // the page of the table's first page
}

const (
	tocSize    = 11.5
	tocNumberW = 9.0  // mm, the entry's number
	tocPageW   = 14.0 // mm, the page number
	tocGap     = 2.2  // mm between entries
)

func (d *doc) newTOC(reports []encoded) *toc {
	t := &toc{d: d, first: d.pdf.PageCount() + 1}
	t.heading = d.layout([]span{{text: "MỤC LỤC", face: sansBold, size: 14, color: darkRed}}, columnW, 1.3, alignCenter)
	for _, enc := range reports {
		t.entries = append(t.entries, d.layout([]span{{text: text(enc.r.Headline), face: serif, size: tocSize, color: black}},
			columnW-tocNumberW-tocPageW, 1.3, alignLeft))
	}
	return t
}

// draw lays the table out from its first page and returns how many pages it takes.
// With pages nil it only measures; otherwise it draws each entry with pages[i],
// dot leaders and a link to the report.
func (t *toc) draw(pages []int) int {
	d := t.d
	page := t.first
	y := marginTop + headerH
	if pages != nil {
		d.goToPage(page)
	}
	if pages != nil {
		d.drawLines(t.heading, 0, len(t.heading.lines), marginLeft, y)
	}
	y += t.heading.height(0, len(t.heading.lines)) + 5
	n := 1
	for i, e := range t.entries {
		h := e.height(0, len(e.lines))
		if y+h > d.bottom {
			page++
			n++
			y = marginTop + headerH
			if pages != nil {
				d.goToPage(page)
			}
		}
		if pages != nil {
			t.entry(i, e, pages[i], y)
		}
		y += h + tocGap
	}
	if pages != nil {
		d.goToPage(d.pdf.PageCount())
	}
	return n
}

// entry draws entry i at y: number, headline, leaders, page number.
func (t *toc) entry(i int, e *paragraph, page int, y float64) {
	d := t.d
	num := d.oneLine([]span{{text: strconv.Itoa(i+1) + ".", face: serif, size: tocSize, color: black}})
	first := e.lineHeight(0)
	base := func(top float64, h float64) float64 { return top + h/2 + 0.3*ptToMM(tocSize) }
	d.drawLine(num, marginLeft, base(y, first), tocNumberW-1.5, alignRight)
	bottom := d.drawLines(e, 0, len(e.lines), marginLeft+tocNumberW, y)

	last := e.lines[len(e.lines)-1]
	lastTop := bottom - e.lineHeight(len(e.lines)-1)
	pn := d.oneLine([]span{{text: strconv.Itoa(page), face: serif, size: tocSize, color: black}})
	d.drawLine(pn, marginLeft+columnW-tocPageW, base(lastTop, e.lineHeight(len(e.lines)-1)), tocPageW, alignRight)

	// Dot leaders from the end of the headline to the page number.
	from := marginLeft + tocNumberW + last.w + 2
	to := marginLeft + columnW - pn.w - 2
	d.setFont(serif, tocSize)
	dot := d.width(serif, tocSize, ". ")
	if count := int((to - from) / dot); count > 0 {
		leaders := d.oneLine([]span{{text: strings.Repeat(". ", count), face: serif, size: tocSize, color: gray}})
		d.drawLine(leaders, to-leaders.w, base(lastTop, e.lineHeight(len(e.lines)-1)), leaders.w, alignLeft)
	}

	link := d.pdf.AddLink()
	d.pdf.SetLink(link, 0, page)
	d.pdf.Link(marginLeft, y, columnW, bottom-y, link)
}
