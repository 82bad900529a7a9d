package docx

import (
	"bytes"
	"fmt"
	"strconv"

	"newsdesk/model"
)

// awardWidths are the award table's column widths in twentieths of a point:
// about those of the PDF (15, 56, 61 and 38 mm), the column's width in all.
var awardWidths = []int{850, 3175, 3459, 2154}

// writeAwards writes an award list: the sentence above it, when the report's
// text does not say it already (model.Report.AwardSentence), then a table with
// the columns every printed form of a list has (model.AwardColumns), its header
// row repeated on each page; a list of collectives and individuals has a group
// row above each, as in the PDF.
func writeAwards(b *bytes.Buffer, r *model.Report, a *model.AwardList) {
	if len(a.Recipients) == 0 {
		return
	}
	if s := r.AwardSentence(a); s != "" {
		paragraph(b, styleSentence, run{text: text(s)})
	}
	collectives, individuals := a.Count()
	head := model.AwardColumns(collectives, individuals)
	mixed := collectives > 0 && individuals > 0

	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="` + styleTable + `"/><w:tblW w:w="9638" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range awardWidths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)

	b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, h := range head {
		cell(b, awardWidths[i], 1, "E8E8E8", "center", run{text: h, bold: true})
	}
	b.WriteString(`</w:tr>`)
	n := 0
	for i, rc := range a.Recipients {
		if mixed && (i == 0 || rc.Kind != a.Recipients[i-1].Kind) {
			label := "Cá nhân"
			if rc.Kind == model.Collective {
				label = "Tập thể"
			}
			b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
			cell(b, 9638, len(head), "F5F5F5", "left", run{text: label, bold: true})
			b.WriteString(`</w:tr>`)
			n = 0
		}
		n++
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		cell(b, awardWidths[0], 1, "", "center", run{text: strconv.Itoa(n)})
		cell(b, awardWidths[1], 1, "", "left", run{text: text(rc.Name)})
		cell(b, awardWidths[2], 1, "", "left", detailRuns(rc)...)
		cell(b, awardWidths[3], 1, "", "left", run{text: text(a.FormOf(rc))})
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	// Word needs a paragraph between a table and what follows; an empty one
	// keeps the next table or photo apart too.
	b.WriteString(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`)
}

// cell writes one table cell of width w (twentieths of a point) spanning span
// grid columns, on fill (hex; "" for none).
func cell(b *bytes.Buffer, w, span int, fill, align string, runs ...run) {
	fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
	if span > 1 {
		fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
	}
	if fill != "" {
		b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/>`)
	}
	b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="` + styleCell + `"/><w:jc w:val="` + align + `"/></w:pPr>`)
	writeRuns(b, runs)
	b.WriteString(`</w:p></w:tc>`)
}

// detailRuns are what the table says beside a recipient's name (Recipient.Detail),
// the unit in the AwardUnit character style, which looks like the rest: reading
// the document back tells a person's title from their unit by it.
func detailRuns(rc model.Recipient) []run {
	title, unit := text(rc.Title), text(rc.Unit)
	if rc.Kind == model.Collective {
		title = ""
	}
	var runs []run
	if title != "" {
		runs = append(runs, run{text: title})
	}
	if title != "" && unit != "" {
		runs = append(runs, run{text: ", "})
	}
	if unit != "" {
		runs = append(runs, run{text: unit, style: styleUnit})
	}
	return runs
}
