package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"strings"
	"time"

	"newsdesk/model"
	"newsdesk/vntext"
)

// PhotoFunc returns the library's upright print copy (model.VariantPrint) of the
// photo a block shows.
type PhotoFunc func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error)

// Options are the choices of Write beyond the report.
type Options struct {
	// Context ends the work early when done; nil for none.
	Context context.Context
	// Created is the time the document's properties give as created and modified;
	// zero leaves them out, so the same report always gives the same bytes.
	Created time.Time
}

// Write writes r as a Word document to w: the kicker, headline, lead, body and
// byline in named paragraph styles (Kicker, Title, Lead, Normal, Caption, Byline,
// Award Sentence), each photo at column width from its print copy (fetched
// through photo, which may be nil for a report without photos) with its caption
// and credit, and award lists as tables whose header row repeats on every page,
// on A4 paper with the PDF's margins, in Times New Roman. Read finds every part
// again by these styles (a recipient's unit by the Award Unit character style),
// in this document or in one Word or LibreOffice saved again. Nothing is written
// to w on an error. The same report and options give the same bytes.
func Write(w io.Writer, r *model.Report, photo PhotoFunc, opts Options) error {
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	pics, err := preparePictures(ctx, r, photo)
	if err != nil {
		return err
	}
	var body bytes.Buffer
	writeDocument(&body, r, pics)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name string, data []byte, compress bool) error {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		if !compress {
			h.Method = zip.Store
		}
		h.Modified = zipTime
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", contentTypes(pics)},
		{"_rels/.rels", []byte(packageRels)},
		{"docProps/core.xml", coreProps(r, opts.Created)},
		{"docProps/app.xml", []byte(appProps)},
		{"word/document.xml", body.Bytes()},
		{"word/_rels/document.xml.rels", documentRels(pics)},
		{"word/styles.xml", []byte(stylesXML)},
		{"word/settings.xml", []byte(settingsXML)},
		{"word/fontTable.xml", []byte(fontTableXML)},
	}
	for _, p := range parts {
		if err := add(p.name, p.data, true); err != nil {
			return err
		}
	}
	for _, p := range pics.files {
		// JPEG and PNG are compressed already
		if err := add("word/"+p.name, p.data, false); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// zipTime is the time every entry carries: a fixed one, so that the same report
// gives the same bytes.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// text is s as the document carries it: NFC, no control characters.
func text(s string) string { return vntext.Clean(s) }

// xmlText escapes s for element content and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
