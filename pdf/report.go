package pdf

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"newsdesk/model"
	"newsdesk/vntext"
)

// Type sizes, in points, and spacing, in mm.
const (
	sectionSize  = 10.5
	headlineSize = 19
	leadSize     = 12.5
	bodySize     = 12
	captionSize  = 10.5
	bylineSize   = 12

	bodyLeading  = 1.42
	paragraphGap = 2.6
	photoGap     = 4.0 // above and below a photo with its caption
	captionGap   = 1.8 // between a photo and its caption
)

// encoded is a report given to an encoder, with its photos ready to place.
type encoded struct {
	r      *model.Report
	photos []placedPhoto
}

// encodeReport prepares r's photos, the slow part of printing it, with the widths
// of the document's images so far.
func encodeReport(ctx context.Context, opt *Options, r *model.Report, widths imageWidths) (encoded, error) {
	if r == nil {
		return encoded{}, model.Errorf(model.EINTERNAL, "pdf.empty")
	}
	if ctx.Err() != nil {
		return encoded{}, canceled(ctx)
	}
	photos, err := preparePhotos(ctx, opt, r.Photos(), widths)
	if err != nil {
		return encoded{}, err
	}
	return encoded{r: r.Clone(), photos: photos}, nil
}

// ReportEncoder writes reports as one PDF, each starting on a new page under the
// agency's masthead: what `newsdesk pdf` and the editor's export print.
type ReportEncoder struct {
	Options

	w       io.Writer
	reports []encoded
	widths  imageWidths
	missing []rune
}

// NewReportEncoder returns an encoder that writes to w when closed.
func NewReportEncoder(w io.Writer) *ReportEncoder {
	return &ReportEncoder{w: w, widths: imageWidths{}}
}

// Encode adds r to the document. Its photos are fetched and made ready now, several
// at once, reporting to Progress; ctx cancels that work. The report is copied, so
// the caller may change it afterwards.
func (e *ReportEncoder) Encode(ctx context.Context, r *model.Report) error {
	enc, err := encodeReport(ctx, &e.Options, r, e.widths)
	if err != nil {
		return err
	}
	e.reports = append(e.reports, enc)
	return nil
}

// Close lays the reports out and writes the PDF. It fails when no report was given.
func (e *ReportEncoder) Close() error {
	if len(e.reports) == 0 {
		return model.Errorf(model.EINVALID, "pdf.empty")
	}
	d, err := newDoc(&e.Options)
	if err != nil {
		return err
	}
	d.setInfo(e.reports, "")
	for i, enc := range e.reports {
		d.header = [2]string{e.Agency.Name, enc.r.Headline}
		d.addPage(plainPage)
		d.masthead()
		d.report(enc, i)
	}
	e.missing = d.res.sortedMissing()
	return d.finish(e.w)
}

// Missing returns, after Close, the characters of the reports that no embedded font
// has and that were printed as question marks, in code point order: tell people, so
// that they can fix the text.
func (e *ReportEncoder) Missing() []rune { return e.missing }

func (rs *resolver) sortedMissing() []rune {
	var out []rune
	for r := range rs.missing {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// setInfo fills the document's properties from the reports: dates (the earliest
// creation, the latest change), title, authors.
func (d *doc) setInfo(reports []encoded, title string) {
	var created, modified time.Time
	var authors []string
	seen := map[string]bool{}
	for _, enc := range reports {
		r := enc.r
		if !r.CreatedAt.IsZero() && (created.IsZero() || r.CreatedAt.Before(created)) {
			created = r.CreatedAt
		}
		if r.UpdatedAt.After(modified) {
			modified = r.UpdatedAt
		}
		for _, a := range r.Byline {
			if !seen[a] {
				seen[a] = true
				authors = append(authors, a)
			}
		}
	}
	d.setDates(created, modified)
	if title == "" {
		title = reports[0].r.Headline
	}
	d.pdf.SetTitle(text(title), true)
	if len(authors) > 0 {
		d.pdf.SetAuthor(text(strings.Join(authors, ", ")), true)
	}
	if d.opt.Agency.Name != "" {
		d.pdf.SetSubject(text(d.opt.Agency.Name), true)
	}
}

// masthead draws the agency's name and a double rule at the top of a report's first
// page.
func (d *doc) masthead() {
	y := marginTop
	if name := text(d.opt.Agency.Name); name != "" {
		p := d.layout([]span{{text: strings.ToUpper(name), face: sansBold, size: 12, color: darkRed}}, columnW, 1.25, alignLeft)
		y = d.drawLines(p, 0, len(p.lines), marginLeft, y)
		y += 1.2
	}
	d.rule(y, 0.7, darkRed)
	d.rule(y+1.1, 0.2, darkRed)
	d.y = y + 7
}

// report draws one report from the cursor on: section, headline, lead, body and
// byline. n numbers the report in the document, to name its images.
func (d *doc) report(enc encoded, n int) {
	r := enc.r
	if s := text(r.Section); s != "" {
		p := d.layout([]span{{text: s, face: sansBold, size: sectionSize, color: darkRed}}, columnW, 1.3, alignLeft)
		d.flow(p, marginLeft)
		d.y += 1.2
	}
	hl := d.noLoneWord([]span{{text: text(r.Headline), face: serifBold, size: headlineSize, color: black}}, columnW, 1.22, alignLeft)
	d.flow(hl, marginLeft)
	d.y += 4.5

	if lead := strings.TrimSpace(vntext.Clean(r.Lead)); lead != "" || r.SourceTag != "" {
		var spans []span
		if tag := text(r.SourceTag); tag != "" {
			spans = append(spans, span{text: tag + " ", face: serifBold, size: leadSize, color: black})
		}
		spans = append(spans, span{text: lead, face: serif, size: leadSize, color: black})
		d.flow(d.layout(spans, columnW, bodyLeading, alignJustify), marginLeft)
		d.y += paragraphGap + 1
	}

	photo := 0
	for _, b := range r.Body {
		switch {
		case b.Kind == model.BlockParagraph:
			t := strings.TrimSpace(vntext.Clean(b.Text))
			if t == "" {
				continue
			}
			p := d.layout([]span{{text: t, face: serif, size: bodySize, color: black}}, columnW, bodyLeading, alignJustify)
			d.flow(p, marginLeft)
			d.y += paragraphGap
		case b.Kind == model.BlockPhoto && b.Photo != nil:
			if photo < len(enc.photos) {
				d.photo(b.Photo, enc.photos[photo], fmt.Sprintf("r%dp%d", n, photo))
			}
			photo++
		case b.Kind == model.BlockAwards && b.Awards != nil:
			d.awards(b.Awards)
		}
	}

	// Photos still waiting go on a page of their own before the byline, which ends
	// the report.
	if len(d.floats) > 0 {
		d.newPage()
	}
	if len(r.Byline) > 0 {
		p := d.layout([]span{{text: text(strings.Join(r.Byline, " - ")), face: serifBold, size: bylineSize, color: black}},
			columnW, 1.3, alignRight)
		d.y += 1.5
		d.flow(p, marginLeft)
	}
}

// Photos meet the foot of a page the way a newspaper handles them: a photo that
// does not fit the rest of the page is first made a little smaller, down to
// minPhotoScale of the column's width; when even that does not fit, it waits for
// the top of the next page while the text that follows it fills this one. A photo
// never waits longer than that: the text that flows past it is what fills the page
// it was meant for, and photos keep their order.
const minPhotoScale = 0.75

// figure is a photo with its caption laid out, ready to draw.
type figure struct {
	p       placedPhoto
	name    string // of the image in the document
	caption *paragraph
	capH    float64 // mm
}

// height returns the height in mm of f with its photo scaled by s.
func (f *figure) height(s float64) float64 {
	h := f.p.hm * s
	if f.capH > 0 {
		h += captionGap + f.capH
	}
	return h
}

// minScale returns the smallest scale f's photo may be shrunk to at the foot of a
// page: one that keeps it minPhotoScale of the column wide, never enlarged.
func (f *figure) minScale() float64 {
	return min(1, minPhotoScale*columnW/f.p.wm)
}

// newFigure lays out the caption of b's photo p, with its credit.
func (d *doc) newFigure(b *model.PhotoBlock, p placedPhoto, name string) figure {
	var spans []span
	if c := text(b.Caption); c != "" {
		spans = append(spans, span{text: c, face: serifItalic, size: captionSize, color: black})
	}
	if c := text(b.CreditLine()); c != "" {
		if len(spans) > 0 {
			spans = append(spans, span{text: " ", face: serif, size: captionSize, color: darkGray})
		}
		spans = append(spans, span{text: "(" + c + ")", face: serif, size: captionSize, color: darkGray})
	}
	caption := d.layout(spans, columnW, 1.3, alignCenter)
	return figure{p: p, name: name, caption: caption, capH: caption.height(0, len(caption.lines))}
}

// photoGapAbove is the space drawn above a photo that does not open the page's
// column: the block above it left paragraphGap already.
const photoGapAbove = photoGap - paragraphGap

// photo places a photo with its caption in italics under it; the two never part.
// At its placed size when it fits below the cursor, else a little smaller when that
// fits, else at the top of the next page (see minPhotoScale).
func (d *doc) photo(b *model.PhotoBlock, p placedPhoto, name string) {
	f := d.newFigure(b, p, name)
	if len(d.floats) > 0 {
		// Photos wait already: this one joins them when they all fit at the top of
		// the next page; otherwise the text stops flowing past them here.
		if d.floatsHeight(f) <= d.bottom-(marginTop+headerH)+1e-6 {
			d.floats = append(d.floats, f)
			return
		}
		d.newPage()
	}
	gap := 0.0
	if !d.fresh() {
		gap = photoGapAbove
	}
	room := d.bottom - d.y - gap
	scale := 1.0
	if f.height(1) > room+1e-6 && !d.fresh() {
		scale = (room - f.height(0)) / f.p.hm
		if scale < f.minScale() {
			d.floats = append(d.floats, f)
			return
		}
	}
	d.y += gap
	d.drawFigure(f, scale)
}

// floatsHeight returns the height of the waiting photos and then f, drawn from the
// top of a page.
func (d *doc) floatsHeight(f figure) float64 {
	h := f.height(1)
	for _, w := range d.floats {
		h += w.height(1) + photoGap + photoGapAbove
	}
	return h
}

// placeFloats draws the photos that waited for this page at the top of its column.
func (d *doc) placeFloats() {
	for i, f := range d.floats {
		if i > 0 {
			d.y += photoGapAbove
		}
		d.drawFigure(f, 1)
	}
	if len(d.floats) > 0 {
		d.floats = d.floats[:0]
		d.floated = true
	}
}

// drawFigure draws f at the cursor with its photo scaled by s, centred, the caption
// under it, and leaves photoGap below.
func (d *doc) drawFigure(f figure, s float64) {
	w, h := f.p.wm*s, f.p.hm*s
	opts := gofpdf.ImageOptions{ImageType: "JPG"}
	d.pdf.RegisterImageOptionsReader(f.name, opts, bytes.NewReader(f.p.jpeg))
	d.pdf.ImageOptions(f.name, marginLeft+(columnW-w)/2, d.y, w, h, false, opts, 0, "")
	d.y += h
	if f.capH > 0 {
		d.y += captionGap
		d.y = d.drawLines(f.caption, 0, len(f.caption.lines), marginLeft, d.y)
	}
	d.y += photoGap
}
