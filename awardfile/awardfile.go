// Package awardfile reads the lists of award recipients that government offices
// hand reporters as spreadsheets: CSV files in any encoding Vietnamese offices still
// use (UTF-8, UTF-16, Windows-1258 and the legacy TCVN3, TCVN 5712 VN1 and VNI
// font encodings), Excel workbooks (.xlsx) and the tables of Word documents
// (.docx), such as a decision's annex. Read finds the header row under any title rows, maps the
// columns by their Vietnamese or English headings, and returns the recipients, or one
// error listing every row to fix.
//
// It imports only the standard library, golang.org/x/text,
// github.com/xuri/excelize/v2 and Newsdesk's model, msg, vntext and docx/wordml.
package awardfile

import (
	"bytes"
	"path/filepath"
	"strings"

	"newsdesk/model"
)

// Limits on the files Read accepts: an award list is a few hundred rows at most, so
// anything far larger is the wrong file.
const (
	MaxSize = 10 << 20 // bytes
	MaxRows = 10000    // spreadsheet rows, title rows included
)

// Read returns the recipients listed in an award file, in file order. filename is
// used to tell the format (with the file's first bytes) and to name the file in
// messages; data is the whole file.
//
// CSV files may be UTF-8 (with or without a byte-order mark), UTF-16 with a
// byte-order mark (Excel's "Unicode text"), Windows-1258, TCVN3, VN1 (the full
// TCVN 5712 table, glibc's "TCVN") or VNI, separated by commas, semicolons or tabs; workbooks are read from their first sheet that holds a
// list, with numbers as displayed; Word documents from their first table that
// holds a list, its rows numbered as the table shows them (the header row is row
// 1), a merged cell's text standing in each row it covers. Columns are found by
// heading, case and diacritics aside: kind (Loại), name (Họ và tên, Tên tập thể,
// Tên đơn vị, Tên), unit (Đơn vị), title (Chức vụ; a column of both, “Chức vụ,
// đơn vị”, is a person's title and a collective's unit) and, per row, award form
// (Hình thức khen thưởng); others are ignored. Where the kind column is missing or its cell empty, a row's
// kind is told by the section it
// sits in ("I. TẬP THỂ"), else by the name column's heading (Họ và tên: individuals;
// Tên tập thể, Tên đơn vị: collectives), else by the row itself (a title: an
// individual; a name opening with a kind of unit such as Phòng or Trung tâm: a
// collective; one opening with a common family name: an individual). A row none of
// these decides is an error, never a guess.
//
// All text comes back as one NFC line. Errors are *model.Error with code EINVALID,
// in the interface language; a file with any bad row returns no recipients and an
// error naming each bad row by the number the spreadsheet shows.
func Read(filename string, data []byte) ([]model.Recipient, error) {
	name := filepath.Base(filename)
	if filename == "" {
		name = "?"
	}
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return nil, model.Errorf(model.EINVALID, "awardfile.empty", name)
	case len(data) > MaxSize:
		return nil, model.Errorf(model.EINVALID, "awardfile.too_big", name, (len(data)+1<<20-1)>>20, MaxSize>>20)
	}
	var (
		t   *table
		err error
	)
	ext := strings.ToLower(filepath.Ext(filename))
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) && isDOCX(ext, data):
		t, err = readDOCX(name, data)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		t, err = readXLSX(name, data)
	case bytes.HasPrefix(data, oleSignature):
		// Old .xls workbooks and .doc documents, password-protected .xlsx and
		// .docx ones are all OLE files.
		if ext == ".doc" || ext == ".docx" {
			return nil, model.Errorf(model.EINVALID, "awardfile.doc", name)
		}
		if ext == ".xlsx" || ext == ".xlsm" {
			return nil, model.Errorf(model.EINVALID, "awardfile.xlsx.protected", name)
		}
		return nil, model.Errorf(model.EINVALID, "awardfile.xls", name)
	case ext == ".xls" && isHTML(data):
		// Web sites export HTML tables named .xls; Excel opens them, Newsdesk does not.
		return nil, model.Errorf(model.EINVALID, "awardfile.xls", name)
	case ext == ".xlsx" || ext == ".xlsm" || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return nil, model.Errorf(model.EINVALID, "awardfile.xlsx.bad", name)
	case isBinary(data):
		return nil, model.Errorf(model.EINVALID, "awardfile.binary", name)
	default:
		t, err = readCSV(name, data)
	}
	if err != nil {
		return nil, err
	}
	return t.recipients()
}

// isHTML recognises a web page saved under a spreadsheet's name.
func isHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(data[:min(len(data), 1024)], "\xEF\xBB\xBF \t\r\n"))
	return bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<table")))
}

// oleSignature opens every OLE compound file: .xls, .doc, encrypted .xlsx.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// isBinary recognises files that are plainly not text, such as images and PDFs: a
// zero byte or several control bytes near the start, which no CSV has.
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte("%PDF")) {
		return true
	}
	head := data[:min(len(data), 512)]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if _, ok := sniffUTF16(data); ok {
		return false
	}
	controls := 0
	for i, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && !vn1Capital(head, i):
			controls++
		}
	}
	return controls >= 4
}
