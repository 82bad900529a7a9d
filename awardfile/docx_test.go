package awardfile_test

import (
	"archive/zip"
	"bytes"
	"os"
	"strings"
	"testing"

	"newsdesk/awardfile"
	"newsdesk/model"
	"newsdesk/msg"
)

// wantAnnex is the list the annexes of ../docx/testdata hold.
var wantAnnex = []model.Recipient{
	{Kind: model.Collective, Name: "Tổ dân phố số 4", Unit: "Phường Hòa Khánh", Form: "Giấy khen"},
	{Kind: model.Collective, Name: "Câu lạc bộ Cờ tướng phường", Unit: "Phường Hòa Khánh", Form: "Giấy khen"},
	{Kind: model.Individual, Name: "Trần Văn Bình", Title: "Tổ trưởng", Unit: "Tổ dân phố số 4", Form: "Giấy khen"},
	{Kind: model.Individual, Name: "Phạm Thị Ngọc Ánh", Title: "Giáo viên", Unit: "Trường Tiểu học Hòa Khánh", Form: "Giấy khen"},
	{Kind: model.Individual, Name: "Đỗ Quang Vinh", Title: "Chủ nhiệm", Unit: "Câu lạc bộ Bóng bàn phường", Form: "Giấy khen"},
}

func annex(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../docx/testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReadDOCX reads a decision's annex as python-docx and LibreOffice wrote it:
// a title above the table, a row of column numbers, section rows merged across
// the table, and (python-docx's) the award form merged down its column, which
// stands in each row it covers.
func TestReadDOCX(t *testing.T) {
	assertRecipients(t, mustRead(t, "annex.docx", annex(t, "annex-python-docx.docx")), wantAnnex)

	// LibreOffice's annex writes the form on the first row of each section only.
	want := append([]model.Recipient(nil), wantAnnex...)
	want[1].Form, want[3].Form, want[4].Form = "", "", ""
	assertRecipients(t, mustRead(t, "annex.docx", annex(t, "annex-libreoffice.docx")), want)

	// A Word file named otherwise is still told by its content.
	assertRecipients(t, mustRead(t, "danh-sach", annex(t, "annex-python-docx.docx")), wantAnnex)
}

// TestReadDOCXBadRows: one bad row fails the whole annex, rows named as the
// table counts them from its header row.
func TestReadDOCXBadRows(t *testing.T) {
	defer msg.SetLang(msg.Current())
	msg.SetLang(msg.English)
	m := mustFail(t, "annex.docx", annex(t, "annex-bad-python-docx.docx"))
	for _, want := range []string{`"annex.docx" has 2 problems`, "Row 4: it is unclear whether “Nhóm bạn trẻ”", "Row 6: the name is missing."} {
		if !strings.Contains(m, want) {
			t.Errorf("got %q, want it to say %q", m, want)
		}
	}
}

// TestReadDOCXTables: the award table is found after another table and named
// by its place when it has a problem; a document without a table, an old .doc
// and a damaged .docx are refused with a sentence.
func TestReadDOCXTables(t *testing.T) {
	defer msg.SetLang(msg.Current())
	msg.SetLang(msg.English)
	tbl := func(rows ...[]string) string {
		s := `<w:tbl>`
		for _, r := range rows {
			s += `<w:tr>`
			for _, c := range r {
				s += `<w:tc><w:p><w:r><w:t>` + c + `</w:t></w:r></w:p></w:tc>`
			}
			s += `</w:tr>`
		}
		return s + `</w:tbl>`
	}
	doc := func(body string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
		zw.Close()
		return buf.Bytes()
	}
	other := tbl([]string{"Nội dung", "Thời gian"}, []string{"Khai mạc", "8 giờ"})
	good := doc(`<w:p/>` + other + tbl([]string{"STT", "Họ và tên", "Đơn vị"}, []string{"1", "Lưu Thị Mai", "Phòng Văn hóa"}))
	assertRecipients(t, mustRead(t, "annex.docx", good),
		[]model.Recipient{{Kind: model.Individual, Name: "Lưu Thị Mai", Unit: "Phòng Văn hóa"}})

	bad := doc(other + tbl([]string{"STT", "Họ và tên", "Đơn vị"}, []string{"1", "Lưu Thị Mai", "Phòng Văn hóa"}, []string{"2", "", "Phòng Y tế"}))
	if m := mustFail(t, "annex.docx", bad); !strings.Contains(m, `Table 2 of the file "annex.docx" has 1 problems`) || !strings.Contains(m, "Row 3: the name is missing.") {
		t.Errorf("got %q, want table 2's row 3 named", m)
	}
	if m := mustFail(t, "annex.docx", doc(`<w:p><w:r><w:t>Không có bảng</w:t></w:r></w:p>`)); !strings.Contains(m, "has no table") {
		t.Errorf("got %q, want it to say there is no table", m)
	}
	if m := mustFail(t, "annex.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)); !strings.Contains(m, "old-style Word document (.doc)") {
		t.Errorf("got %q, want it to name an old .doc", m)
	}
	if m := mustFail(t, "annex.docx", good[:len(good)-30]); !strings.Contains(m, "not a Word document") {
		t.Errorf("got %q, want it to say the file is damaged", m)
	}
}

// TestReadTable reads rows handed over as they are, as package docx does with
// a report's tables.
func TestReadTable(t *testing.T) {
	rows := [][]string{
		{"STT", "Tên tập thể, họ và tên", "Đơn vị, chức vụ", "Hình thức khen thưởng"},
		{"Tập thể"},
		{"1", "Trường Mầm non Sao Mai", "Phường Hòa Khánh", "Giấy khen"},
		{"Cá nhân"},
		{"1", "Kiều Văn Tâm", "Bảo vệ, Trường Mầm non Sao Mai", "Giấy khen"},
	}
	if !awardfile.IsList(rows) {
		t.Fatal("IsList: false for an award table")
	}
	if awardfile.IsList([][]string{{"Môn thi", "Số đội"}, {"Cờ tướng", "9"}}) {
		t.Error("IsList: true for a table of sports")
	}
	got, err := awardfile.ReadTable("report", rows)
	if err != nil {
		t.Fatal(err)
	}
	assertRecipients(t, got, []model.Recipient{
		{Kind: model.Collective, Name: "Trường Mầm non Sao Mai", Unit: "Phường Hòa Khánh", Form: "Giấy khen"},
		{Kind: model.Individual, Name: "Kiều Văn Tâm", Title: "Bảo vệ, Trường Mầm non Sao Mai", Form: "Giấy khen"},
	})
}
