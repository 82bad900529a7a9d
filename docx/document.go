package docx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"newsdesk/model"
)

// run is a piece of a paragraph's text in one look.
type run struct {
	text         string
	bold, italic bool
	upright      bool   // not italic, in an italic style
	color        string // hex, "" for the style's
	style        string // a character style id, "" for none
}

// writeDocument writes word/document.xml: the report in order, then the page.
func writeDocument(b *bytes.Buffer, r *model.Report, pics *pictures) {
	b.WriteString(xmlHd)
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"` +
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
		` xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`)
	if s := text(r.Section); s != "" {
		paragraph(b, styleKicker, run{text: s})
	}
	paragraph(b, styleTitle, run{text: text(r.Headline)})
	if tag, lead := text(r.SourceTag), strings.TrimSpace(text(r.Lead)); tag != "" || lead != "" {
		var runs []run
		if tag != "" {
			runs = append(runs, run{text: tag + " ", bold: true})
		}
		runs = append(runs, run{text: lead})
		paragraph(b, styleLead, runs...)
	}
	photo := 0
	for i := range r.Body {
		blk := &r.Body[i]
		switch {
		case blk.Kind == model.BlockParagraph:
			if t := strings.TrimSpace(text(blk.Text)); t != "" {
				paragraph(b, "", run{text: t})
			}
		case blk.Kind == model.BlockPhoto && blk.Photo != nil:
			if photo < len(pics.placed) {
				writePhoto(b, blk.Photo, pics.placed[photo], photo+1)
			}
			photo++
		case blk.Kind == model.BlockAwards && blk.Awards != nil:
			writeAwards(b, r, blk.Awards)
		}
	}
	if len(r.Byline) > 0 {
		paragraph(b, styleByline, run{text: text(strings.Join(r.Byline, " - "))})
	}
	fmt.Fprintf(b, `<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>`,
		pageW, pageH, marginTop, marginRight, marginBottom, marginLeft)
	b.WriteString(`</w:body></w:document>`)
}

// paragraph writes one paragraph in style (the default for ""). Line breaks in
// the text become Word's, tabs its tabs.
func paragraph(b *bytes.Buffer, style string, runs ...run) {
	b.WriteString(`<w:p>`)
	if style != "" {
		b.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	writeRuns(b, runs)
	b.WriteString(`</w:p>`)
}

func writeRuns(b *bytes.Buffer, runs []run) {
	for _, r := range runs {
		if r.text == "" {
			continue
		}
		b.WriteString(`<w:r>`)
		if r.bold || r.italic || r.upright || r.color != "" || r.style != "" {
			b.WriteString(`<w:rPr>`)
			if r.style != "" {
				b.WriteString(`<w:rStyle w:val="` + r.style + `"/>`)
			}
			if r.bold {
				b.WriteString(`<w:b/><w:bCs/>`)
			}
			if r.italic {
				b.WriteString(`<w:i/><w:iCs/>`)
			} else if r.upright {
				b.WriteString(`<w:i w:val="0"/><w:iCs w:val="0"/>`)
			}
			if r.color != "" {
				b.WriteString(`<w:color w:val="` + r.color + `"/>`)
			}
			b.WriteString(`</w:rPr>`)
		}
		for i, line := range strings.Split(r.text, "\n") {
			if i > 0 {
				b.WriteString(`<w:br/>`)
			}
			for j, piece := range strings.Split(line, "\t") {
				if j > 0 {
					b.WriteString(`<w:tab/>`)
				}
				if piece != "" {
					b.WriteString(`<w:t xml:space="preserve">` + xmlText(piece) + `</w:t>`)
				}
			}
		}
		b.WriteString(`</w:r>`)
	}
}

// writePhoto writes a photo, centred at its placed size and kept with its
// caption, then the caption and credit: "Quang cảnh Hội nghị. Ảnh: Minh Khôi".
func writePhoto(b *bytes.Buffer, p *model.PhotoBlock, pl placed, n int) {
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Picture"/></w:pPr><w:r>`)
	name := "Ảnh " + strconv.Itoa(n)
	fmt.Fprintf(b, `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`, pl.cx, pl.cy)
	fmt.Fprintf(b, `<wp:docPr id="%d" name="%s" descr="%s"/>`, n, xmlText(name), xmlText(text(p.Alt)))
	b.WriteString(`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`)
	b.WriteString(`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`)
	fmt.Fprintf(b, `<pic:nvPicPr><pic:cNvPr id="%d" name="%s" descr="%s"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>`, n, xmlText(name), xmlText(text(p.Alt)))
	fmt.Fprintf(b, `<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`, pl.rel)
	fmt.Fprintf(b, `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`, pl.cx, pl.cy)
	b.WriteString(`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`)

	var runs []run
	if c := strings.TrimSpace(text(p.Caption)); c != "" {
		runs = append(runs, run{text: c, italic: true}, run{text: p.CaptionJoin(), upright: true})
	}
	if c := text(p.CreditLine()); c != "" {
		runs = append(runs, run{text: c, upright: true, color: "404040"})
	}
	if len(runs) > 0 {
		paragraph(b, styleCaption, runs...)
	}
}
