package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"newsdesk/model"
	"newsdesk/vntext"
)

// The page: A4 portrait, with margins every office printer prints inside (most
// cannot print the outer 5 mm).
const (
	pageW        = 210.0
	pageH        = 297.0
	marginLeft   = 22.0
	marginRight  = 18.0
	marginTop    = 14.0
	marginBottom = 12.0
	columnW      = pageW - marginLeft - marginRight // 170 mm

	headerH    = 9.0 // running header and the gap under it
	footerSize = 7.5 // points
	footerGap  = 5.0 // between the text and the footer's rule
)

// pageInfo is what a page gets when the document is finished.
type pageInfo struct {
	kind   pageKind
	header [2]string
}

// pageKind says which furniture a page gets when the document is finished.
type pageKind uint8

const (
	plainPage   pageKind = iota // footer only: a report's first page, a cover
	runningPage                 // running header and footer
)

// doc is one PDF being laid out: the gofpdf document, the cursor in the column, and
// what every page gets when the document is finished.
type doc struct {
	pdf *gofpdf.Fpdf
	opt *Options
	res resolver

	registered [numFaces]bool
	curFace    face
	curSize    float64
	curColor   rgb

	pages     []pageInfo // by page, from 0
	header    [2]string  // running header of pages added from now on, left and right
	footer    *paragraph
	y         float64  // top of the free space in the column
	top       float64  // the current page's column top
	flowTop   float64  // below what every page of the current flow repeats (a table's header)
	floats    []figure // photos waiting for the top of the next page, in order
	floated   bool     // photos that waited were placed at the top of this page
	bottom    float64  // the column's bottom on every page
	onNewPage func()   // called after a page break the flow made, e.g. to repeat a table's header
}

func newDoc(opt *Options) (*doc, error) {
	if _, err := fontFiles(); err != nil {
		return nil, err
	}
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetMargins(marginLeft, marginTop, marginRight)
	p.SetAutoPageBreak(false, 0)
	p.SetCellMargin(0)
	p.SetCatalogSort(true)
	p.SetCompression(true)
	p.SetCreator("Newsdesk", true)
	p.SetProducer("Newsdesk (gofpdf)", true)
	// Text is drawn with its colour spelled out only while the fill colour differs
	// from it; fills stay white between uses, so every text colour is explicit.
	p.SetFillColor(255, 255, 255)
	d := &doc{pdf: p, opt: opt, curFace: numFaces}
	d.layoutFooter()
	return d, nil
}

// setDates stamps the document with its dates, taken from its content rather than
// the clock so that the same reports give the same bytes.
func (d *doc) setDates(created, modified time.Time) {
	if created.IsZero() {
		created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if modified.IsZero() || modified.Before(created) {
		modified = created
	}
	d.pdf.SetCreationDate(created.UTC())
	d.pdf.SetModificationDate(modified.UTC())
}

// setFont selects face at size points, registering the face with gofpdf on first
// use: a document embeds only the fonts it draws with.
func (d *doc) setFont(f face, size float64) {
	if !d.registered[f] {
		files, _ := fontFiles()
		d.pdf.AddUTF8FontFromBytes(faceFamily[f], faceStyle[f], files[f].data)
		d.registered[f] = true
	}
	if f != d.curFace || size != d.curSize {
		d.pdf.SetFont(faceFamily[f], faceStyle[f], size)
		d.curFace, d.curSize = f, size
	}
}

func (d *doc) setTextColor(c rgb) {
	if c != d.curColor {
		d.pdf.SetTextColor(c.r, c.g, c.b)
		d.curColor = c
	}
}

// width returns the width of s in face at size points, in mm.
func (d *doc) width(f face, size float64, s string) float64 {
	d.setFont(f, size)
	return d.pdf.GetStringWidth(s)
}

// text cleans s for drawing: NFC, no control characters, one line.
func text(s string) string { return vntext.OneLine(s) }

// addPage starts a page of the given kind and puts the cursor at its column's top.
func (d *doc) addPage(kind pageKind) {
	d.pdf.AddPage()
	// gofpdf forgets the font and colour state at a new page.
	d.curFace, d.curSize, d.curColor = numFaces, 0, black
	d.pdf.SetTextColor(0, 0, 0)
	d.pages = append(d.pages, pageInfo{kind, d.header})
	d.top = marginTop
	if kind == runningPage {
		d.top += headerH
	}
	d.y = d.top
	d.flowTop = d.y
	d.floated = false
}

// newPage continues the flow on a new page with the running header, under the
// photos that were waiting for it.
func (d *doc) newPage() {
	d.addPage(runningPage)
	d.placeFloats()
	if d.onNewPage != nil {
		d.onNewPage()
		d.flowTop = d.y
	}
}

// fits reports whether h mm fit below the cursor on this page.
func (d *doc) fits(h float64) bool { return d.y+h <= d.bottom+1e-6 }

// fresh reports whether nothing has been drawn in the column of this page yet but
// what the flow repeats on every page: moving to a new page would gain nothing.
func (d *doc) fresh() bool { return !d.floated && d.y <= d.flowTop+1e-6 }

// need breaks the page unless h mm fit below the cursor (or the page is fresh).
func (d *doc) need(h float64) {
	if !d.fits(h) && !d.fresh() {
		d.newPage()
	}
}

// flow draws p in the column, breaking pages between lines. A paragraph of two or
// more lines never leaves one line alone at the foot or head of a page.
func (d *doc) flow(p *paragraph, x float64) {
	n := len(p.lines)
	i := 0
	for i < n {
		// How many lines fit on this page?
		k := 0
		for h := 0.0; i+k < n; k++ {
			h += p.lineHeight(i + k)
			if d.y+h > d.bottom+1e-6 {
				break
			}
		}
		if k < n-i { // the rest does not fit
			switch {
			case k == 0 && d.fresh():
				k = 1 // a line taller than a page: draw it anyway
			case k == 1 && n-i > 1 && !d.fresh():
				k = 0 // no lone first line at the foot
			case k > 1 && n-i-k == 1:
				k-- // no lone last line at the head of the next page
			}
		}
		if k == 0 {
			d.newPage()
			continue
		}
		d.y = d.drawLines(p, i, i+k, x, d.y)
		i += k
		if i < n {
			d.newPage()
		}
	}
}

// layoutFooter measures the footer the agency's details make, which fixes the
// column's bottom on every page.
func (d *doc) layoutFooter() {
	a := d.opt.Agency
	var lines []string
	join := func(parts ...string) {
		var out []string
		for i := 0; i+1 < len(parts); i += 2 {
			if v := text(parts[i+1]); v != "" {
				out = append(out, parts[i]+v)
			}
		}
		if len(out) > 0 {
			lines = append(lines, strings.Join(out, "  ·  "))
		}
	}
	join("Cơ quan chủ quản: ", a.Managing, "Tổng biên tập: ", a.EditorInChief)
	join("Địa chỉ: ", a.Address)
	join("Điện thoại: ", a.Phones, "Email: ", a.Email)
	var spans []span
	for i, l := range lines {
		if i > 0 {
			l = "\n" + l
		}
		spans = append(spans, span{text: l, face: sans, size: footerSize, color: darkGray})
	}
	d.footer = d.layout(spans, columnW-28, 1.3, alignLeft)
	h := d.footer.height(0, len(d.footer.lines))
	h = max(h, ptToMM(footerSize)*1.3) // the page number's line at least
	d.bottom = pageH - marginBottom - h - footerGap
}

// finish draws every page's furniture, now that the number of pages is known, and
// writes the document to w.
func (d *doc) finish(w io.Writer) error {
	n := d.pdf.PageCount()
	for i := 1; i <= n; i++ {
		d.goToPage(i)
		if d.pages[i-1].kind == runningPage {
			d.drawHeader(d.pages[i-1].header)
		}
		d.drawFooter(i, n)
	}
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("lay out pdf: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return model.Errorf(model.EINTERNAL, "pdf.write")
	}
	return nil
}

// goToPage makes page n (from 1) the one drawn on, after later pages were added:
// gofpdf appends to that page's content, whose font and colours were left as the
// page's last drawing left them, so they are set again before use.
func (d *doc) goToPage(n int) {
	d.pdf.SetPage(n)
	d.curFace, d.curSize, d.curColor = numFaces, 0, rgb{-1, -1, -1}
	d.pdf.SetFillColor(255, 255, 255)
}

func (d *doc) drawHeader(header [2]string) {
	const size = 8
	y := marginTop + 3
	right := d.oneLine([]span{{text: d.truncate(sans, size, text(header[1]), columnW*0.55), face: sans, size: size, color: gray}})
	left := d.truncate(sans, size, text(header[0]), columnW-right.w-8)
	d.drawLine(d.oneLine([]span{{text: left, face: sans, size: size, color: gray}}), marginLeft, y, columnW, alignLeft)
	d.drawLine(right, marginLeft, y, columnW, alignRight)
	d.pdf.SetDrawColor(gray.r, gray.g, gray.b)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginLeft, y+2, marginLeft+columnW, y+2)
}

func (d *doc) drawFooter(page, pages int) {
	top := d.bottom + footerGap
	d.pdf.SetDrawColor(darkRed.r, darkRed.g, darkRed.b)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Line(marginLeft, top-2, marginLeft+columnW, top-2)
	d.drawLines(d.footer, 0, len(d.footer.lines), marginLeft, top)
	num := d.oneLine([]span{{text: fmt.Sprintf("Trang %d/%d", page, pages), face: sansBold, size: footerSize + 0.5, color: darkGray}})
	lh := ptToMM(footerSize) * 1.3
	d.drawLine(num, marginLeft, top+lh/2+0.3*ptToMM(footerSize+0.5), columnW, alignRight)
}

// truncate shortens s with an ellipsis to fit in width mm.
func (d *doc) truncate(f face, size float64, s string, width float64) string {
	if s == "" || d.width(f, size, s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && d.width(f, size, string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// rule draws a horizontal line across the column at y.
func (d *doc) rule(y, width float64, c rgb) {
	d.pdf.SetDrawColor(c.r, c.g, c.b)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(marginLeft, y, marginLeft+columnW, y)
}
