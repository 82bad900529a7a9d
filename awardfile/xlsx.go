package awardfile

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"newsdesk/model"
)

// Unzip limits for workbooks: a 10 MB .xlsx of text may expand a lot, but not this
// much; beyond it the file is a zip bomb, not an award list.
const (
	unzipLimit    = 256 << 20
	unzipXMLLimit = 64 << 20
)

// The most columns and row elements a worksheet may have. An award list has a
// dozen columns; a cell in column XFD makes every row 16,384 cells wide, and
// millions of blank rows take seconds to walk, whatever the file's size.
const (
	MaxColumns      = 256
	maxRowElements  = 4 * MaxRows
	sheetPartPrefix = "xl/worksheets/"
)

// readXLSX reads the first worksheet that holds a list (a header row), or else the
// first with any text, so the error names what was found there.
func readXLSX(name string, data []byte) (*table, error) {
	if err := checkSheetShapes(name, data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    unzipLimit,
		UnzipXMLSizeLimit: unzipXMLLimit,
	})
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "awardfile.xlsx.bad", name)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	var first *table
	for _, sheet := range sheets {
		rows, tooMany, err := sheetRows(f, sheet)
		if err != nil {
			return nil, model.Errorf(model.EINVALID, "awardfile.xlsx.bad", name)
		}
		if tooMany {
			return nil, model.Errorf(model.EINVALID, "awardfile.too_many_rows", name, MaxRows)
		}
		if len(rows) == 0 {
			continue
		}
		t := &table{name: name, rows: rows}
		if len(sheets) > 1 {
			t.sheet = sheet
		}
		if t.fixCase, err = legacyFont(name, rows); err != nil {
			return nil, err
		}
		if first == nil {
			first = t
		}
		if _, _, ok := t.withFixedCells().header(); ok {
			return t, nil
		}
	}
	if first == nil {
		return nil, model.Errorf(model.EINVALID, "awardfile.empty", name)
	}
	return first, nil
}

// withFixedCells returns a copy of t's first rows with fixCase applied, for
// finding the header before the table is read.
func (t *table) withFixedCells() *table {
	if t.fixCase == nil {
		return t
	}
	n := min(len(t.rows), headerSearchRows)
	c := &table{rows: make([]row, n)}
	for i, r := range t.rows[:n] {
		cells := make([]string, len(r.cells))
		for j, s := range r.cells {
			cells[j] = t.fixCase(s)
		}
		c.rows[i] = row{num: r.num, cells: cells}
	}
	return c
}

// sheetRows returns the rows of a worksheet that have text, each with its sheet
// row number and its cells as Excel displays them. tooMany is true when text lies
// beyond MaxRows.
func sheetRows(f *excelize.File, sheet string) (rows []row, tooMany bool, err error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, false, err
	}
	defer it.Close()
	num := 0
	for it.Next() {
		num++
		cells, err := it.Columns()
		if err != nil {
			return nil, false, err
		}
		r := row{num: num, cells: cells}
		if r.blank() {
			continue
		}
		if num > MaxRows {
			return nil, true, nil
		}
		rows = append(rows, r)
	}
	return rows, false, it.Error()
}

// legacyFont recognises a workbook typed with a TCVN3 or VNI font: its cells hold
// the Windows characters of the legacy bytes ("Phßng Tæ chøc"). It returns the
// conversion for every cell, or nil when the text is Unicode as it stands (or reads
// as no Vietnamese at all). When a legacy reading is about as good as the text as it
// stands, it refuses rather than guess.
func legacyFont(name string, rows []row) (func(string) string, error) {
	var buf []byte
	var text strings.Builder
	high := false
	for _, r := range rows {
		for _, c := range r.cells {
			b, ok := ansiBytes(c)
			if !ok {
				return nil, nil // a character no legacy font file has: Unicode
			}
			for _, x := range b {
				high = high || x >= 0x80
			}
			buf = append(append(buf, b...), '\n')
			text.WriteString(c)
			text.WriteByte('\n')
		}
		if len(buf) > detectSample {
			break
		}
	}
	if !high {
		return nil, nil
	}
	asIs := text.String()
	rs := []reading{{enc: encUTF8, text: asIs, wordScore: scoreText(asIs)}}
	for _, e := range []encoding{encTCVN3, encVNI} {
		t := e.decode(buf)
		rs = append(rs, reading{enc: e, text: t, wordScore: scoreText(t)})
	}
	best, ok, second := choose(rs)
	switch {
	case !ok && second != nil:
		return nil, model.Errorf(model.EINVALID, "awardfile.encoding.ambiguous", name, best.enc.label(), second.enc.label())
	case !ok || best.enc == encUTF8:
		return nil, nil
	}
	return func(s string) string {
		b, _ := ansiBytes(s)
		out := best.enc.decode(b)
		if best.enc == encTCVN3 {
			out = fixTCVN3Case(out)
		}
		return out
	}, nil
}

// ansiBytes returns the Windows code page bytes of s, as a legacy font's text was
// typed; false when s has a character no such byte gives.
func ansiBytes(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
		} else if b, ok := charmap.Windows1252.EncodeRune(r); ok {
			out = append(out, b)
		} else if b, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, b)
		} else {
			return nil, false
		}
	}
	return out, true
}

// checkSheetShapes reads the worksheets' XML as it lies in the zip, before any cell
// is expanded, and refuses a sheet with a cell beyond MaxColumns or more row
// elements than maxRowElements: those would take minutes and gigabytes to read.
func checkSheetShapes(name string, data []byte) error {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil // excelize says what is wrong with it
	}
	for _, e := range z.File {
		if !strings.HasPrefix(e.Name, sheetPartPrefix) || !strings.HasSuffix(e.Name, ".xml") {
			continue
		}
		rc, err := e.Open()
		if err != nil {
			return nil
		}
		cols, rows, err := sheetShape(io.LimitReader(rc, unzipXMLLimit+1))
		rc.Close()
		if err != nil {
			return nil
		}
		switch {
		case cols > MaxColumns:
			return model.Errorf(model.EINVALID, "awardfile.too_many_columns", name, MaxColumns)
		case rows > maxRowElements:
			return model.Errorf(model.EINVALID, "awardfile.too_many_rows", name, MaxRows)
		}
	}
	return nil
}

// sheetShape scans worksheet XML for its widest cell reference (the column of
// r="XFD12") and counts its <row> elements, without parsing the XML: a byte scan
// holds nothing but the current chunk.
func sheetShape(r io.Reader) (maxCol, rows int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		b, err := br.ReadByte()
		if err == io.EOF {
			return maxCol, rows, nil
		} else if err != nil {
			return 0, 0, err
		}
		if b != '<' {
			continue
		}
		// An element: <row …> or <c …> (possibly with a namespace prefix, x:c).
		tag, _ := br.Peek(5)
		switch {
		case bytes.HasPrefix(tag, []byte("row ")) || bytes.HasPrefix(tag, []byte("row>")):
			rows++
		case len(tag) >= 2 && tag[0] == 'c' && (tag[1] == ' ' || tag[1] == '\t' || tag[1] == '\n'):
			attrs, _ := br.Peek(256)
			if end := bytes.IndexByte(attrs, '>'); end >= 0 {
				attrs = attrs[:end]
			}
			if i := bytes.Index(attrs, []byte(` r="`)); i >= 0 {
				col := 0
				for _, c := range attrs[i+4:] {
					if c < 'A' || c > 'Z' {
						break
					}
					col = col*26 + int(c-'A'+1)
					if col > 1<<20 {
						break
					}
				}
				maxCol = max(maxCol, col)
			}
		}
	}
}
