package awardfile

import (
	"strings"

	"newsdesk/model"
)

// row is one spreadsheet row: its number as the spreadsheet shows it (1-based,
// counting title rows, blank rows and the header) and its cells.
type row struct {
	num   int
	cells []string
}

// blank reports whether the row has no text at all.
func (r row) blank() bool {
	for _, c := range r.cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// separators are the field separators CSV files come with: comma, semicolon (Excel
// where the decimal point is a comma, as in Vietnam) and tab (Excel's "Unicode text").
var separators = []byte{',', ';', '\t'}

// headerSearchRows is how far down a file the header row is looked for.
const headerSearchRows = 50

// readCSV reads the rows of a CSV file in any of the encodings decodeCSV knows.
func readCSV(name string, data []byte) (*table, error) {
	text, enc, err := decodeCSV(name, data)
	if err != nil {
		return nil, err
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	if strings.Trim(text, ",;\t\r\n \u00A0") == "" {
		return nil, model.Errorf(model.EINVALID, "awardfile.empty", name)
	}

	// Excel honours a first line "sep=;" and hides it.
	sep := byte(0)
	if len(text) >= 5 && strings.EqualFold(text[:4], "sep=") && (len(text) == 5 || text[5] == '\n' || text[5] == '\r') {
		sep = text[4]
		text = strings.TrimLeft(text[5:], "\r")
		text = strings.TrimPrefix(text, "\n")
	}
	if sep == 0 {
		sep = detectSeparator(text)
	}
	rows, quoteRow, tooMany := parseCSV(text, sep, MaxRows)
	if tooMany {
		return nil, model.Errorf(model.EINVALID, "awardfile.too_many_rows", name, MaxRows)
	}
	t := &table{name: name, rows: rows}
	if enc == encTCVN3 {
		t.fixCase = fixTCVN3Case
	}
	if quoteRow > 0 {
		t.problems.add(quoteRow, "awardfile.row.quote")
	}
	return t, nil
}

// detectSeparator returns the separator under which a header row is found with the
// most columns Newsdesk knows and, among equals, the most separators in that row
// (outside quotes). A header row with no separator at all means a one-column list,
// whose names may hold commas: then 0, which splits nothing. Without any header
// row, the separator most frequent on the first line with text.
func detectSeparator(text string) byte {
	best, bestKnown, bestCells := byte(0), 0, 0
	for _, sep := range separators {
		rows, _, _ := parseCSV(text, sep, headerSearchRows)
		i, cols, ok := findHeader(rows)
		if !ok {
			continue
		}
		if n := len(rows[i].cells); cols.known > bestKnown || cols.known == bestKnown && n > bestCells {
			best, bestKnown, bestCells = sep, cols.known, n
		}
	}
	if bestKnown > 0 {
		if bestCells == 1 {
			return 0
		}
		return best
	}
	line := text
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
	}
	best, bestN := ',', 0
	for _, sep := range separators {
		rows, _, _ := parseCSV(line, sep, 1)
		if len(rows) > 0 && len(rows[0].cells)-1 > bestN {
			best, bestN = sep, len(rows[0].cells)-1
		}
	}
	return best
}

// parseCSV splits text into rows as Excel reads a CSV file: a field that starts with
// a double quote runs to the closing quote, across separators and line ends, with
// "" for a quote inside; quotes elsewhere are plain text; a blank line is a blank
// row. It stops at a row with text past limit rows, reporting tooMany. quoteRow is
// the row where a quoted field opens and never closes (0 when none does).
func parseCSV(text string, sep byte, limit int) (rows []row, quoteRow int, tooMany bool) {
	var (
		cells   []string
		field   strings.Builder
		quoted  bool // inside a quoted field
		atStart = true
		num     = 1 // the row being read
	)
	endField := func() {
		cells = append(cells, field.String())
		field.Reset()
		atStart = true
	}
	endRow := func() bool {
		endField()
		r := row{num: num, cells: cells}
		cells = nil
		num++
		if num-1 > limit {
			// Blank rows past the limit are Excel's leftovers, not more rows.
			return r.blank()
		}
		rows = append(rows, r)
		return true
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if quoted {
			if c == '"' {
				if i+1 < len(text) && text[i+1] == '"' {
					field.WriteByte('"')
					i++
				} else {
					quoted = false
				}
			} else {
				field.WriteByte(c)
			}
			continue
		}
		switch {
		case c == '"' && atStart:
			quoted, atStart = true, false
		case c == sep:
			endField()
		case c == '\r' || c == '\n':
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			if !endRow() {
				return rows, 0, true
			}
		default:
			field.WriteByte(c)
			atStart = false
		}
	}
	if quoted {
		quoteRow = num
	}
	if quoted || field.Len() > 0 || len(cells) > 0 {
		if !endRow() {
			return rows, 0, true
		}
	}
	return rows, quoteRow, false
}
