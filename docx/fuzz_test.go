package docx_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/docx"
	"newsdesk/model"
)

// FuzzRead feeds the reader Word documents whose main part (document.xml) and
// styles are arbitrary bytes, inside a package that is otherwise whole (the
// python-docx report, its pictures and relationships), so the fuzzer reaches the
// XML walk rather than the zip's checksums. It must never panic; a refusal is a
// sentence for the reporter; what it accepts is a report the library takes:
// valid, in NFC, each photo block naming one of the document's photos.
func FuzzRead(f *testing.F) {
	good := MustFile(f, "report-python-docx.docx")
	document, styles := Entry(f, good, "word/document.xml"), Entry(f, good, "word/styles.xml")
	f.Add(document, styles)
	f.Add(Entry(f, MustFile(f, "report-libreoffice.docx"), "word/document.xml"), styles)
	f.Add([]byte(docHead+`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl>`+docTail), []byte(`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="Title"><w:basedOn w:val="Title"/></w:style></w:styles>`))
	f.Add([]byte(docHead+`<w:p><w:r><w:pict><v:imagedata xmlns:v="urn:schemas-microsoft-com:vml" r:id="rId9"/><w:txbxContent><w:p><w:r><w:t>chú thích</w:t></w:r></w:p></w:txbxContent></w:pict><w:sym w:char="F0E0"/><w:fldChar w:fldCharType="separate"/></w:r></w:p>`+docTail), []byte{})
	f.Add([]byte(`<w:body>`), []byte(`<`))
	f.Fuzz(func(t *testing.T, document, styles []byte) {
		data := Rezip(t, good, func(name string, b []byte) (string, []byte, bool) {
			switch name {
			case "word/document.xml":
				return name, document, true
			case "word/styles.xml":
				return name, styles, true
			}
			return name, b, true
		})
		d, err := docx.Read(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if d != nil {
				t.Fatal("got a document with an error")
			}
			if model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) == "" {
				t.Fatalf("got %#v, want an EINVALID *model.Error", err)
			}
			return
		}
		r := d.Report
		if err := r.Validate(); err != nil {
			t.Fatalf("accepted a report the library refuses: %v", err)
		}
		photos := map[string]bool{}
		for _, p := range d.Photos {
			photos[p.UUID] = true
		}
		for _, b := range r.Body {
			if b.Photo != nil && !photos[b.Photo.UUID] {
				t.Fatalf("photo block %s names no photo of the document", b.Photo.UUID)
			}
			if !norm.NFC.IsNormalString(b.Text) {
				t.Fatalf("accepted %q, not NFC", b.Text)
			}
		}
		for _, s := range []string{r.Section, r.Headline, r.SourceTag, r.Lead, strings.Join(r.Byline, " ")} {
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("accepted %q, not NFC", s)
			}
		}
	})
}
