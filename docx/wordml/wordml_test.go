package wordml_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"newsdesk/docx/wordml"
)

const (
	head = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>`
	tail = `</w:body></w:document>`
	rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/a.png"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="/word/media/b.jpeg"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///C:/photos/c.jpg" TargetMode="External"/>` +
		`</Relationships>`
	styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Chuthich"><w:name w:val="Caption"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="MyCaption"><w:name w:val="My Caption"/><w:basedOn w:val="Chuthich"/></w:style>` +
		`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
		`</w:styles>`
)

func open(t *testing.T, body string) *wordml.Document {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range map[string]string{
		"word/document.xml":            head + body + tail,
		"word/_rels/document.xml.rels": rels,
		"word/styles.xml":              styles,
		"word/media/a.png":             "png",
		"word/media/b.jpeg":            "jpeg",
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(data))
	}
	zw.Close()
	d, err := wordml.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func para(t *testing.T, d *wordml.Document, i int) *wordml.Paragraph {
	t.Helper()
	if i >= len(d.Body) || d.Body[i].Para == nil {
		t.Fatalf("block %d is not a paragraph: %d blocks", i, len(d.Body))
	}
	return d.Body[i].Para
}

// TestRuns: the text of a paragraph as Word shows it.
func TestRuns(t *testing.T) {
	for _, tc := range []struct{ name, xml, want string }{
		{"Preserve", `<w:r><w:t xml:space="preserve">Hội </w:t></w:r><w:r><w:t>nghị</w:t></w:r>`, "Hội nghị"},
		{"TabBreak", `<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type="page"/><w:t>d</w:t></w:r>`, "a\tb\nc d"},
		{"SoftHyphen", `<w:r><w:t>khuyến</w:t><w:softHyphen/><w:t>học</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r>`, "khuyếnhọc-x"},
		{"Symbol", `<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Times New Roman" w:char="2013"/></w:r>`, "–"},
		{"Tracked", `<w:ins><w:r><w:t>thêm </w:t></w:r></w:ins><w:del><w:r><w:delText>bỏ </w:delText></w:r></w:del><w:moveFrom><w:r><w:t>dời </w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>đến</w:t></w:r></w:moveTo>`, "thêm đến"},
		{"Field", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="DATE"><w:r><w:t>/12</w:t></w:r></w:fldSimple>`, "7/12"},
		{"Wrappers", `<w:hyperlink r:id="rId9"><w:r><w:t>liên </w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>kết </w:t></w:r></w:smartTag><w:sdt><w:sdtContent><w:r><w:t>ô</w:t></w:r></w:sdtContent></w:sdt>`, "liên kết ô"},
		{"Hidden", `<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:t>hiện</w:t></w:r>`, "hiện"},
		{"NFD", "<w:r><w:t>Nguye\u0302\u0303n</w:t></w:r>", "Nguyễn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := para(t, open(t, `<w:p>`+tc.xml+`</w:p>`), 0).Text; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLook: style names through basedOn, alignment, bold and italic from the
// style, the character style and the runs.
func TestLook(t *testing.T) {
	d := open(t, `<w:p><w:pPr><w:pStyle w:val="MyCaption"/></w:pPr><w:r><w:t>Chú thích</w:t></w:r></w:p>`+
		`<w:p><w:pPr><w:jc w:val="end"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Minh Khôi</w:t></w:r></w:p>`+
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ab</w:t></w:r><w:r><w:t>cdef</w:t></w:r></w:p>`+
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>mục</w:t></w:r></w:p>`)
	c := para(t, d, 0)
	if !c.Has("caption") || c.Style != "my caption" || c.Align != wordml.AlignCenter || !c.Italic {
		t.Errorf("caption: got style %q chain %v align %q italic %v", c.Style, c.StyleChain, c.Align, c.Italic)
	}
	if b := para(t, d, 1); b.Align != wordml.AlignRight || !b.Bold || b.Style != "normal" {
		t.Errorf("byline: got align %q bold %v style %q", b.Align, b.Bold, b.Style)
	}
	if p := para(t, d, 2); p.Bold || len(p.Spans) != 2 || !p.Spans[0].Bold || p.Spans[1].Text != "cdef" {
		t.Errorf("mostly plain: got bold %v spans %+v", p.Bold, p.Spans)
	}
	if p := para(t, d, 3); !p.Numbered || p.Text != "mục" {
		t.Errorf("list item: got numbered %v text %q", p.Numbered, p.Text)
	}
}

// TestPictures: DrawingML and VML pictures, embedded and linked, once each
// where mc:AlternateContent repeats them, and text boxes' paragraphs after
// their anchor.
func TestPictures(t *testing.T) {
	d := open(t, `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Ảnh 1" descr="Quang cảnh"/><a:graphic><a:graphicData><a:blip r:embed="rId1"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`+
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="2" name="Khung"/><a:graphic><a:graphicData><w:txbxContent><w:p><w:r><w:drawing><a:blip r:embed="rId2"/></w:drawing></w:r><w:r><w:t>Chú thích khung</w:t></w:r></w:p></w:txbxContent></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rId2"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Neo</w:t></w:r></w:p>`+
		`<w:p><w:r><w:pict><v:shape alt="VML"><v:imagedata r:id="rId1" o:title="" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></w:pict></w:r></w:p>`+
		`<w:p><w:r><w:drawing><a:blip r:link="rId3"/></w:drawing></w:r></w:p>`)
	if len(d.Body) != 5 {
		t.Fatalf("got %d blocks, want 5", len(d.Body))
	}
	p0 := para(t, d, 0)
	if len(p0.Pictures) != 1 || p0.Pictures[0].Target != "word/media/a.png" || p0.Pictures[0].Alt != "Quang cảnh" {
		t.Errorf("inline: got %+v", p0.Pictures)
	}
	anchor, box := para(t, d, 1), para(t, d, 2)
	if anchor.Text != "Neo" || len(anchor.Pictures) != 0 {
		t.Errorf("anchor: got %q %+v", anchor.Text, anchor.Pictures)
	}
	if !box.InTextBox || box.Text != "Chú thích khung" || len(box.Pictures) != 1 || box.Pictures[0].Target != "word/media/b.jpeg" {
		t.Errorf("text box: got %+v", box)
	}
	if v := para(t, d, 3); len(v.Pictures) != 1 || v.Pictures[0].Target != "word/media/a.png" || v.Pictures[0].Alt != "VML" {
		t.Errorf("VML: got %+v", v.Pictures)
	}
	if l := para(t, d, 4); len(l.Pictures) != 1 || !l.Pictures[0].External {
		t.Errorf("linked: got %+v", l.Pictures)
	}
	data, err := d.ReadPicture(p0.Pictures[0])
	if err != nil || string(data) != "png" {
		t.Errorf("ReadPicture: got %q, %v", data, err)
	}
}

// TestTables: cells' text with merged cells as a reader sees them, the header
// row, a nested table's rows as text, a row in a content control.
func TestTables(t *testing.T) {
	tc := func(props, text string) string {
		return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	d := open(t, `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>`+
		`<w:tr><w:trPr><w:tblHeader/></w:trPr>`+tc("", "STT")+tc("", "Họ và tên")+tc("", "Hình thức")+`</w:tr>`+
		`<w:tr>`+tc(`<w:gridSpan w:val="2"/>`, "I. CÁ NHÂN")+tc(`<w:vMerge w:val="restart"/>`, "Giấy khen")+`</w:tr>`+
		`<w:sdt><w:sdtContent><w:tr>`+tc("", "1")+tc("", "An")+tc(`<w:vMerge/>`, "")+`</w:tr></w:sdtContent></w:sdt>`+
		`<w:tr>`+tc("", "2")+`<w:tc><w:tbl><w:tr>`+tc("", "x")+tc("", "y")+`</w:tr></w:tbl><w:p/></w:tc>`+tc("", "z")+`</w:tr>`+
		`</w:tbl>`)
	tables := d.Tables()
	if len(tables) != 1 {
		t.Fatalf("got %d tables, want 1", len(tables))
	}
	var got []string
	for _, r := range tables[0].Rows {
		got = append(got, strings.Join(r.Cells, "/"))
	}
	want := []string{"STT/Họ và tên/Hình thức", "I. CÁ NHÂN//Giấy khen", "1/An/Giấy khen", "2/x | y/z"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !tables[0].Rows[0].Header || tables[0].Rows[1].Header {
		t.Error("the header row is not told apart")
	}
}
