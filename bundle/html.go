package bundle

import (
	"html"
	"strconv"
	"strings"

	"newsdesk/model"
)

// bodyHTML is the report's body as ninjs carries it for other systems: the lead
// (opened by the source tag), the paragraphs, each photo as a figure with its caption
// and each award list as its sentence and a table, in body order. Everything people
// typed is escaped. paths maps a photo UUID to its entry in the zip.
func bodyHTML(r *model.Report, paths map[string]string) string {
	var b strings.Builder
	lead := r.Lead
	if r.SourceTag != "" {
		lead = strings.TrimSpace(r.SourceTag + " " + lead)
	}
	if lead != "" {
		b.WriteString(`<p class="lead">` + text(lead) + "</p>\n")
	}
	for _, blk := range r.Body {
		switch {
		case blk.Kind == model.BlockParagraph && blk.Text != "":
			b.WriteString("<p>" + text(blk.Text) + "</p>\n")
		case blk.Kind == model.BlockPhoto && blk.Photo != nil:
			writeFigure(&b, blk.Photo, paths[blk.Photo.UUID])
		case blk.Kind == model.BlockAwards && blk.Awards != nil:
			writeAwards(&b, r, blk.Awards)
		}
	}
	return b.String()
}

// text escapes s for HTML and keeps its line breaks.
func text(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

func writeFigure(b *strings.Builder, p *model.PhotoBlock, path string) {
	b.WriteString(`<figure><img src="` + html.EscapeString(path) + `" alt="` + html.EscapeString(p.Alt) + `"`)
	if p.Rotation != 0 {
		b.WriteString(` data-rotation="` + strconv.Itoa(p.Rotation) + `"`)
	}
	b.WriteString(">")
	if p.Caption != "" || p.Credit != "" {
		b.WriteString("<figcaption>" + text(p.Caption) + p.CaptionJoin())
		if credit := p.CreditLine(); credit != "" {
			b.WriteString(`<span class="credit">` + text(credit) + "</span>")
		}
		b.WriteString("</figcaption>")
	}
	b.WriteString("</figure>\n")
}

// writeAwards writes the list's sentence ("Giám đốc Sở … trao Giấy khen cho 2 tập
// thể và 3 cá nhân (Quyết định số …, ngày 8/1/2026).") unless the text before it
// says it already (model.Report.AwardSentence), and its table. Report text is
// Vietnamese whatever the interface language, hence the Vietnamese headings.
func writeAwards(b *strings.Builder, r *model.Report, a *model.AwardList) {
	b.WriteString(`<section class="awards">`)
	if s := r.AwardSentence(a); s != "" {
		b.WriteString("<p>" + text(s) + "</p>")
	}
	b.WriteString("<table><thead><tr>")
	for _, h := range model.AwardColumns(a.Count()) {
		b.WriteString("<th>" + text(h) + "</th>")
	}
	b.WriteString("</tr></thead><tbody>")
	for i, r := range a.Recipients {
		b.WriteString("<tr><td>" + strconv.Itoa(i+1) + "</td><td>" + text(r.Name) + "</td><td>" +
			text(r.Detail()) + "</td><td>" + text(a.FormOf(r)) + "</td></tr>")
	}
	b.WriteString("</tbody></table></section>\n")
}
