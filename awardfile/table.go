package awardfile

import (
	"strings"

	"newsdesk/model"
)

// table is the rows of one CSV file or worksheet, ready to be read as a list.
type table struct {
	name     string // the file, as messages name it
	sheet    string // the worksheet, for workbooks
	table    int    // the table's place in a Word document holding several; 0 otherwise
	rows     []row
	fixCase  func(string) string // applied to every cell; nil for none
	problems problems
}

// recipients reads the table as an award list: the header row, then one recipient
// a row. Title rows above the header, blank rows, section rows ("I. TẬP THỂ"), a
// row of column numbers under the header, a repeated header, notes outside the
// known columns and numbered empty rows at the end are skipped. Any problem fails
// the whole file.
func (t *table) recipients() ([]model.Recipient, error) {
	if t.fixCase != nil {
		for _, r := range t.rows {
			for i, c := range r.cells {
				r.cells[i] = t.fixCase(c)
			}
		}
	}
	start, cols, ok := t.header()
	if !ok {
		if err := t.problems.err(t.name, t.sheet, t.table); err != nil {
			return nil, err
		}
		return nil, model.Errorf(model.EINVALID, "awardfile.no_header", t.name)
	}
	var (
		out     []model.Recipient
		section model.RecipientKind
		// Rows holding only their number: a template's unused rows when nothing
		// follows them, a missing name when a recipient does.
		numbered []int
	)
	for i := start + 1; i < len(t.rows); i++ {
		r := t.rows[i]
		if r.blank() {
			continue
		}
		if i == start+1 && columnNumbers(r) {
			continue
		}
		if c, ok := cols.repeatsHeader(r); ok {
			cols = c // a second table, say individuals under collectives
			continue
		}
		if k, ok := t.section(r, cols); ok {
			section = k
			continue
		}
		if numberOnly(r, cols) {
			numbered = append(numbered, r.num)
			continue
		}
		for _, n := range numbered {
			t.problems.add(n, "awardfile.row.name")
		}
		numbered = nil
		name, kindOfName := cols.nameOf(r)
		rec := model.Recipient{
			Name:  name,
			Unit:  cell(r, cols.unit),
			Title: cell(r, cols.title),
			Form:  cell(r, cols.form),
		}
		detail := cell(r, cols.detail)
		if rec.Title == "" {
			rec.Title = detail // until the row's kind says it is a collective's unit
		}
		kindText := cell(r, cols.kind)
		if name == "" {
			if rec.Unit == "" && rec.Title == "" && rec.Form == "" && kindText == "" {
				continue // a note or signature outside the list's columns
			}
			t.problems.add(r.num, "awardfile.row.name")
			continue
		}
		if isTotal(name) {
			continue // the total line under the list
		}
		switch k, ok := model.ParseRecipientKind(kindText); {
		case kindText != "" && !ok:
			t.problems.add(r.num, "awardfile.row.kind", kindText)
			continue
		case kindText != "":
			rec.Kind = k
		case section != "":
			rec.Kind = section
		case kindOfName != "":
			rec.Kind = kindOfName
		default:
			k, ok := guessKind(name, rec.Title)
			if !ok {
				t.problems.add(r.num, "awardfile.row.nokind", name)
				continue
			}
			rec.Kind = k
		}
		if rec.Kind == model.Collective && detail != "" && rec.Title == detail {
			rec.Title = ""
			if rec.Unit == "" {
				rec.Unit = detail
			}
		}
		out = append(out, rec)
	}
	if err := t.problems.err(t.name, t.sheet, t.table); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, model.Errorf(model.EINVALID, "awardfile.no_rows", t.name)
	}
	return out, nil
}

// header finds the table's header row (see findHeader).
func (t *table) header() (int, columns, bool) {
	return findHeader(t.rows)
}

// findHeader finds the header row among the first rows: the first with a name
// column and another known column, else the first with a name column alone (a title
// row reading "TẬP THỂ" must not pass for a one-column header).
func findHeader(rows []row) (int, columns, bool) {
	n := min(len(rows), headerSearchRows)
	for i := range n {
		if c, ok := findColumns(rows[i].cells); ok && c.known >= 2 {
			return i, c, true
		}
	}
	for i := range n {
		if c, ok := findColumns(rows[i].cells); ok {
			return i, c, true
		}
	}
	return 0, columns{}, false
}

// section reads r as a section row: its text, outside the kind column, names only
// a kind of recipient.
func (t *table) section(r row, cols columns) (model.RecipientKind, bool) {
	var parts []string
	for i, c := range r.cells {
		if s := strings.TrimSpace(c); s != "" {
			if i == cols.kind {
				return "", false
			}
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 || len(parts) > 2 {
		return "", false
	}
	return sectionKind(strings.Join(parts, " "))
}

// numberOnly reports a row whose only text is its number in the STT column.
func numberOnly(r row, cols columns) bool {
	if cols.number < 0 || !isDigits(strings.Trim(cell(r, cols.number), ".")) {
		return false
	}
	for i, c := range r.cells {
		if i != cols.number && strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// isTotal reports a list's total line: "Tổng cộng: 12 tập thể".
func isTotal(name string) bool {
	l := strings.ToLower(name)
	for _, p := range []string{"tổng cộng", "tổng số", "tong cong", "tong so"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// columnNumbers reports a row numbering the columns, as official tables put under
// their header: "(1) (2) (3)" or "1 2 3" or "A B C".
func columnNumbers(r row) bool {
	n := 0
	for _, c := range r.cells {
		s := strings.Trim(strings.TrimSpace(c), "()[].")
		if s == "" {
			continue
		}
		if !isDigits(s) && !(len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z') {
			return false
		}
		n++
	}
	return n >= 2
}
