package awardfile

import (
	"archive/zip"
	"bytes"

	"newsdesk/docx/wordml"
	"newsdesk/model"
)

// readDOCX reads the first table of a Word document that holds a list (a header
// row), or else its first table. Rows are numbered as the table shows them, its
// header row first.
func readDOCX(name string, data []byte) (*table, error) {
	d, err := wordml.Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	tables := d.Tables()
	if len(tables) == 0 {
		return nil, model.Errorf(model.EINVALID, "awardfile.docx.no_table", name)
	}
	pick := -1
	for i, tb := range tables {
		rows := tableRows(tb.Rows)
		if _, c, ok := findHeader(rows); ok && c.known >= 2 {
			pick = i
			break
		}
		if _, _, ok := findHeader(rows); ok && pick < 0 {
			pick = i
		}
	}
	if pick < 0 {
		pick = 0
	}
	tb := tables[pick]
	if len(tb.Rows) > MaxRows {
		return nil, model.Errorf(model.EINVALID, "awardfile.too_many_rows", name, MaxRows)
	}
	t := &table{name: name, rows: tableRows(tb.Rows)}
	if len(tables) > 1 {
		t.table = pick + 1
	}
	return t, nil
}

// tableRows numbers a Word table's rows from 1, as a reader counts them.
func tableRows(in []wordml.Row) []row {
	out := make([]row, len(in))
	for i, r := range in {
		out[i] = row{num: i + 1, cells: r.Cells}
	}
	return out
}

// isDOCX tells a Word document from a workbook, both zip files: by its name, or
// by the document part it holds.
func isDOCX(ext string, data []byte) bool {
	switch ext {
	case ".docx", ".docm", ".dotx":
		return true
	case ".xlsx", ".xlsm":
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

// IsList reports whether rows, a table's cells row by row, read as an award
// list: among the first rows is a header with a name column and another column
// Read knows (Chức vụ, Đơn vị, Hình thức khen thưởng, STT…).
func IsList(rows [][]string) bool {
	_, c, ok := findHeader(plainRows(rows))
	return ok && c.known >= 2
}

// ReadTable reads rows, a table's cells row by row (the header row first, as in
// a Word document), as an award list with Read's rules: the recipients in order,
// or one EINVALID error naming each bad row by its place in the table (from 1).
// name names the document in messages.
func ReadTable(name string, rows [][]string) ([]model.Recipient, error) {
	if len(rows) > MaxRows {
		return nil, model.Errorf(model.EINVALID, "awardfile.too_many_rows", name, MaxRows)
	}
	t := &table{name: name, rows: plainRows(rows)}
	return t.recipients()
}

func plainRows(rows [][]string) []row {
	out := make([]row, len(rows))
	for i, r := range rows {
		out[i] = row{num: i + 1, cells: append([]string(nil), r...)}
	}
	return out
}
