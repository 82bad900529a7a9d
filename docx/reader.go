package docx

import (
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"newsdesk/docx/wordml"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

// How long the lines Read takes for the parts of a report may be, in characters.
const (
	maxKicker   = 100
	maxHeadline = 250
	maxCaption  = 300
	maxByline   = 80
	// headlineWithin is how many paragraphs from the top the headline is looked for.
	headlineWithin = 4
)

// unit is a paragraph or a table of the body as Read lays it out.
type unit struct {
	para  *wordml.Paragraph
	table *wordml.Table
}

// reader makes one report.
type reader struct {
	doc    *wordml.Document
	units  []unit
	rep    *model.Report
	notes  []string
	photos []model.ImportPhoto
	byPic  map[string]string // picture entry → photo UUID, so a picture shown twice is imported once
	tables int
}

func read(r io.ReaderAt, size int64) (*Document, error) {
	doc, err := wordml.Open(r, size)
	if err != nil {
		return nil, err
	}
	rd := &reader{doc: doc, byPic: make(map[string]string), rep: model.NewReport("")}
	rd.units = flatten(doc.Body)
	if err := rd.build(); err != nil {
		return nil, err
	}
	if doc.Footnotes > 0 {
		rd.noteN(doc.Footnotes, "docx.note.footnotes", doc.Footnotes)
	}
	if doc.Comments > 0 {
		rd.noteN(doc.Comments, "docx.note.comments", doc.Comments)
	}
	rd.rep.Normalize()
	if err := rd.rep.CheckSize(); err != nil {
		return nil, err
	}
	return &Document{Report: rd.rep, Photos: rd.photos, Notes: rd.notes}, nil
}

// flatten lists the body's paragraphs and tables in reading order, leaving out
// empty paragraphs; a table that lays out pictures (a picture in a cell) gives its
// cells' content instead, cell by cell.
func flatten(blocks []wordml.Block) []unit {
	var out []unit
	for _, b := range blocks {
		switch {
		case b.Para != nil:
			if strings.TrimSpace(b.Para.Text) != "" || len(b.Para.Pictures) > 0 {
				out = append(out, unit{para: b.Para})
			}
		case b.Table != nil && holdsPictures(b.Table):
			out = append(out, layout(b.Table)...)
		case b.Table != nil && len(b.Table.Rows) > 0:
			out = append(out, unit{table: b.Table})
		}
	}
	return out
}

// layout reads a table that lays out pictures: cell by cell, row by row, except
// that a row of pictures over a row without any is read column by column, each
// picture with the cell under it, where offices put the caption.
func layout(t *wordml.Table) []unit {
	var out []unit
	rows := t.Rows
	for i := 0; i < len(rows); i++ {
		if i+1 < len(rows) && rowHoldsPictures(rows[i]) && !rowHoldsPictures(rows[i+1]) {
			for c := range max(len(rows[i].Content), len(rows[i+1].Content)) {
				if c < len(rows[i].Content) {
					out = append(out, flatten(rows[i].Content[c])...)
				}
				if c < len(rows[i+1].Content) {
					out = append(out, flatten(rows[i+1].Content[c])...)
				}
			}
			i++
			continue
		}
		for _, c := range rows[i].Content {
			out = append(out, flatten(c)...)
		}
	}
	return out
}

func rowHoldsPictures(r wordml.Row) bool {
	return holdsPictures(&wordml.Table{Rows: []wordml.Row{r}})
}

func holdsPictures(t *wordml.Table) bool {
	for _, r := range t.Rows {
		for _, c := range r.Content {
			for _, b := range c {
				if b.Para != nil && len(b.Para.Pictures) > 0 {
					return true
				}
				if b.Table != nil && holdsPictures(b.Table) {
					return true
				}
			}
		}
	}
	return false
}

// build places the units: head (kicker, headline, lead), byline, then the body.
func (rd *reader) build() error {
	units := rd.units
	above, start := rd.head(units)
	end := len(units)
	if end > start {
		if by, ok := bylineOf(units[end-1]); ok {
			rd.rep.Byline = by
			end--
		}
	}
	if err := rd.body(above); err != nil {
		return err
	}
	return rd.body(units[start:end])
}

// head finds the kicker, headline and lead at the top of the document. It
// returns the units above the headline that are not its kicker (they open the
// body, with a note) and the index of the first unit of the body after the head.
func (rd *reader) head(units []unit) ([]unit, int) {
	h := -1
	for i := 0; i < len(units) && i < headlineWithin; i++ {
		p := units[i].para
		if p == nil || len(p.Pictures) > 0 {
			break
		}
		if p.Has("title", "heading 1", "headline") && runes(p.Text) <= maxHeadline {
			h = i
			break
		}
	}
	if h < 0 {
		for i := 0; i < len(units) && i < headlineWithin-1; i++ {
			p := units[i].para
			if p == nil || len(p.Pictures) > 0 {
				break
			}
			if p.Bold && runes(p.Text) <= maxHeadline && !hasSourceTag(p.Text) && !isKicker(p) {
				h = i
				break
			}
		}
	}
	if h < 0 && len(units) > 1 && units[0].para != nil && units[1].para != nil &&
		len(units[0].para.Pictures) == 0 && runes(units[0].para.Text) <= maxHeadline && hasSourceTag(units[1].para.Text) {
		h = 0 // a plain first line above a source-tagged lead
	}
	if h < 0 {
		rd.note("docx.note.no_headline")
		return nil, rd.lead(units, 0)
	}
	rd.rep.Headline = units[h].para.Text
	var above []unit
	for i := 0; i < h; i++ {
		p := units[i].para
		if rd.rep.Section == "" && (isKicker(p) || (i == h-1 && runes(p.Text) <= maxKicker)) {
			rd.rep.Section = strings.TrimSpace(strings.TrimRight(vntext.OneLine(p.Text), ":"))
			continue
		}
		above = append(above, units[i])
	}
	if len(above) > 0 {
		rd.noteN(len(above), "docx.note.above_headline", len(above))
	}
	return above, rd.lead(units, h+1)
}

// lead takes units[i] as the lead when it opens with a source tag, has the lead
// style, or is bold through (the sapo), and returns the index of the unit after
// the head.
func (rd *reader) lead(units []unit, i int) int {
	if i >= len(units) || units[i].para == nil || len(units[i].para.Pictures) > 0 {
		return i
	}
	p := units[i].para
	text := strings.TrimSpace(p.Text)
	if tag, rest, ok := splitSourceTag(text); ok {
		rd.rep.SourceTag, rd.rep.Lead = tag, rest
		return i + 1
	}
	if p.Has("lead", "subtitle") || (p.Bold && runes(text) > maxHeadline/2) {
		rd.rep.Lead = text
		return i + 1
	}
	return i
}

// body places the units between the head and the byline.
func (rd *reader) body(units []unit) error {
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u.table != nil:
			rd.table(u.table, nil)
		case len(u.para.Pictures) > 0:
			i += rd.pictures(u.para, units[i+1:])
		case u.para.Has("award sentence") && i+1 < len(units) && units[i+1].table != nil:
			if rd.table(units[i+1].table, u.para) {
				i++
			} else {
				rd.paragraph(u.para.Text)
			}
		default:
			rd.paragraph(u.para.Text)
		}
		if len(rd.rep.Body) > model.MaxBlocks {
			return model.Errorf(model.EINVALID, "model.report.blocks", len(rd.rep.Body), model.MaxBlocks)
		}
	}
	return nil
}

// paragraph adds a paragraph block of text, its tabs and runs of spaces made
// single spaces on each line.
func (rd *reader) paragraph(text string) {
	if t := tidy(text); t != "" {
		rd.rep.Body = append(rd.rep.Body, model.Paragraph(t))
	}
}

// pictures adds the photo blocks of paragraph p, with their caption: the text of
// p itself when it is a caption or a frame's (picture and caption in one), else
// the paragraph under it when it reads as a caption. It returns how many of next
// it took.
func (rd *reader) pictures(p *wordml.Paragraph, next []unit) int {
	var from *wordml.Paragraph
	took := 0
	text := tidy(p.Text)
	switch {
	case text == "":
	case p.InTextBox || readsAsCaption(p):
		// a frame's caption, or one typed after the picture in its own
		// (centred, italic or caption-style) paragraph
		from = p
	default:
		rd.paragraph(text)
	}
	if from == nil && len(next) > 0 && next[0].para != nil && len(next[0].para.Pictures) == 0 && readsAsCaption(next[0].para) {
		from, took = next[0].para, 1
	}
	var blocks []*model.PhotoBlock
	for _, pic := range p.Pictures {
		if b := rd.picture(pic); b != nil {
			rd.rep.Body = append(rd.rep.Body, model.Block{Kind: model.BlockPhoto, Photo: b})
			blocks = append(blocks, b)
		}
	}
	if from != nil {
		if len(blocks) == 0 {
			rd.paragraph(from.Text) // the picture could not come in: its caption stays as text
			return took
		}
		last := blocks[len(blocks)-1]
		last.Caption, last.Credit = captionOf(from)
	}
	return took
}

// picture returns the photo block for pic, nil (with a note) when the picture
// cannot come in.
func (rd *reader) picture(pic wordml.Picture) *model.PhotoBlock {
	switch {
	case pic.External:
		rd.note("docx.note.linked_picture", pic.Name)
		return nil
	case pic.Target == "":
		rd.note("docx.note.missing_picture", pic.Name)
		return nil
	}
	ext := strings.ToLower(path.Ext(pic.Target))
	switch ext {
	case ".jpeg", ".jpg", ".jpe", ".png", ".webp", ".gif":
	default:
		rd.note("docx.note.picture_format", strings.TrimPrefix(ext, "."))
		return nil
	}
	if rd.doc.PictureSize(pic) > wordml.MaxImageSize {
		rd.note("docx.note.picture_size", path.Base(pic.Target), wordml.MaxImageSize>>20)
		return nil
	}
	id, ok := rd.byPic[pic.Target]
	if !ok {
		id = model.NewUUID()
		rd.byPic[pic.Target] = id
		doc, p := rd.doc, pic
		rd.photos = append(rd.photos, model.ImportPhoto{
			UUID:     id,
			Filename: path.Base(pic.Target),
			Source:   pic.Target,
			Open:     func() ([]byte, error) { return doc.ReadPicture(p) },
		})
	}
	return &model.PhotoBlock{UUID: id, Alt: pic.Alt}
}

// note adds a note in the interface language.
func (rd *reader) note(key string, args ...any) {
	rd.notes = append(rd.notes, msg.T(key, args...))
}

// noteN adds a note about n things (msg.N).
func (rd *reader) noteN(n int, key string, args ...any) {
	rd.notes = append(rd.notes, msg.N(n, key, args...))
}

// isKicker reports the kicker's own style, as Write names it.
func isKicker(p *wordml.Paragraph) bool { return p != nil && p.Has("kicker") }

// isCaption reports a caption style: Word's Caption, LibreOffice's Figure and
// Illustration.
func isCaption(p *wordml.Paragraph) bool {
	return p.Has("caption", "figure", "illustration", "drawing", "image caption", "photo caption")
}

// readsAsCaption reports a paragraph that, right under a picture, is its
// caption: a caption style, or a short italic or centred line.
func readsAsCaption(p *wordml.Paragraph) bool {
	if isCaption(p) {
		return true
	}
	n := runes(p.Text)
	return n <= maxCaption && !strings.Contains(strings.TrimSpace(p.Text), "\n") &&
		(p.Italic || p.Align == wordml.AlignCenter) && !p.Has("title", "heading 1", "heading 2")
}

// bylineOf reads the last unit as the byline: a short line, right-aligned, bold
// or in the byline style; authors are parted by dashes.
func bylineOf(u unit) ([]string, bool) {
	p := u.para
	if p == nil || len(p.Pictures) > 0 {
		return nil, false
	}
	text := vntext.OneLine(p.Text)
	if runes(text) > maxByline || text == "" || hasSourceTag(text) {
		return nil, false
	}
	if !(p.Has("byline") || p.Align == wordml.AlignRight || p.Bold) {
		return nil, false
	}
	text = strings.TrimSuffix(text, ".")
	// "Tin, ảnh: Ngọc Hân", "Bài và ảnh: …": what the authors did is not a name
	if before, after, ok := strings.Cut(text, ":"); ok && strings.TrimSpace(after) != "" && isByWhat(before) {
		text = strings.TrimSpace(after)
	}
	var out []string
	for _, part := range splitAny(text, " - ", " – ", " — ") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out, len(out) > 0
}

// isByWhat reports what bylines put before the names: "Tin, ảnh", "Bài và
// ảnh", "Video".
func isByWhat(s string) bool {
	words := strings.FieldsFunc(vntext.Fold(s), func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '&' })
	for _, w := range words {
		switch w {
		case "tin", "anh", "bai", "va", "video", "clip", "do", "hoa":
		default:
			return false
		}
	}
	return len(words) > 0
}

func runes(s string) int { return utf8.RuneCountInString(strings.TrimSpace(s)) }
