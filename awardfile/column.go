package awardfile

import (
	"strings"
	"unicode"

	"newsdesk/model"
	"newsdesk/vntext"
)

// role is what a column holds.
type role int

// The columns Read knows. A name column may say whose names it holds.
const (
	roleNone           role = iota
	roleNumber              // STT: ignored
	roleKind                // Loại: Tập thể / Cá nhân
	roleName                // Tên: a collective's or an individual's name
	roleNameIndividual      // Họ và tên: individuals' names
	roleNameCollective      // Tên tập thể, Tên đơn vị: collectives' names
	roleUnit                // Đơn vị
	roleTitle               // Chức vụ
	roleForm                // Hình thức khen thưởng
	roleDetail              // Chức vụ, đơn vị: a person's title, a collective's unit
)

// headings maps column headings, folded (lower case, no diacritics, đ→d, words
// separated by single spaces), to the role of their column.
var headings = map[string]role{
	"stt": roleNumber, "tt": roleNumber, "so tt": roleNumber, "so thu tu": roleNumber,
	"thu tu": roleNumber, "no": roleNumber,

	"loai": roleKind, "kind": roleKind, "type": roleKind, "doi tuong": roleKind,
	"loai doi tuong": roleKind, "phan loai": roleKind,

	"ten": roleName, "name": roleName, "tap the ca nhan": roleName,
	"ten tap the ca nhan": roleName, "ten tap the va ca nhan": roleName,
	"ten tap the hoac ca nhan": roleName, "ho va ten ten tap the": roleName,
	"ho ten ten tap the": roleName, "ho va ten ten don vi": roleName,
	"ho ten ten don vi": roleName, "ten don vi ho va ten": roleName,
	"ten tap the ho va ten": roleName,

	"ho va ten": roleNameIndividual, "ho ten": roleNameIndividual,
	"ho va ten ca nhan": roleNameIndividual, "ten ca nhan": roleNameIndividual,
	"ca nhan": roleNameIndividual, "full name": roleNameIndividual,

	"ten tap the": roleNameCollective, "ten don vi": roleNameCollective,
	"tap the": roleNameCollective, "ten co quan": roleNameCollective,
	"ten co quan don vi": roleNameCollective, "unit name": roleNameCollective,

	"don vi": roleUnit, "unit": roleUnit, "don vi cong tac": roleUnit,
	"co quan": roleUnit, "co quan don vi": roleUnit, "noi cong tac": roleUnit,
	"co quan cong tac": roleUnit, "organisation": roleUnit, "organization": roleUnit,

	"chuc vu": roleTitle, "title": roleTitle, "chuc danh": roleTitle,
	"chuc vu chuc danh": roleTitle, "position": roleTitle,

	// One column for both, as award tables print it (model.AwardColumns): what it
	// says of a person is their title (and unit), of a collective its unit.
	"chuc vu don vi": roleDetail, "chuc vu don vi cong tac": roleDetail,
	"chuc danh don vi": roleDetail, "chuc danh don vi cong tac": roleDetail,
	"don vi chuc vu": roleDetail, "don vi cong tac chuc vu": roleDetail,

	"hinh thuc": roleForm, "hinh thuc khen thuong": roleForm, "hinh thuc khen": roleForm,
	"form": roleForm, "award": roleForm, "danh hieu": roleForm,
	"danh hieu thi dua": roleForm, "muc khen thuong": roleForm,
}

// fold returns s as headings and section rows are compared: folded, with anything
// but letters and digits turned into single spaces.
func fold(s string) string {
	var f string
	if isASCII(s) {
		f = strings.ToLower(s)
	} else {
		f = vntext.Fold(s)
	}
	return strings.Join(strings.FieldsFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// columns says which cell of a row holds what; -1 where the file has no such column.
type columns struct {
	number, kind, name, nameIndividual, nameCollective, unit, title, form, detail int
	known                                                                         int // how many headings were recognised
}

// maxHeadingLen is longer than any heading Read knows, in bytes: longer cells are
// names and notes, not headings, and need not be folded.
const maxHeadingLen = 64

// findColumns reads cells as a header row. ok is true when one of them is a name
// column, which every list has; the first column of each role counts.
func findColumns(cells []string) (c columns, ok bool) {
	c = columns{-1, -1, -1, -1, -1, -1, -1, -1, -1, 0}
	for i, cell := range cells {
		if len(cell) > maxHeadingLen {
			continue
		}
		var p *int
		switch headings[fold(cell)] {
		case roleNumber:
			p = &c.number
		case roleKind:
			p = &c.kind
		case roleName:
			p = &c.name
		case roleNameIndividual:
			p = &c.nameIndividual
		case roleNameCollective:
			p = &c.nameCollective
		case roleUnit:
			p = &c.unit
		case roleTitle:
			p = &c.title
		case roleForm:
			p = &c.form
		case roleDetail:
			p = &c.detail
		default:
			continue
		}
		if *p < 0 {
			*p = i
			c.known++
		}
	}
	ok = c.name >= 0 || c.nameIndividual >= 0 || c.nameCollective >= 0
	return c, ok
}

// nameHeading reports whether cell reads as a name column's heading.
func nameHeading(cell string) bool {
	if len(cell) > maxHeadingLen {
		return false
	}
	switch headings[fold(cell)] {
	case roleName, roleNameIndividual, roleNameCollective:
		return true
	}
	return false
}

// repeatsHeader reports whether r is another header row, as when a list of
// individuals follows a list of collectives in the same sheet, and returns its
// columns. Only the cells where a name heading may stand are folded: this runs on
// every row.
func (c columns) repeatsHeader(r row) (columns, bool) {
	for _, i := range []int{c.name, c.nameIndividual, c.nameCollective, 0, 1, 2} {
		if i >= 0 && i < len(r.cells) && nameHeading(r.cells[i]) {
			n, ok := findColumns(r.cells)
			return n, ok && n.known >= 2
		}
	}
	return c, false
}

// cell returns the text of column i in r: one line, NFC, runs of spaces (Excel's
// non-breaking ones too) made one; "" when r is shorter.
func cell(r row, i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return strings.Join(strings.Fields(vntext.OneLine(r.cells[i])), " ")
}

// name returns the row's name and what the name's column says about its kind
// ("" when it says nothing).
func (c columns) nameOf(r row) (string, model.RecipientKind) {
	if s := cell(r, c.nameIndividual); s != "" {
		return s, model.Individual
	}
	if s := cell(r, c.nameCollective); s != "" {
		return s, model.Collective
	}
	return cell(r, c.name), ""
}
