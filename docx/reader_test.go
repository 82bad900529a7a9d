package docx_test

import (
	"bytes"
	"image"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
)

// The report both producers' documents hold (testdata/make_fixtures.py).
const (
	wantSection  = "Văn hóa – Thể thao"
	wantHeadline = "Phường Hòa Khánh tổng kết phong trào thể dục thể thao năm 2026"
	wantTag      = "(Hoakhanh.gov.vn) -"
	wantLead     = "Sáng 12/12, Ủy ban nhân dân phường Hòa Khánh tổ chức Hội nghị tổng kết phong trào thể dục thể thao năm 2026 và triển khai nhiệm vụ năm 2027."
	wantPara1    = "Dự Hội nghị có đồng chí Lê Thị Thu Hà, Phó Chủ tịch Ủy ban nhân dân phường; đại diện các tổ dân phố, trường học và câu lạc bộ thể thao trên địa bàn."
	wantPara2    = "Năm 2026, phường tổ chức 14 giải thi đấu với hơn 1.200 vận động viên tham gia; số người tập luyện thường xuyên đạt 41% dân số."
)

// TestRead_Producers reads the conference report as python-docx and LibreOffice
// made it: the head, each paragraph (the python-docx one through a tracked
// insertion and deletion, a hyperlink, a field, a soft hyphen and a smart tag),
// both photos with their captions (a Caption style, a LibreOffice frame, an
// italic centred line with a credit), the award table as a list, the other
// table as text with a note, and the byline.
func TestRead_Producers(t *testing.T) {
	for _, tc := range []struct {
		file   string
		photos int // LibreOffice's holds a third, in a frame at the end
	}{
		{"report-python-docx.docx", 2},
		{"report-libreoffice.docx", 3},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := MustRead(t, MustFile(t, tc.file))
			r := d.Report
			for _, f := range []struct{ name, got, want string }{
				{"section", r.Section, wantSection},
				{"headline", r.Headline, wantHeadline},
				{"source tag", r.SourceTag, wantTag},
				{"lead", r.Lead, wantLead},
				{"byline", strings.Join(r.Byline, "|"), "Minh Khôi|Thu Hà"},
			} {
				if f.got != f.want {
					t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
				}
			}
			want := []string{
				"P " + wantPara1,
				"F Quang cảnh Hội nghị|",
				"P " + wantPara2,
				"F Đồng chí Lê Thị Thu Hà phát biểu tại Hội nghị|Minh Khôi",
				"P Dịp này, Chủ tịch Ủy ban nhân dân phường trao Giấy khen cho 3 cá nhân có thành tích xuất sắc trong phong trào.",
				"A Giấy khen: individual Trần Văn Bình (Tổ trưởng, Tổ dân phố số 4); individual Phạm Thị Ngọc Ánh (Giáo viên, Trường Tiểu học Hòa Khánh); individual Đỗ Quang Vinh (Chủ nhiệm, Câu lạc bộ Bóng bàn phường)",
				"P Năm 2027, phường phấn đấu tổ chức thêm giải chạy vì sức khỏe cộng đồng.",
				"P Môn thi | Số đội | Số vận động viên",
				"P Bóng chuyền hơi | 12 | 144",
				"P Cờ tướng | 9 | 36",
			}
			if tc.photos == 3 {
				want = append(want, "F Các vận động viên thi đấu cờ tướng|")
			}
			got := describe(r)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("body:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if len(d.Notes) != 1 || !strings.Contains(d.Notes[0], "2") {
				t.Errorf("notes %q, want one about table 2", d.Notes)
			}
			if len(d.Photos) != tc.photos {
				t.Fatalf("got %d photos, want %d", len(d.Photos), tc.photos)
			}
			for _, p := range d.Photos {
				data, err := p.Bytes()
				if err != nil {
					t.Fatal(err)
				}
				if _, _, err := image.DecodeConfig(bytes.NewReader(data)); err != nil {
					t.Errorf("photo %s does not decode: %v", p.Filename, err)
				}
			}
			if err := r.Validate(); err != nil {
				t.Errorf("the library refuses the report: %v", err)
			}
		})
	}
}

// describe is a report's body one line a block, as the tests compare it.
func describe(r *model.Report) []string {
	var out []string
	for _, b := range r.Body {
		switch b.Kind {
		case model.BlockParagraph:
			out = append(out, "P "+b.Text)
		case model.BlockPhoto:
			out = append(out, "F "+b.Photo.Caption+"|"+b.Photo.Credit)
		case model.BlockAwards:
			var recs []string
			for _, rc := range b.Awards.Recipients {
				recs = append(recs, string(rc.Kind)+" "+rc.Name+" ("+rc.Detail()+")")
			}
			out = append(out, "A "+b.Awards.Form+": "+strings.Join(recs, "; "))
		}
	}
	return out
}

// TestRead_Layout reads a report laid out by hand, as offices often send them
// (python-docx): no styles but bold and italics, photos in a table with each
// caption in the cell under its photo, a numbered list, a "Tin, ảnh:" byline.
func TestRead_Layout(t *testing.T) {
	d := MustRead(t, MustFile(t, "report-layout-python-docx.docx"))
	r := d.Report
	for _, f := range []struct{ name, got, want string }{
		{"section", r.Section, "Đô thị"},
		{"headline", r.Headline, "PHƯỜNG HÒA KHÁNH RA QUÂN LÀM SẠCH KÊNH THOÁT NƯỚC"},
		{"source tag", r.SourceTag, "(Hoakhanh.gov.vn) -"},
		{"lead", r.Lead, "Sáng 14/12, phường Hòa Khánh ra quân làm sạch tuyến kênh thoát nước khu dân cư số 2."},
		{"byline", strings.Join(r.Byline, "|"), "Ngọc Hân"},
	} {
		if f.got != f.want {
			t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
		}
	}
	want := []string{
		"P Hơn 200 đoàn viên, hội viên và người dân tham gia; khối lượng rác thu gom đạt 12 tấn.",
		"F Đoàn viên thanh niên vớt rác trên kênh|",
		"F Lực lượng dân quân nạo vét bùn|",
		"P Các phần việc tiếp theo:",
		"P Duy trì vệ sinh kênh hằng tuần.",
		"P Lắp biển cấm đổ rác.",
	}
	if got := describe(r); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(d.Photos) != 2 || len(d.Notes) != 0 {
		t.Errorf("got %d photos and notes %q, want 2 photos and no note", len(d.Photos), d.Notes)
	}
}

// TestRead_Notes: what cannot be placed as it stood stays as text, or is named
// in a note: paragraphs above the headline, an award table with a bad row, a
// linked picture and a drawing that is no photo.
func TestRead_Notes(t *testing.T) {
	defer msg.SetLang(msg.Current())
	msg.SetLang(msg.English)
	p := func(props, text string) string {
		return `<w:p><w:pPr>` + props + `</w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	row := func(cells ...string) string {
		s := `<w:tr>`
		for _, c := range cells {
			s += `<w:tc><w:p><w:r><w:t>` + c + `</w:t></w:r></w:p></w:tc>`
		}
		return s + `</w:tr>`
	}
	pic := func(id string) string {
		return `<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:` + id + `/></w:drawing></w:r></w:p>`
	}
	doc := p("", "Ủy ban nhân dân phường") + p("", "Số 12/BC-UBND") + p(`<w:pStyle w:val="Title"/>`, "Tiêu đề bài") +
		p("", "Đoạn một.") +
		`<w:tbl>` + row("STT", "Họ và tên", "Đơn vị") + row("1", "Lê Văn Hải", "Phòng Y tế") + row("2", "", "Phòng Nội vụ") + `</w:tbl>` +
		pic(`link="rId1"`) + pic(`embed="rId2"`) + p("", "Đoạn cuối.")
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///C:/anh/hoinghi.jpg" TargetMode="External"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.emf"/></Relationships>`
	d := MustRead(t, minimal(t, docHead+doc+docTail, map[string][]byte{
		"word/_rels/document.xml.rels": []byte(rels), "word/media/logo.emf": []byte("emf"),
	}))
	if d.Report.Headline != "Tiêu đề bài" {
		t.Errorf("headline %q", d.Report.Headline)
	}
	want := []string{
		"P Ủy ban nhân dân phường",
		"P Đoạn một.",
		"P STT | Họ và tên | Đơn vị",
		"P 1 | Lê Văn Hải | Phòng Y tế",
		"P 2 | Phòng Nội vụ",
		"P Đoạn cuối.",
	}
	if d.Report.Section != "Số 12/BC-UBND" {
		t.Errorf("section %q, want the short line right above the headline", d.Report.Section)
	}
	if got := describe(d.Report); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	notes := strings.Join(d.Notes, "\n")
	for _, want := range []string{
		"1 paragraph above the headline was kept at the top of the body.",
		"Table 1 looks like an award list but could not be read, so it was kept as paragraphs: Row 3: the name is missing.",
		"only linked to a file outside the document",
		"A picture in emf format (a drawing or logo) is not a photo",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes:\n%s\nwant one saying %q", notes, want)
		}
	}
	if len(d.Photos) != 0 {
		t.Errorf("got %d photos, want none", len(d.Photos))
	}
}

// TestRead_CaptionBesidePicture: a caption typed in the picture's own centred
// paragraph, after a line break, is the photo's caption; a long paragraph that
// holds a picture stays a paragraph, the photo after it.
func TestRead_CaptionBesidePicture(t *testing.T) {
	pic := `<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId1"/></w:drawing></w:r>`
	long := strings.Repeat("Một đoạn văn dài có ảnh nằm giữa dòng. ", 10)
	doc := `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + pic + `<w:r><w:br/><w:t>Quang cảnh buổi lễ (Ảnh: Hà Linh)</w:t></w:r></w:p>` +
		`<w:p>` + pic + `<w:r><w:t>` + long + `</w:t></w:r></w:p>`
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`
	d := MustRead(t, minimal(t, docHead+doc+docTail, map[string][]byte{
		"word/_rels/document.xml.rels": []byte(rels), "word/media/image1.png": MustImage(t, 40, 30, "png").Data,
	}))
	want := []string{"F Quang cảnh buổi lễ|Hà Linh", "P " + strings.TrimSpace(long), "F |"}
	if got := describe(d.Report); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(d.Photos) != 1 {
		t.Errorf("got %d photos, want the one picture shown twice imported once", len(d.Photos))
	}
}
