package docx

import (
	"fmt"
	"strings"
	"time"

	"newsdesk/model"
)

// The namespaces of WordprocessingML's transitional form, as Word writes them.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlHd = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

const packageRels = xmlHd + `<Relationships xmlns="` + nsRel + `">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const appProps = xmlHd + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Newsdesk</Application></Properties>`

// contentTypes lists the parts' types, and the pictures' by extension.
func contentTypes(p *pictures) []byte {
	var b strings.Builder
	b.WriteString(xmlHd + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	if p.has("jpeg") {
		b.WriteString(`<Default Extension="jpeg" ContentType="image/jpeg"/>`)
	}
	if p.has("png") {
		b.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	}
	for _, o := range []struct{ part, typ string }{
		{"/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
		{"/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"},
		{"/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"},
		{"/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"},
		{"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
		{"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
	} {
		fmt.Fprintf(&b, `<Override PartName="%s" ContentType="%s"/>`, o.part, o.typ)
	}
	b.WriteString(`</Types>`)
	return []byte(b.String())
}

// documentRels points the document at its styles, settings, fonts and pictures.
func documentRels(p *pictures) []byte {
	var b strings.Builder
	b.WriteString(xmlHd + `<Relationships xmlns="` + nsRel + `">`)
	b.WriteString(`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`)
	b.WriteString(`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>`)
	b.WriteString(`<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>`)
	for _, f := range p.files {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%s"/>`, f.rel, f.name)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

// coreProps gives the document its title (the headline), authors (the byline)
// and, when created is set, its dates.
func coreProps(r *model.Report, created time.Time) []byte {
	var b strings.Builder
	b.WriteString(xmlHd + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + xmlText(text(r.Headline)) + `</dc:title>`)
	if len(r.Byline) > 0 {
		b.WriteString(`<dc:creator>` + xmlText(text(strings.Join(r.Byline, ", "))) + `</dc:creator>`)
	}
	if r.Section != "" {
		b.WriteString(`<dc:subject>` + xmlText(text(r.Section)) + `</dc:subject>`)
	}
	b.WriteString(`<dc:identifier>urn:uuid:` + xmlText(r.UUID) + `</dc:identifier>`)
	b.WriteString(`<dc:language>vi-VN</dc:language>`)
	if !created.IsZero() {
		t := created.UTC().Format("2006-01-02T15:04:05Z")
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}
