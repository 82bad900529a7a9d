package docx

import (
	"regexp"
	"strings"

	"newsdesk/awardfile"
	"newsdesk/docx/wordml"
	"newsdesk/model"
)

// table adds a table: an award list when its header names award columns and
// every row reads as a recipient, else its rows as paragraphs (one a row, cells
// between " | "), with a note. sentence, when not nil, is the award sentence Write
// prints above a list, read back for the list's form, awarding body and decision.
// It reports whether the table became an award list.
func (rd *reader) table(t *wordml.Table, sentence *wordml.Paragraph) bool {
	rd.tables++
	rows := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = r.Cells
	}
	rows = splitUnits(t, rows)
	if awardfile.IsList(rows) {
		recs, err := awardfile.ReadTable("docx", rows)
		if err == nil {
			list := &model.AwardList{Recipients: recs, Form: commonForm(recs)}
			if sentence != nil {
				readSentence(list, sentence.Text)
			} else if n := len(rd.rep.Body); list.Form == "" && n > 0 && rd.rep.Body[n-1].Kind == model.BlockParagraph {
				list.Form = formIn(rd.rep.Body[n-1].Text)
			}
			list.Normalize()
			rd.rep.Body = append(rd.rep.Body, model.Block{Kind: model.BlockAwards, Awards: list})
			return true
		}
		detail := problemLines(err)
		if detail == "" {
			detail = model.ErrorMessage(err)
		}
		rd.note("docx.note.award_table", rd.tables, detail)
	} else {
		rd.note("docx.note.table", rd.tables)
	}
	for _, r := range t.Rows {
		rd.paragraph(wordml.RowText(r.Cells))
	}
	return false
}

// commonForm returns the award form every recipient shares, "" when they differ.
func commonForm(recs []model.Recipient) string {
	form := ""
	for i, r := range recs {
		if i == 0 {
			form = r.Form
		} else if r.Form != form {
			return ""
		}
	}
	return form
}

// readSentence reads an award sentence as AwardList.Sentence writes it: "Giám
// đốc Sở Nội vụ trao Giấy khen cho 12 tập thể và 12 cá nhân (Quyết định số
// 15/QĐ-SNV, ngày 30/12/2025)."
func readSentence(a *model.AwardList, s string) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i >= 0 {
			ref := s[i+2 : len(s)-1]
			s = s[:i]
			if j := strings.LastIndex(ref, "ngày "); j >= 0 {
				if d, err := model.ParseDate(strings.TrimSpace(ref[j+len("ngày "):])); err == nil {
					a.Date = d
					ref = strings.TrimSuffix(strings.TrimSpace(ref[:j]), ",")
				}
			}
			a.Decision = strings.TrimSpace(ref)
		}
	}
	by, rest, ok := strings.Cut(s, " trao ")
	if !ok {
		if !strings.HasPrefix(s, "Trao ") {
			return
		}
		by, rest = "", s[len("Trao "):]
	}
	form, _, ok := strings.Cut(rest, " cho ")
	if !ok {
		return
	}
	a.By = strings.TrimSpace(by)
	if form != "khen thưởng" {
		a.Form = strings.TrimSpace(form)
	}
}

// problemLines is an award file error's list of rows, on one line.
func problemLines(err error) string {
	_, rest, _ := strings.Cut(model.ErrorMessage(err), "\n")
	return strings.ReplaceAll(rest, "\n", " ")
}

// formPhrase finds the award form a report's sentence names before its list:
// "… trao Giấy khen cho 3 cá nhân".
var formPhrase = regexp.MustCompile(`(?:trao|tặng|khen thưởng)\s+((?:Giấy khen|Bằng khen|Cờ thi đua|Huân chương|Huy chương|Kỷ niệm chương|Danh hiệu|Chiến sĩ thi đua)[^,.;()]{0,60}?)\s+cho\s`)

// formIn returns the award form text names, "" when it names none.
func formIn(text string) string {
	if m := formPhrase.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// splitUnits gives the award table Write makes its title and unit columns back:
// a column whose cells hold runs in the Award Unit style (the unit, after the
// title) becomes two, Chức vụ and Đơn vị. Other tables come back as they are.
func splitUnits(t *wordml.Table, rows [][]string) [][]string {
	col := -1
	for _, r := range t.Rows {
		for c, blocks := range r.Content {
			if unitSpan(blocks) >= 0 {
				col = c
				break
			}
		}
		if col >= 0 {
			break
		}
	}
	if col < 0 {
		return rows
	}
	out := make([][]string, len(rows))
	for i, r := range t.Rows {
		cells := append([]string(nil), rows[i]...)
		if col >= len(cells) {
			out[i] = cells
			continue
		}
		title, unit := cells[col], ""
		switch {
		case i == 0:
			title, unit = "Chức vụ", "Đơn vị"
		case col < len(r.Content) && len(r.Content[col]) == 1 && r.Content[col][0].Para != nil:
			p := r.Content[col][0].Para
			if k := unitSpan(r.Content[col]); k >= 0 {
				title = ""
				for _, s := range p.Spans[:k] {
					title += s.Text
				}
				title = strings.TrimSuffix(strings.TrimSpace(title), ",")
				for _, s := range p.Spans[k:] {
					unit += s.Text
				}
			}
		}
		out[i] = append(append(cells[:col:col], title, unit), cells[col+1:]...)
	}
	return out
}

// unitSpan returns the index of the first Award Unit span of a cell holding one
// paragraph, -1 when there is none.
func unitSpan(blocks []wordml.Block) int {
	if len(blocks) != 1 || blocks[0].Para == nil {
		return -1
	}
	for k, s := range blocks[0].Para.Spans {
		if s.Style == "award unit" {
			return k
		}
	}
	return -1
}
