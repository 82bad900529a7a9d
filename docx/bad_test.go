package docx_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"strings"
	"testing"

	"newsdesk/docx"
	"newsdesk/model"
	"newsdesk/msg"
)

// minimal returns a Word package holding document.xml as given, and the extra
// entries.
func minimal(tb testing.TB, document string, extra map[string][]byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name string, data []byte) {
		w, err := zw.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(data)
	}
	add("[Content_Types].xml", []byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	if document != "" {
		add("word/document.xml", []byte(document))
	}
	for name, data := range extra {
		add(name, data)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

const docHead = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`
const docTail = `</w:body></w:document>`

// bomb returns a zip whose entry name unpacks to more than size bytes of spaces
// after prefix, while the zip itself stays small. Its header tells the true size
// when honest, else claims 1000 bytes.
func bomb(tb testing.TB, name, prefix string, size int, honest bool) []byte {
	tb.Helper()
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestSpeed)
	fw.Write([]byte(prefix))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	n := 0
	for ; n < size; n += len(chunk) {
		fw.Write(chunk)
	}
	fw.Close()
	claim := uint64(1000)
	if honest {
		claim = uint64(len(prefix) + n)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CompressedSize64: uint64(raw.Len()), UncompressedSize64: claim})
	if err != nil {
		tb.Fatal(err)
	}
	w.Write(raw.Bytes())
	zw.Close()
	return buf.Bytes()
}

// TestRead_Refused: what is not a Word document, or passes a limit, is refused
// with a sentence naming the trouble, in the interface language, and nothing.
func TestRead_Refused(t *testing.T) {
	paras := func(n int) string {
		return docHead + strings.Repeat(`<w:p><w:r><w:t>Một đoạn.</w:t></w:r></w:p>`, n) + docTail
	}
	xlsx := minimal(t, "", map[string][]byte{"xl/workbook.xml": []byte("<workbook/>")})
	for _, tc := range []struct {
		name string
		data []byte
		want string // in the English message
	}{
		{"Empty", nil, "empty"},
		{"Text", []byte("Họ và tên,Đơn vị\nAn,B\n"), "not a Word document"},
		{"OldDoc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "old-style Word document (.doc)"},
		{"TruncatedZip", minimal(t, paras(3), nil)[:200], "not a Word document"},
		{"Workbook", xlsx, "Excel workbook"},
		{"NoDocumentPart", minimal(t, "", nil), "word/document.xml is missing"},
		{"BrokenXML", minimal(t, docHead+`<w:p><w:r><w:t>Một</w:r>`, nil), "invalid XML"},
		{"DeepNesting", minimal(t, docHead+strings.Repeat("<w:sdt><w:sdtContent>", 100)+docTail, nil), "levels deep"},
		{"ZipBomb", bomb(t, "word/document.xml", docHead, 65<<20, true), "over the 64 MB limit"},
		{"ZipBombLying", bomb(t, "word/document.xml", docHead, 65<<20, false), "could not be read"},
		{"WideCells", minimal(t, docHead+"<w:tbl><w:tr>"+strings.Repeat(`<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p/></w:tc>`, 5000)+"</w:tr></w:tbl>"+docTail, nil), "more than 200000 table cells"},
		{"HugeText", minimal(t, docHead+"<w:p><w:r><w:t>"+strings.Repeat("chữ ", 5<<20)+"</w:t></w:r></w:p>"+docTail, nil), "more than 16 MB of text"},
		{"HundredThousandParagraphs", minimal(t, paras(100_000), nil), "more than 50000 paragraphs"},
		{"TooManyBlocks", minimal(t, paras(model.MaxBlocks+5), nil), "blocks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer msg.SetLang(msg.Current())
			msg.SetLang(msg.English)
			d, err := docx.Read(bytes.NewReader(tc.data), int64(len(tc.data)))
			if err == nil {
				t.Fatalf("read %d blocks, want a refusal", len(d.Report.Body))
			}
			if d != nil {
				t.Error("got a document with the error")
			}
			if model.ErrorCode(err) != model.EINVALID {
				t.Errorf("got %v (code %s), want EINVALID", err, model.ErrorCode(err))
			}
			if m := model.ErrorMessage(err); !strings.Contains(m, tc.want) {
				t.Errorf("got %q, want it to say %q", m, tc.want)
			}
		})
	}
}

// TestRead_PictureBounded: a picture larger than a photo can be does not come
// in, and a note says so, while the text around it does; one whose header lies
// about its size is refused when its bytes are read, not read to the end.
func TestRead_PictureBounded(t *testing.T) {
	defer msg.SetLang(msg.Current())
	msg.SetLang(msg.English)
	for _, honest := range []bool{true, false} {
		huge := bomb(t, "word/media/image1.jpeg", "\xff\xd8\xff", 65<<20, honest)
		zr, err := zip.NewReader(bytes.NewReader(huge), int64(len(huge)))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte(docHead + `<w:p><w:r><w:t>Đoạn trước ảnh.</w:t></w:r></w:p><w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId1"/></w:drawing></w:r></w:p><w:p><w:r><w:t>Đoạn sau ảnh.</w:t></w:r></w:p>` + docTail))
		w, _ = zw.Create("word/_rels/document.xml.rels")
		w.Write([]byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/></Relationships>`))
		if err := zw.Copy(zr.File[0]); err != nil {
			t.Fatal(err)
		}
		zw.Close()
		d := MustRead(t, buf.Bytes())
		got := describe(d.Report)
		if honest {
			if len(d.Photos) != 0 || len(d.Notes) != 2 || !strings.Contains(d.Notes[1], "larger than 64 MB") {
				t.Errorf("got %d photos, notes %q; want none and a note naming the limit", len(d.Photos), d.Notes)
			}
			if strings.Join(got, "|") != "P Đoạn trước ảnh.|P Đoạn sau ảnh." {
				t.Errorf("body %q, want both paragraphs", got)
			}
			continue
		}
		if len(d.Photos) != 1 {
			t.Fatalf("got %d photos, want the one the document shows", len(d.Photos))
		}
		if _, err := d.Photos[0].Bytes(); err == nil || model.ErrorCode(err) != model.EINVALID {
			t.Errorf("reading a picture whose header lies: got %v, want an EINVALID refusal", err)
		}
		if strings.Join(got, "|") != "P Đoạn trước ảnh.|F ||P Đoạn sau ảnh." {
			t.Errorf("body %q, want the paragraphs around the photo", got)
		}
	}
}
