// Package wordml reads the body of a WordprocessingML document (.docx) as plain
// structure: paragraphs with their style, alignment, emphasis and pictures, and
// tables of cell text, in document order. It knows nothing of reports or award
// lists: package docx makes a report of what it returns, and package awardfile
// reads award tables from it.
//
// Every size is bounded (the zip's entries, the parts it reads, nesting, the count
// of paragraphs), so a hostile file gets an EINVALID *model.Error, not the memory.
//
// It imports only the standard library and Newsdesk's model, msg and vntext.
package wordml

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"strings"

	"newsdesk/model"
)

// Limits on what Open reads. A conference report is a few dozen paragraphs and
// photos; a decision's annex some hundreds of rows.
const (
	MaxEntries    = 5000     // entries in the zip
	MaxPartSize   = 64 << 20 // bytes of one XML part, uncompressed
	MaxImageSize  = 64 << 20 // bytes of one embedded picture
	MaxParagraphs = 50000    // paragraphs in the body, table cells' included
	MaxDepth      = 128      // elements nested in one another
	MaxCells      = 200000   // table cells in all
	MaxText       = 16 << 20 // bytes of text in all, ten times the longest report
)

// Document is the body of a Word document.
type Document struct {
	Body []Block
	// Footnotes and Comments count the body's references to footnotes (and
	// endnotes) and to reviewers' comments, whose text is not read.
	Footnotes, Comments int

	zr     *zip.Reader
	files  map[string]*zip.File // by name, as the zip spells it
	rels   map[string]rel       // the main part's relationships, by id
	styles map[string]*style    // by style id
	dir    string               // the folder of the main part ("word")
	paras  int
	cells  int
	text   int // bytes of text read
}

// Block is one paragraph or one table of the body; exactly one field is set.
type Block struct {
	Para  *Paragraph
	Table *Table
}

// Align is a paragraph's alignment.
type Align string

// The alignments Word offers.
const (
	AlignLeft    Align = "left"
	AlignCenter  Align = "center"
	AlignRight   Align = "right"
	AlignJustify Align = "both"
)

// Paragraph is one paragraph's text, in NFC, with what tells its role.
type Paragraph struct {
	// Style is the paragraph style's name in lower case ("title", "heading 1",
	// "caption"), else its id; "" for the default. StyleChain holds it and the
	// names of the styles it is based on, nearest first.
	Style      string
	StyleChain []string
	Align      Align
	// Bold and Italic are true when most of the paragraph's letters are.
	Bold, Italic bool
	// Numbered is true for an item of a numbered or bulleted list.
	Numbered bool
	Text     string
	// Spans are Text in pieces of one look (bold, italic), in order.
	Spans    []Span
	Pictures []Picture // in the order they stand
	// InTextBox is true for a paragraph that stood in a text box or frame.
	InTextBox bool
}

// Span is a piece of a paragraph's text in one look.
type Span struct {
	Text         string
	Bold, Italic bool
	Style        string // the character style's name in lower case; "" for none
}

// Picture is an embedded or linked image a paragraph shows.
type Picture struct {
	RelID    string
	Target   string // the zip entry of an embedded image; "" when linked or missing
	External bool   // linked to a file outside the document
	Alt      string // the description Word keeps as alternative text
	Name     string // the drawing's name
}

// Table is a table's cells as text. A merged cell's text stands in every grid
// cell it covers, as a reader sees it.
type Table struct {
	Rows []Row
}

// Row is one table row.
type Row struct {
	Cells []string
	// Content is each cell's paragraphs and tables, for a table that lays out
	// pictures rather than data; nil for the grid columns a wide cell covers.
	Content [][]Block
	Header  bool // repeated as a header on each page
}

// Has reports whether the paragraph's style, or one it is based on, is named one
// of names (lower case).
func (p *Paragraph) Has(names ...string) bool {
	for _, s := range p.StyleChain {
		for _, n := range names {
			if s == n {
				return true
			}
		}
	}
	return false
}

// Open reads the document in r (size bytes): its main part, styles and
// relationships. Pictures stay in the zip until ReadPicture. r must stay readable
// while the Document is used.
func Open(r io.ReaderAt, size int64) (*Document, error) {
	if size < 4 {
		return nil, model.Errorf(model.EINVALID, "wordml.empty")
	}
	var head [8]byte
	if n, _ := r.ReadAt(head[:], 0); n >= 4 && bytes.HasPrefix(head[:n], oleSignature) {
		return nil, model.Errorf(model.EINVALID, "wordml.doc")
	} else if n < 4 || !bytes.HasPrefix(head[:n], []byte("PK")) {
		return nil, model.Errorf(model.EINVALID, "wordml.not_zip")
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, model.Errorf(model.EINVALID, "wordml.not_zip")
	}
	if len(zr.File) > MaxEntries {
		return nil, model.Errorf(model.EINVALID, "wordml.entries", len(zr.File), MaxEntries)
	}
	d := &Document{zr: zr, files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		d.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	main := "word/document.xml"
	if data, ok, err := d.part("_rels/.rels"); err != nil {
		return nil, err
	} else if ok {
		for _, rl := range parseRels(data, "") {
			if strings.HasSuffix(rl.Type, "/officeDocument") && !rl.External {
				main = rl.Target
			}
		}
	}
	body, ok, err := d.part(main)
	if err != nil {
		return nil, err
	}
	if !ok {
		if _, isSheet := d.files["xl/workbook.xml"]; isSheet {
			return nil, model.Errorf(model.EINVALID, "wordml.workbook")
		}
		return nil, model.Errorf(model.EINVALID, "wordml.no_document")
	}
	d.dir = path.Dir(main)
	relsName := path.Join(d.dir, "_rels", path.Base(main)+".rels")
	if data, ok, err := d.part(relsName); err != nil {
		return nil, err
	} else if ok {
		d.rels = make(map[string]rel)
		for _, rl := range parseRels(data, d.dir) {
			d.rels[rl.ID] = rl
		}
	}
	stylesName := path.Join(d.dir, "styles.xml")
	for _, rl := range d.rels {
		if strings.HasSuffix(rl.Type, "/styles") && !rl.External {
			stylesName = rl.Target
		}
	}
	if data, ok, err := d.part(stylesName); err != nil {
		return nil, err
	} else if ok {
		d.styles = parseStyles(data)
	}
	if err := d.parseBody(body); err != nil {
		return nil, err
	}
	return d, nil
}

// oleSignature opens every OLE compound file: old .doc files and encrypted .docx.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// part returns the uncompressed bytes of the zip entry name, false when there is
// none, an error past MaxPartSize or when the entry cannot be read.
func (d *Document) part(name string) ([]byte, bool, error) {
	f, ok := d.files[name]
	if !ok {
		return nil, false, nil
	}
	data, err := readEntry(f, MaxPartSize)
	if err != nil {
		return nil, true, err
	}
	return data, true, nil
}

// readEntry reads f whole, refusing more than limit bytes whatever its header
// claims (a zip bomb's header lies).
func readEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, model.Errorf(model.EINVALID, "wordml.entry_too_big", f.Name, limit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "wordml.damaged", f.Name)
	}
	defer rc.Close()
	var buf bytes.Buffer
	buf.Grow(int(min(f.UncompressedSize64, uint64(limit))))
	n, err := io.Copy(&buf, io.LimitReader(rc, limit+1))
	if n > limit {
		return nil, model.Errorf(model.EINVALID, "wordml.entry_too_big", f.Name, limit>>20)
	}
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "wordml.damaged", f.Name)
	}
	return buf.Bytes(), nil
}

// ReadPicture returns the bytes of an embedded picture (at most MaxImageSize).
func (d *Document) ReadPicture(p Picture) ([]byte, error) {
	f, ok := d.files[p.Target]
	if !ok || p.Target == "" {
		return nil, model.Errorf(model.EINVALID, "wordml.picture_missing", p.RelID)
	}
	return readEntry(f, MaxImageSize)
}

// PictureSize returns the size an embedded picture claims, 0 when unknown.
func (d *Document) PictureSize(p Picture) int64 {
	if f, ok := d.files[p.Target]; ok {
		return int64(min(f.UncompressedSize64, 1<<62))
	}
	return 0
}

// Tables returns the body's tables in order, those inside other tables' cells
// aside.
func (d *Document) Tables() []*Table {
	var out []*Table
	for _, b := range d.Body {
		if b.Table != nil {
			out = append(out, b.Table)
		}
	}
	return out
}
