package awardfile_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"newsdesk/awardfile"
	"newsdesk/model"
	"newsdesk/msg"
)

// workbook builds an .xlsx in memory: fill gets the file and the name of its first
// sheet.
func workbook(t testing.TB, fill func(f *excelize.File, sheet string)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	fill(f, "Sheet1")
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func setRows(t testing.TB, f *excelize.File, sheet string, firstRow int, rows [][]any) {
	t.Helper()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, firstRow+i)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
}

// officeList is an award list as offices lay it out: merged title rows, a header
// on row 5, numbered rows; the unit of row 8 is a number shown as "Tổ 7".
func officeList(t testing.TB, f *excelize.File, sheet string) {
	t.Helper()
	f.SetCellValue(sheet, "A1", "ỦY BAN NHÂN DÂN QUẬN HOA SEN")
	f.MergeCell(sheet, "A1", "E1")
	f.SetCellValue(sheet, "A2", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG")
	f.MergeCell(sheet, "A2", "E2")
	f.SetCellValue(sheet, "A3", "(Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2026)")
	f.MergeCell(sheet, "A3", "E3")
	setRows(t, f, sheet, 5, [][]any{
		{"STT", "Loại", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
		{1, "Tập thể", "Phòng Tổ chức cán bộ", nil, "Sở Nội vụ", "Giấy khen"},
		{2, "Cá nhân", "Nguyễn Thị Hồng Nhung", "Chuyên viên", "Phòng Tổ chức cán bộ", "Giấy khen"},
		{3, "Cá nhân", "Trần Văn Quyết", "Tổ trưởng", 7, "Bằng khen"},
	})
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(`"Tổ "0`)})
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStyle(sheet, "E8", "E8", style)
	f.SetCellValue(sheet, "A10", "Ấn định danh sách có 01 tập thể và 02 cá nhân./.")
	f.MergeCell(sheet, "A10", "F10")
}

func ptr[T any](v T) *T { return &v }

var wantOfficeList = []model.Recipient{
	{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ", Unit: "Sở Nội vụ", Form: "Giấy khen"},
	{Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Title: "Chuyên viên", Unit: "Phòng Tổ chức cán bộ", Form: "Giấy khen"},
	{Kind: model.Individual, Name: "Trần Văn Quyết", Title: "Tổ trưởng", Unit: "Tổ 7", Form: "Bằng khen"},
}

func TestReadXLSX(t *testing.T) {
	t.Run("OfficeList", func(t *testing.T) {
		data := workbook(t, func(f *excelize.File, sheet string) { officeList(t, f, sheet) })
		assertRecipients(t, mustRead(t, "qd-15.xlsx", data), wantOfficeList)
	})
	t.Run("RenamedToCSV", func(t *testing.T) {
		data := workbook(t, func(f *excelize.File, sheet string) { officeList(t, f, sheet) })
		assertRecipients(t, mustRead(t, "qd-15.csv", data), wantOfficeList)
	})
	t.Run("FirstSheetWithAList", func(t *testing.T) {
		data := workbook(t, func(f *excelize.File, sheet string) {
			f.SetSheetName(sheet, "Bìa")
			f.SetCellValue("Bìa", "B2", "Hồ sơ khen thưởng năm 2025")
			f.NewSheet("Danh sách")
			officeList(t, f, "Danh sách")
		})
		assertRecipients(t, mustRead(t, "ho-so.xlsx", data), wantOfficeList)
	})
	t.Run("BadRowNumberIsTheSheetRow", func(t *testing.T) {
		data := workbook(t, func(f *excelize.File, sheet string) {
			officeList(t, f, sheet)
			f.SetCellValue(sheet, "C7", "")
			f.SetSheetName(sheet, "Danh sách")
			f.NewSheet("Ghi chú")
		})
		m := mustFail(t, "qd-15.xlsx", data)
		if !strings.Contains(m, "Dòng 7: thiếu tên.") || !strings.Contains(m, `Trang tính "Danh sách"`) {
			t.Errorf("got %q, want row 7 of the sheet named", m)
		}
	})
	t.Run("NoHeader", func(t *testing.T) {
		data := workbook(t, func(f *excelize.File, sheet string) {
			setRows(t, f, sheet, 1, [][]any{{1, "Phòng Tổ chức cán bộ"}})
		})
		m := mustFail(t, "bang.xlsx", data)
		if !strings.Contains(m, "Không tìm thấy dòng tiêu đề") {
			t.Errorf("got %q", m)
		}
	})
	t.Run("EmptyWorkbook", func(t *testing.T) {
		data := workbook(t, func(*excelize.File, string) {})
		m := mustFail(t, "trong.xlsx", data)
		if !strings.Contains(m, "trống") {
			t.Errorf("got %q", m)
		}
	})
	t.Run("TooManyRows", func(t *testing.T) {
		data := workbook(t, func(f *excelize.File, sheet string) {
			f.SetCellValue(sheet, "A1", "Họ và tên")
			f.SetCellValue(sheet, "A2", "Hồ Văn Nam")
			f.SetCellValue(sheet, "A10001", "Đặng Văn Lực")
		})
		m := mustFail(t, "dai.xlsx", data)
		if !strings.Contains(m, "hơn 10000 dòng") {
			t.Errorf("got %q", m)
		}
	})
	t.Run("UnicodeWithinLatin1", func(t *testing.T) {
		// Every letter here has a Windows-1252 code, as legacy font text has, yet
		// the text is Unicode and must stay as it is.
		data := workbook(t, func(f *excelize.File, sheet string) {
			setRows(t, f, sheet, 1, [][]any{{"Tên", "Unit"}, {"Lê Văn Hà", "Văn phòng"}, {"Tô Văn Tâm", "Văn phòng"}})
		})
		want := []model.Recipient{
			{Kind: model.Individual, Name: "Lê Văn Hà", Unit: "Văn phòng"},
			{Kind: model.Individual, Name: "Tô Văn Tâm", Unit: "Văn phòng"},
		}
		assertRecipients(t, mustRead(t, "moi.xlsx", data), want)
	})
	for _, font := range []string{"TCVN3", "VNI"} {
		t.Run("LegacyFont"+font, func(t *testing.T) {
			// Cells typed with a .VnTime or VNI-Times font hold the Windows characters
			// of the legacy bytes.
			asTyped := func(s string) string {
				var b []byte
				if font == "TCVN3" {
					b, _ = awardfile.EncodeTCVN3(s)
				} else {
					b, _ = awardfile.EncodeVNI(s)
				}
				r := make([]rune, len(b))
				for i, c := range b {
					r[i] = rune(c) // Latin-1: what the font showed for the byte
				}
				return string(r)
			}
			data := workbook(t, func(f *excelize.File, sheet string) {
				setRows(t, f, sheet, 1, [][]any{
					{asTyped("STT"), asTyped("Họ và tên"), asTyped("Chức vụ"), asTyped("Đơn vị")},
					{1, asTyped("Nguyễn Thị Hồng Nhung"), asTyped("Chuyên viên"), asTyped("Phòng Tổ chức cán bộ")},
					{2, asTyped("Đặng Văn Lực"), asTyped("Kế toán"), asTyped("Văn phòng Sở")},
				})
			})
			want := []model.Recipient{
				{Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Title: "Chuyên viên", Unit: "Phòng Tổ chức cán bộ"},
				{Kind: model.Individual, Name: "Đặng Văn Lực", Title: "Kế toán", Unit: "Văn phòng Sở"},
			}
			assertRecipients(t, mustRead(t, "cu.xlsx", data), want)
		})
	}
}

// rezipSheet returns the workbook with its first sheet's XML replaced.
func rezipSheet(t testing.TB, book []byte, sheetXML func(old []byte) []byte) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, e := range z.File {
		rc, _ := e.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if e.Name == "xl/worksheets/sheet1.xml" {
			data = sheetXML(data)
		}
		f, _ := w.Create(e.Name)
		f.Write(data)
	}
	w.Close()
	return out.Bytes()
}

// TestReadXLSXHostileShapes: a small workbook whose rows reach column XFD, or that
// holds millions of blank rows, is refused from its XML before a cell is read,
// in well under a second, naming the limit.
func TestReadXLSXHostileShapes(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	list := workbook(t, func(f *excelize.File, sheet string) { officeList(t, f, sheet) })
	wide := workbook(t, func(f *excelize.File, sheet string) {
		officeList(t, f, sheet)
		for row := 1; row <= 50; row++ {
			f.SetCellValue(sheet, "XFD"+strconv.Itoa(row), "x")
		}
	})
	blank := rezipSheet(t, list, func(old []byte) []byte {
		var rows bytes.Buffer
		for i := 100; i < 100+200_000; i++ {
			rows.WriteString(`<row r="` + strconv.Itoa(i) + `"/>`)
		}
		return bytes.Replace(old, []byte("</sheetData>"), append(rows.Bytes(), "</sheetData>"...), 1)
	})
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"ColumnXFD", wide, "256 cột"},
		{"MillionsOfBlankRows", blank, "10000 dòng"},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			_, err := awardfile.Read("danh-sach.xlsx", c.data)
			if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), c.want) {
				t.Fatalf("got %v, want refused naming %q", err, c.want)
			}
			t.Logf("%s: %d KB refused in %v", c.name, len(c.data)>>10, time.Since(start).Round(time.Millisecond))
		})
	}
	// The office's own list is still read.
	if _, err := awardfile.Read("danh-sach.xlsx", list); err != nil {
		t.Errorf("the ordinary list: %v", err)
	}
}
