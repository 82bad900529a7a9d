package wordml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"

	"newsdesk/model"
	"newsdesk/vntext"
)

// parser walks the main part's XML, one token at a time, keeping its own count of
// nesting: encoding/xml keeps a stack of open elements, which a hostile file could
// make as deep as it is long.
type parser struct {
	d     *Document
	dec   *xml.Decoder
	depth int
	err   error
}

var errDone = errors.New("end of part")

// next returns the next element or text token, counting nesting.
func (p *parser) next() (xml.Token, error) {
	for {
		tok, err := p.dec.Token()
		if err != nil {
			if err == io.EOF {
				return nil, errDone
			}
			return nil, model.Errorf(model.EINVALID, "wordml.xml")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			p.depth++
			if p.depth > MaxDepth {
				return nil, model.Errorf(model.EINVALID, "wordml.depth", MaxDepth)
			}
			return t, nil
		case xml.EndElement:
			p.depth--
			return t, nil
		case xml.CharData:
			return t, nil
		}
	}
}

// skip consumes the rest of the element just started.
func (p *parser) skip() error {
	for level := 1; level > 0; {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			level++
		case xml.EndElement:
			level--
		}
	}
	return nil
}

// parseBody reads the main part's w:body into d.Body.
func (d *Document) parseBody(data []byte) error {
	p := &parser{d: d, dec: xml.NewDecoder(bytes.NewReader(data))}
	p.dec.Strict = false
	for {
		tok, err := p.next()
		if err == errDone {
			return model.Errorf(model.EINVALID, "wordml.no_document")
		} else if err != nil {
			return err
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "body" {
			blocks, err := p.blocks(false)
			d.Body = blocks
			return err
		}
	}
}

// blocks reads block-level content (paragraphs, tables, content controls) up to
// the end of the element just started.
func (p *parser) blocks(inTextBox bool) ([]Block, error) {
	var out []Block
	for {
		tok, err := p.next()
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return out, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				para, extra, err := p.paragraph(inTextBox)
				if err != nil {
					return out, err
				}
				out = append(out, Block{Para: para})
				out = append(out, extra...)
			case "tbl":
				tbl, err := p.table(inTextBox)
				if err != nil {
					return out, err
				}
				out = append(out, Block{Table: tbl})
			case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag":
				inner, err := p.blocks(inTextBox)
				out = append(out, inner...)
				if err != nil {
					return out, err
				}
			case "AlternateContent":
				inner, err := p.alternate(func() error {
					b, err := p.blocks(inTextBox)
					out = append(out, b...)
					return err
				})
				if err != nil {
					return out, err
				}
				_ = inner
			default: // sectPr, del, moveFrom, bookmarks, and what Newsdesk has no use for
				if err := p.skip(); err != nil {
					return out, err
				}
			}
		}
	}
}

// alternate reads an mc:AlternateContent: the first mc:Choice with inner, the
// fallbacks skipped, since they repeat the choice for older readers.
func (p *parser) alternate(inner func() error) (bool, error) {
	chose := false
	for {
		tok, err := p.next()
		if err != nil {
			return chose, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return chose, nil
		case xml.StartElement:
			if t.Name.Local == "Choice" && !chose {
				chose = true
				if err := inner(); err != nil {
					return chose, err
				}
				continue
			}
			if t.Name.Local == "Fallback" && !chose {
				chose = true
				if err := inner(); err != nil {
					return chose, err
				}
				continue
			}
			if err := p.skip(); err != nil {
				return chose, err
			}
		}
	}
}

// paraState gathers one paragraph as its runs are read.
type paraState struct {
	para            Paragraph
	text            strings.Builder
	spans           []Span
	styleBold       bool
	styleItalic     bool
	letters         int
	boldLetters     int
	italicLetters   int
	fields          []bool // open fields, true once past their instructions
	extra           []Block
	runBold, runItl bool
	runStyle        string
	hidden          bool
}

func (s *paraState) inInstructions() bool {
	return len(s.fields) > 0 && !s.fields[len(s.fields)-1]
}

func (s *paraState) add(text string) {
	if s.hidden || s.inInstructions() {
		return
	}
	s.text.WriteString(text)
	if n := len(s.spans); n > 0 && s.spans[n-1].Bold == s.runBold && s.spans[n-1].Italic == s.runItl && s.spans[n-1].Style == s.runStyle {
		s.spans[n-1].Text += text
	} else if text != "" {
		s.spans = append(s.spans, Span{Text: text, Bold: s.runBold, Italic: s.runItl, Style: s.runStyle})
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			s.letters++
			if s.runBold {
				s.boldLetters++
			}
			if s.runItl {
				s.italicLetters++
			}
		}
	}
}

// paragraph reads a w:p; extra holds the content of text boxes it anchors.
func (p *parser) paragraph(inTextBox bool) (*Paragraph, []Block, error) {
	p.d.paras++
	if p.d.paras > MaxParagraphs {
		return nil, nil, model.Errorf(model.EINVALID, "wordml.paragraphs", MaxParagraphs)
	}
	s := &paraState{para: Paragraph{InTextBox: inTextBox}}
	p.d.applyStyle(s, p.d.defaultParaStyle()) // until a w:pPr names another
	err := p.inline(s)
	para := &s.para
	para.Text = vntext.Clean(s.text.String())
	para.Spans = s.spans
	for i := range para.Spans {
		para.Spans[i].Text = vntext.Clean(para.Spans[i].Text)
	}
	if s.letters > 0 {
		para.Bold = s.boldLetters*2 > s.letters
		para.Italic = s.italicLetters*2 > s.letters
	} else {
		para.Bold, para.Italic = s.styleBold, s.styleItalic
	}
	return para, s.extra, err
}

// inline reads paragraph content up to the end of the element just started:
// runs and what wraps them (hyperlinks, fields, smart tags, insertions, content
// controls); deletions are dropped.
func (p *parser) inline(s *paraState) error {
	for {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "pPr":
				if err := p.paraProps(s); err != nil {
					return err
				}
			case "r":
				if err := p.run(s); err != nil {
					return err
				}
			case "hyperlink", "smartTag", "fldSimple", "customXml", "sdt", "sdtContent",
				"ins", "moveTo", "dir", "bdo", "oMath", "oMathPara", "e", "num", "den":
				if err := p.inline(s); err != nil {
					return err
				}
			case "AlternateContent":
				if _, err := p.alternate(func() error { return p.inline(s) }); err != nil {
					return err
				}
			case "commentRangeStart":
				p.d.Comments++
				if err := p.skip(); err != nil {
					return err
				}
			default: // del, moveFrom, bookmarks, comment ends, proofing marks
				if err := p.skip(); err != nil {
					return err
				}
			}
		}
	}
}

// paraProps reads w:pPr: style, alignment, numbering.
func (p *parser) paraProps(s *paraState) error {
	styleID := ""
	for level := 1; level > 0; {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			level--
		case xml.StartElement:
			level++
			switch t.Name.Local {
			case "pStyle":
				styleID = attr(t, "val")
			case "jc":
				if level == 2 {
					s.para.Align = alignOf(attr(t, "val"))
				}
			case "numPr":
				s.para.Numbered = true
			case "rPr", "sectPr", "pPrChange":
				// the paragraph mark's own look, a section's, a tracked change's: not the text's
				if err := p.skip(); err != nil {
					return err
				}
				level--
			}
		}
	}
	if styleID == "" {
		styleID = p.d.defaultParaStyle()
	}
	own := s.para.Align
	p.d.applyStyle(s, styleID)
	if own != "" {
		s.para.Align = own
	}
	return nil
}

// applyStyle gives the paragraph being read what style id says.
func (d *Document) applyStyle(s *paraState, id string) {
	s.para.StyleChain = d.chain(id)
	s.para.Style = ""
	if len(s.para.StyleChain) > 0 {
		s.para.Style = s.para.StyleChain[0]
	}
	align, bold, italic := d.inherited(id)
	s.para.Align = align
	s.styleBold, s.styleItalic = bold, italic
}

// defaultParaStyle is the id of the style paragraphs without one take: "Normal"
// where styles.xml says nothing.
func (d *Document) defaultParaStyle() string {
	if _, ok := d.styles["Normal"]; ok {
		return "Normal"
	}
	return ""
}

// run reads a w:r.
func (p *parser) run(s *paraState) error {
	s.runBold, s.runItl, s.runStyle, s.hidden = s.styleBold, s.styleItalic, "", false
	for {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "rPr":
				if err := p.runProps(s); err != nil {
					return err
				}
			case "t":
				text, err := p.text()
				if err != nil {
					return err
				}
				if p.d.text += len(text); p.d.text > MaxText {
					return model.Errorf(model.EINVALID, "wordml.text", MaxText>>20)
				}
				s.add(text)
			case "tab", "ptab":
				s.add("\t")
				if err := p.skip(); err != nil {
					return err
				}
			case "br", "cr":
				switch attr(t, "type") {
				case "page", "column":
					s.add(" ")
				default:
					s.add("\n")
				}
				if err := p.skip(); err != nil {
					return err
				}
			case "noBreakHyphen":
				s.add("-")
				if err := p.skip(); err != nil {
					return err
				}
			case "sym":
				s.add(symbol(attr(t, "char")))
				if err := p.skip(); err != nil {
					return err
				}
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					s.fields = append(s.fields, false)
				case "separate":
					if n := len(s.fields); n > 0 {
						s.fields[n-1] = true
					}
				case "end":
					if n := len(s.fields); n > 0 {
						s.fields = s.fields[:n-1]
					}
				}
				if err := p.skip(); err != nil {
					return err
				}
			case "drawing", "pict":
				if err := p.graphic(s); err != nil {
					return err
				}
			case "AlternateContent":
				if _, err := p.alternate(func() error { return p.graphic(s) }); err != nil {
					return err
				}
			case "footnoteReference", "endnoteReference":
				p.d.Footnotes++
				if err := p.skip(); err != nil {
					return err
				}
			default: // softHyphen, delText, instrText, object…
				if err := p.skip(); err != nil {
					return err
				}
			}
		}
	}
}

// runProps reads w:rPr: bold, italic, hidden, the character style.
func (p *parser) runProps(s *paraState) error {
	for level := 1; level > 0; {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			level--
		case xml.StartElement:
			level++
			if level != 2 {
				continue
			}
			switch t.Name.Local {
			case "rStyle":
				if c := p.d.chain(attr(t, "val")); len(c) > 0 {
					s.runStyle = c[0]
				}
				_, b, i := p.d.inherited(attr(t, "val"))
				if s2, ok := p.d.styles[attr(t, "val")]; ok {
					if s2.bold != nil {
						s.runBold = b
					}
					if s2.italic != nil {
						s.runItl = i
					}
				}
			case "b":
				s.runBold = onOff(t)
			case "i":
				s.runItl = onOff(t)
			case "vanish", "specVanish", "webHidden":
				s.hidden = onOff(t)
			case "rPrChange":
				if err := p.skip(); err != nil {
					return err
				}
				level--
			}
		}
	}
	return nil
}

// text returns the character data of the element just started (a w:t).
func (p *parser) text() (string, error) {
	var b strings.Builder
	for {
		tok, err := p.next()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := p.skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// symbol reads a w:sym character: a hexadecimal code, which symbol fonts put in
// the private use area (F020–F0FF) where no Vietnamese font has a glyph; those
// are left out.
func symbol(hex string) string {
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || n < 0x20 || (n >= 0xE000 && n <= 0xF8FF) || n > unicode.MaxRune {
		return ""
	}
	return string(rune(n))
}

// graphic reads a w:drawing or w:pict: the pictures it shows, its alternative
// text, and the text boxes it holds (whose paragraphs go after the anchor's).
func (p *parser) graphic(s *paraState) error {
	alt, name := "", ""
	for level := 1; level > 0; {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			level--
		case xml.StartElement:
			level++
			switch t.Name.Local {
			case "docPr", "cNvPr":
				if alt == "" {
					alt = attr(t, "descr")
				}
				if name == "" {
					name = attr(t, "name")
				}
			case "shape":
				if alt == "" {
					alt = attr(t, "alt")
				}
			case "blip":
				if id := attrIn(t, relNS, "embed"); id != "" {
					s.para.Pictures = append(s.para.Pictures, p.picture(id, alt, name))
				} else if id := attrIn(t, relNS, "link"); id != "" {
					pic := p.picture(id, alt, name)
					pic.External = true
					s.para.Pictures = append(s.para.Pictures, pic)
				}
			case "imagedata":
				if id := attrIn(t, relNS, "id"); id != "" {
					if alt == "" {
						alt = attr(t, "title")
					}
					s.para.Pictures = append(s.para.Pictures, p.picture(id, alt, name))
				}
			case "txbxContent":
				inner, err := p.blocks(true)
				s.extra = append(s.extra, inner...)
				if err != nil {
					return err
				}
				level--
			case "AlternateContent":
				if _, err := p.alternate(func() error {
					// the choice's content, read as part of this graphic
					return p.graphicInner(s, &alt, &name)
				}); err != nil {
					return err
				}
				level--
			}
		}
	}
	return nil
}

// graphicInner reads the content of an element inside a graphic (an
// mc:Choice) the way graphic reads the graphic's.
func (p *parser) graphicInner(s *paraState, alt, name *string) error {
	n := len(s.para.Pictures)
	if err := p.graphic(s); err != nil {
		return err
	}
	for i := n; i < len(s.para.Pictures); i++ {
		if s.para.Pictures[i].Alt == "" {
			s.para.Pictures[i].Alt = *alt
		}
	}
	return nil
}

// relNS is the namespace of relationship ids (r:embed, r:id) in transitional
// documents; strict ones use relStrictNS.
const (
	relNS       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relStrictNS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

// attrIn returns the value of t's attribute local in the relationships
// namespace (transitional or strict).
func attrIn(t xml.StartElement, ns, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && (a.Name.Space == ns || a.Name.Space == relStrictNS) {
			return a.Value
		}
	}
	return ""
}

// picture resolves relationship id to a Picture.
func (p *parser) picture(id, alt, name string) Picture {
	pic := Picture{RelID: id, Alt: vntext.OneLine(alt), Name: name}
	if r, ok := p.d.rels[id]; ok {
		pic.External = r.External
		pic.Target = r.Target
	}
	return pic
}

// table reads a w:tbl. Nested tables become text in their cell.
func (p *parser) table(inTextBox bool) (*Table, error) {
	t := &Table{}
	var above []string // the previous row's cells by grid column, for merged cells
	wrappers := 0
	for {
		tok, err := p.next()
		if err != nil {
			return t, err
		}
		switch e := tok.(type) {
		case xml.EndElement:
			if wrappers > 0 {
				wrappers--
				continue
			}
			return t, nil
		case xml.StartElement:
			if e.Name.Local != "tr" {
				if e.Name.Local == "sdt" || e.Name.Local == "sdtContent" || e.Name.Local == "customXml" {
					wrappers++ // a row wrapped in a content control: read the row
					continue
				}
				if err := p.skip(); err != nil {
					return t, err
				}
				continue
			}
			row, err := p.row(above, inTextBox)
			if err != nil {
				return t, err
			}
			t.Rows = append(t.Rows, row)
			above = row.Cells
		}
	}
}

// row reads a w:tr.
func (p *parser) row(above []string, inTextBox bool) (Row, error) {
	var r Row
	wrappers := 0
	for {
		tok, err := p.next()
		if err != nil {
			return r, err
		}
		switch e := tok.(type) {
		case xml.EndElement:
			if wrappers > 0 {
				wrappers--
				continue
			}
			return r, nil
		case xml.StartElement:
			switch e.Name.Local {
			case "trPr":
				if err := p.rowProps(&r); err != nil {
					return r, err
				}
			case "tc":
				p.d.cells++
				if p.d.cells > MaxCells {
					return r, model.Errorf(model.EINVALID, "wordml.cells", MaxCells)
				}
				text, span, merged, content, err := p.cell(inTextBox)
				if err != nil {
					return r, err
				}
				// the grid columns a wide cell covers count too: each is a cell to keep
				p.d.cells += span - 1
				if p.d.cells > MaxCells {
					return r, model.Errorf(model.EINVALID, "wordml.cells", MaxCells)
				}
				col := len(r.Cells)
				if merged && col < len(above) {
					text = above[col]
				}
				r.Cells = append(r.Cells, text)
				r.Content = append(r.Content, content)
				for i := 1; i < span; i++ {
					// the grid columns a wide cell covers read empty, so that the
					// columns after it keep their place
					r.Cells = append(r.Cells, "")
					r.Content = append(r.Content, nil)
				}
			case "sdt", "sdtContent", "customXml":
				wrappers++ // a cell wrapped in a content control: its cells follow
			default:
				if err := p.skip(); err != nil {
					return r, err
				}
			}
		}
	}
}

// rowProps reads w:trPr: whether the row repeats as a header.
func (p *parser) rowProps(r *Row) error {
	for level := 1; level > 0; {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			level--
		case xml.StartElement:
			level++
			if t.Name.Local == "tblHeader" {
				r.Header = onOff(t)
			}
		}
	}
	return nil
}

// cell reads a w:tc: its text (paragraphs on lines of their own), how many grid
// columns it spans, whether it continues a vertically merged cell, and its
// blocks.
func (p *parser) cell(inTextBox bool) (text string, span int, merged bool, content []Block, err error) {
	span = 1
	var lines []string
	for {
		tok, err := p.next()
		if err != nil {
			return strings.Join(lines, "\n"), span, merged, content, err
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return strings.Join(lines, "\n"), span, merged, content, nil
		case xml.StartElement:
			switch e.Name.Local {
			case "tcPr":
				for level := 1; level > 0; {
					tok, err := p.next()
					if err != nil {
						return "", span, merged, content, err
					}
					switch t := tok.(type) {
					case xml.EndElement:
						level--
					case xml.StartElement:
						level++
						switch t.Name.Local {
						case "gridSpan":
							if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 1 {
								span = min(n, 64)
							}
						case "vMerge":
							if v := attr(t, "val"); v == "" || v == "continue" {
								merged = true
							}
						case "hMerge":
							if v := attr(t, "val"); v == "" || v == "continue" {
								merged = true
							}
						}
					}
				}
			default:
				// the cell's content: paragraphs, nested tables, content controls
				var inner []Block
				switch e.Name.Local {
				case "p":
					para, extra, err := p.paragraph(inTextBox)
					if err != nil {
						return "", span, merged, content, err
					}
					inner = append([]Block{{Para: para}}, extra...)
				case "tbl":
					tbl, err := p.table(inTextBox)
					if err != nil {
						return "", span, merged, content, err
					}
					inner = []Block{{Table: tbl}}
				case "sdt", "sdtContent", "customXml":
					b, err := p.blocks(inTextBox)
					if err != nil {
						return "", span, merged, content, err
					}
					inner = b
				default:
					if err := p.skip(); err != nil {
						return "", span, merged, content, err
					}
				}
				content = append(content, inner...)
				lines = append(lines, blockLines(inner)...)
			}
		}
	}
}

// blockLines is blocks as lines of text: a paragraph a line, a table a line a row
// with its cells between " | ".
func blockLines(blocks []Block) []string {
	var out []string
	for _, b := range blocks {
		switch {
		case b.Para != nil && strings.TrimSpace(b.Para.Text) != "":
			out = append(out, b.Para.Text)
		case b.Table != nil:
			for _, r := range b.Table.Rows {
				out = append(out, RowText(r.Cells))
			}
		}
	}
	return out
}

// RowText is a table row as one line of text: its non-empty cells, each on one
// line, between " | ".
func RowText(cells []string) string {
	var parts []string
	for _, c := range cells {
		if c = strings.Join(strings.Fields(c), " "); c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " | ")
}
