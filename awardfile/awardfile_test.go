package awardfile_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"

	"newsdesk/awardfile"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/msg/msgtest"
)

// wantList is what listText (and every file built from it) holds.
var wantList = []model.Recipient{
	{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ", Unit: "Sở Nội vụ"},
	{Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Title: "Chuyên viên", Unit: "Phòng Tổ chức cán bộ"},
	{Kind: model.Individual, Name: "Trần Văn Quyết", Title: "Phó Trưởng phòng", Unit: "Văn phòng Sở"},
}

// mustRead reads a file that must import.
func mustRead(t *testing.T, filename string, data []byte) []model.Recipient {
	t.Helper()
	got, err := awardfile.Read(filename, data)
	if err != nil {
		t.Fatalf("Read(%q): %v", filename, err)
	}
	return got
}

// mustFail reads a file that must be refused, checks nothing came back and returns
// the message a reporter sees.
func mustFail(t *testing.T, filename string, data []byte) string {
	t.Helper()
	got, err := awardfile.Read(filename, data)
	if err == nil {
		t.Fatalf("Read(%q): got %v, want an error", filename, got)
	}
	if got != nil {
		t.Errorf("got %v recipients with the error, want none", len(got))
	}
	if code := model.ErrorCode(err); code != model.EINVALID {
		t.Errorf("got code %v, want %v", code, model.EINVALID)
	}
	return model.ErrorMessage(err)
}

func assertRecipients(t *testing.T, got, want []model.Recipient) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %d recipients:\n%v\nwant %d:\n%v", len(got), got, len(want), want)
	}
}

func utf16File(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	if bigEndian {
		b.Write([]byte{0xFE, 0xFF})
	} else {
		b.Write([]byte{0xFF, 0xFE})
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b.Write([]byte{byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
	}
	return b.Bytes()
}

func TestReadEncodings(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	crlf := strings.ReplaceAll(listText, "\n", "\r\n")
	tabs := strings.ReplaceAll(crlf, ",", "\t")
	files := map[string][]byte{
		"UTF8":         []byte(listText),
		"UTF8BOM":      append([]byte("\xEF\xBB\xBF"), crlf...),
		"UTF16LETab":   utf16File(tabs, false), // Excel's "Unicode text"
		"UTF16BE":      utf16File(crlf, true),
		"UTF16LENoBOM": utf16File(tabs, false)[2:],
	}
	for enc, b := range encodeAll(t, crlf) {
		files[enc] = b
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			assertRecipients(t, mustRead(t, "danh-sach.csv", data), wantList)
		})
	}
}

func TestReadTCVN3Capitals(t *testing.T) {
	// A .VnTime list whose title row and one column were typed in a capital font.
	text := "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG\n\n" +
		"STT,Họ và tên,Chức vụ,Đơn vị\n" +
		"1,Lê Thị Thu Hà,Chuyên viên,PHÒNG QUẢN LÝ ĐÔ THỊ\n" +
		"2,Đặng Văn Lực,Kế toán,TRUNG TÂM VĂN HÓA THỂ THAO\n"
	b, _ := awardfile.EncodeTCVN3(text)
	got := mustRead(t, "tcvn3.csv", b)
	want := []model.Recipient{
		{Kind: model.Individual, Name: "Lê Thị Thu Hà", Title: "Chuyên viên", Unit: "PHÒNG QUẢN LÝ ĐÔ THỊ"},
		{Kind: model.Individual, Name: "Đặng Văn Lực", Title: "Kế toán", Unit: "TRUNG TÂM VĂN HÓA THỂ THAO"},
	}
	assertRecipients(t, got, want)
}

func TestReadSeparators(t *testing.T) {
	rows := [][]string{
		{"STT", "Loại", "Tên", "Chức vụ", "Đơn vị"},
		{"1", "Tập thể", "Phòng Tổ chức cán bộ", "", "Sở Nội vụ"},
		{"2", "Cá nhân", "Nguyễn Thị Hồng Nhung", "Chuyên viên", "Phòng Tổ chức cán bộ"},
		{"3", "Cá nhân", "Trần Văn Quyết", "Phó Trưởng phòng", "Văn phòng Sở"},
	}
	for name, sep := range map[string]string{"Comma": ",", "Semicolon": ";", "Tab": "\t"} {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, r := range rows {
				b.WriteString(strings.Join(r, sep) + "\r\n")
			}
			assertRecipients(t, mustRead(t, "list.csv", []byte(b.String())), wantList)
		})
	}
	t.Run("QuotedSeparatorsAndNewlines", func(t *testing.T) {
		for _, sep := range []string{",", ";", "\t"} {
			text := strings.Join([]string{"STT", "Họ và tên", "Đơn vị"}, sep) + "\n" +
				strings.Join([]string{"1", `"Lê Thị ""Thu"" Hà"`, "\"Phòng Kế hoạch, Tài chính; Sở\tCông Thương\""}, sep) + "\n" +
				strings.Join([]string{"2", "Đặng Văn Lực", "\"Trung tâm Văn hóa\r\nThể thao\""}, sep) + "\n" +
				strings.Join([]string{"3", "", "Phòng Nội vụ"}, sep) + "\n"
			got, err := awardfile.Read("quoted.csv", []byte(text))
			// Row 3 is the third record even though row 2 spans two lines, and the
			// header is row 1.
			if err == nil || !strings.Contains(model.ErrorMessage(err), "Dòng 4: thiếu tên.") {
				t.Errorf("sep %q: got %v, want an error naming row 4", sep, err)
			}
			if got != nil {
				t.Errorf("got %v", got)
			}
			fixed := strings.Replace(text, sep+sep+"Phòng Nội vụ", sep+"Hồ Văn Nam"+sep+"Phòng Nội vụ", 1)
			got = mustRead(t, "quoted.csv", []byte(fixed))
			want := []model.Recipient{
				{Kind: model.Individual, Name: `Lê Thị "Thu" Hà`, Unit: "Phòng Kế hoạch, Tài chính; Sở Công Thương"},
				{Kind: model.Individual, Name: "Đặng Văn Lực", Unit: "Trung tâm Văn hóa Thể thao"},
				{Kind: model.Individual, Name: "Hồ Văn Nam", Unit: "Phòng Nội vụ"},
			}
			assertRecipients(t, got, want)
		}
	})
	t.Run("OneColumn", func(t *testing.T) {
		// No separator in the header: a comma in a name is part of it.
		got := mustRead(t, "list.csv", []byte("Tên tập thể\nPhòng Kế hoạch, Tài chính\nBan Quản lý chợ Hoa Sen\n"))
		want := []model.Recipient{
			{Kind: model.Collective, Name: "Phòng Kế hoạch, Tài chính"},
			{Kind: model.Collective, Name: "Ban Quản lý chợ Hoa Sen"},
		}
		assertRecipients(t, got, want)
	})
	t.Run("SepLine", func(t *testing.T) {
		got := mustRead(t, "list.csv", []byte("sep=;\r\nHọ và tên;Chức vụ, đơn vị\r\nHồ Văn Nam;Chuyên viên, Phòng Nội vụ\r\n"))
		assertRecipients(t, got, []model.Recipient{{Kind: model.Individual, Name: "Hồ Văn Nam", Title: "Chuyên viên, Phòng Nội vụ"}})
	})
}

func TestReadTitleRows(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN QUẬN HOA SEN,,,,\n" +
		"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG\n" +
		",,,,\n" +
		"\"(Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2026 của Chủ tịch UBND quận)\",,,,\n" +
		"\n" +
		"STT,Loại,Họ và tên / Tên tập thể,Chức vụ,Đơn vị\n" +
		"(1),(2),(3),(4),(5)\n" +
		"1,Tập thể,Phòng Tổ chức cán bộ,,Sở Nội vụ\n" +
		"\n" +
		"2,Cá nhân,Nguyễn Thị Hồng Nhung,Chuyên viên,Phòng Tổ chức cán bộ\n" +
		"3,Cá nhân,Trần Văn Quyết,Phó Trưởng phòng,Văn phòng Sở\n" +
		",,,,\n" +
		"Tổng cộng: 1 tập thể và 2 cá nhân,,,,\n"
	assertRecipients(t, mustRead(t, "qd-15.csv", []byte(text)), wantList)

	t.Run("RowNumbersCountTitleRows", func(t *testing.T) {
		bad := strings.Replace(text, "3,Cá nhân,Trần Văn Quyết", "3,Cá nhân,", 1)
		m := mustFail(t, "qd-15.csv", []byte(bad))
		if !strings.Contains(m, "Dòng 11: thiếu tên.") {
			t.Errorf("got %q, want row 11 named", m)
		}
	})
}

func TestReadBadRows(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	text := "STT,Loại,Tên,Chức vụ,Đơn vị\n" + // row 1
		"1,Tập thể,Phòng Tổ chức cán bộ,,Sở Nội vụ\n" + // 2
		"2,Cá nhân,Nguyễn Thị Hồng Nhung,Chuyên viên,Phòng Tổ chức cán bộ\n" + // 3
		"3,Cá nhân,,Chuyên viên,Phòng Tổ chức cán bộ\n" + // 4: no name
		"4,Khác,Trần Văn Quyết,,Văn phòng Sở\n" + // 5: unknown kind
		"5,,Minh Khôi,,Văn phòng Sở\n" + // 6: cannot tell
		"\n" + // 7
		"6,Cá nhân,,,\n" // 8: no name
	m := mustFail(t, "danh-sach.csv", []byte(text))
	for _, want := range []string{
		`Tệp "danh-sach.csv" có 4 lỗi`,
		"\nDòng 4: thiếu tên.",
		"\nDòng 5: loại \"Khác\" không rõ",
		"\nDòng 6: không rõ “Minh Khôi” là tập thể hay cá nhân",
		"\nDòng 8: thiếu tên.",
	} {
		if !strings.Contains(m, want) {
			t.Errorf("got %q, want it to contain %q", m, want)
		}
	}
	t.Run("English", func(t *testing.T) {
		msg.SetLang(msg.English)
		defer msg.SetLang(msg.Vietnamese)
		m := mustFail(t, "list.csv", []byte(text))
		if !strings.Contains(m, "Row 4: the name is missing.") || !strings.Contains(m, `"list.csv"`) {
			t.Errorf("got %q", m)
		}
	})
	t.Run("ManyProblemsCapped", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Họ và tên,Đơn vị\n")
		for i := range 30 {
			fmt.Fprintf(&b, ",Phòng %d\n", i)
		}
		m := mustFail(t, "nhieu-loi.csv", []byte(b.String()))
		lines := strings.Split(m, "\n")
		if got, want := len(lines), 1+20+1; got != want {
			t.Errorf("got %v lines, want %v: %q", got, want, m)
		}
		if !strings.Contains(m, "có 30 lỗi") || !strings.HasSuffix(m, "… và 10 lỗi khác.") {
			t.Errorf("got %q", m)
		}
		if !strings.Contains(m, "Dòng 21: thiếu tên.") || strings.Contains(m, "Dòng 22:") {
			t.Errorf("got %q, want rows 2–21 listed", m)
		}
	})
	t.Run("UnclosedQuote", func(t *testing.T) {
		m := mustFail(t, "q.csv", []byte("Họ và tên,Đơn vị\nHồ Văn Nam,\"Phòng Nội vụ\nĐặng Văn Lực,Phòng Y tế\n"))
		if !strings.Contains(m, "Dòng 2: dấu ngoặc kép") {
			t.Errorf("got %q", m)
		}
	})
}

func TestReadFormColumn(t *testing.T) {
	text := "STT,Họ và tên,Chức vụ,Đơn vị,Hình thức khen thưởng\n" +
		"1,Nguyễn Thị Hồng Nhung,Chuyên viên,Phòng Tổ chức cán bộ,Bằng khen\n" +
		"2,Trần Văn Quyết,Phó Trưởng phòng,Văn phòng Sở,\n" +
		"3,Lê Thị Thu Hà,Kế toán,Văn phòng Sở,  Giấy   khen \n"
	got := mustRead(t, "form.csv", []byte(text))
	for i, want := range []string{"Bằng khen", "", "Giấy khen"} {
		if got[i].Form != want {
			t.Errorf("row %d: got %q, want %q", i+2, got[i].Form, want)
		}
	}
}

func TestReadNFD(t *testing.T) {
	text := norm.NFD.String("Họ và tên,Chức vụ,Đơn vị\nNguyễn Thị Hồng Nhung,Chuyên viên,Phòng Tổ chức cán bộ\n")
	got := mustRead(t, "nfd.csv", []byte(text))
	want := []model.Recipient{{Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Title: "Chuyên viên", Unit: "Phòng Tổ chức cán bộ"}}
	assertRecipients(t, got, want)
	if !norm.NFC.IsNormalString(got[0].Name) {
		t.Errorf("got %q, want NFC", got[0].Name)
	}
}

func TestReadKinds(t *testing.T) {
	t.Run("CollectiveHeading", func(t *testing.T) {
		got := mustRead(t, "tt.csv", []byte("STT,Tên đơn vị\n1,Phòng Tổ chức cán bộ\n2,Ban Quản lý chợ Hoa Sen\n"))
		for _, r := range got {
			if r.Kind != model.Collective {
				t.Errorf("%q: got %v, want %v", r.Name, r.Kind, model.Collective)
			}
		}
	})
	t.Run("IndividualHeading", func(t *testing.T) {
		got := mustRead(t, "cn.csv", []byte("STT,Họ tên\n1,Minh Khôi\n"))
		if got[0].Kind != model.Individual {
			t.Errorf("got %v, want %v", got[0].Kind, model.Individual)
		}
	})
	t.Run("KindWithoutDiacritics", func(t *testing.T) {
		got := mustRead(t, "k.csv", []byte("Kind,Name,Unit\ntap the,Phong Y te,So Y te\nCA NHAN,Ho Van Nam,Phong Y te\n"))
		if got[0].Kind != model.Collective || got[1].Kind != model.Individual {
			t.Errorf("got %v", got)
		}
	})
	t.Run("Sections", func(t *testing.T) {
		text := "STT,Tên,Chức vụ,Đơn vị\n" +
			"I,TẬP THỂ,,\n" +
			"1,Đội Quản lý trật tự đô thị,,\n" +
			"2,Minh Khôi Group,,\n" +
			"II. CÁ NHÂN (2),,,\n" +
			"1,Minh Khôi,,Phòng Nội vụ\n" +
			"2,Hồ Văn Nam,,Phòng Nội vụ\n"
		got := mustRead(t, "sec.csv", []byte(text))
		kinds := []model.RecipientKind{model.Collective, model.Collective, model.Individual, model.Individual}
		for i, r := range got {
			if r.Kind != kinds[i] {
				t.Errorf("%q: got %v, want %v", r.Name, r.Kind, kinds[i])
			}
		}
	})
	t.Run("TwoTables", func(t *testing.T) {
		text := "STT,Tên tập thể,Đơn vị\n1,Phòng Tổ chức cán bộ,Sở Nội vụ\n\n" +
			"STT,Họ và tên,Chức vụ,Đơn vị\n1,Nguyễn Thị Hồng Nhung,Chuyên viên,Phòng Tổ chức cán bộ\n"
		got := mustRead(t, "two.csv", []byte(text))
		want := []model.Recipient{
			{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ", Unit: "Sở Nội vụ"},
			{Kind: model.Individual, Name: "Nguyễn Thị Hồng Nhung", Title: "Chuyên viên", Unit: "Phòng Tổ chức cán bộ"},
		}
		assertRecipients(t, got, want)
	})
	t.Run("Guessed", func(t *testing.T) {
		got := mustRead(t, "g.csv", []byte("Tên,Chức vụ\nTrung tâm Y tế quận,\nTô Văn Hải,\nTổ dân phố số 3,\nMinh Khôi,Bảo vệ\nUBND phường Hòa Bình,\n"))
		kinds := []model.RecipientKind{model.Collective, model.Individual, model.Collective, model.Individual, model.Collective}
		for i, r := range got {
			if r.Kind != kinds[i] {
				t.Errorf("%q: got %v, want %v", r.Name, r.Kind, kinds[i])
			}
		}
	})
}

func TestReadRefused(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, tc := range []struct {
		name, filename string
		data           []byte
		want           string
	}{
		{"Empty", "rong.csv", nil, "trống"},
		{"OnlySpaces", "rong.csv", []byte(" \r\n\r\n"), "trống"},
		{"TooBig", "lon.csv", bytes.Repeat([]byte("a"), awardfile.MaxSize+1), "vượt giới hạn 10 MB"},
		{"TooManyRows", "dai.csv", []byte("Họ và tên\n" + strings.Repeat("Hồ Văn Nam\n", awardfile.MaxRows)), "hơn 10000 dòng"},
		{"NoHeader", "khong-tieu-de.csv", []byte("1,Phòng Tổ chức cán bộ\n2,Hồ Văn Nam\n"), "“Họ và tên”, “Tên tập thể”"},
		{"HeaderOnly", "tieu-de.csv", []byte("STT,Họ và tên,Đơn vị\n"), "không có tập thể hay cá nhân nào"},
		{"OldXLS", "cu.xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "“CSV UTF-8”"},
		{"HTMLNamedXLS", "xuat-tu-web.xls", []byte("<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>"), ".xlsx"},
		{"OnlyBOMAndSeparators", "rong.csv", []byte("\xEF\xBB\xBF,,,\r\n;;\r\n"), "trống"},
		{"UTF16OnlyBOM", "rong.txt", []byte{0xFF, 0xFE, ' ', 0}, "trống"},
		{"ProtectedXLSX", "mat-khau.xlsx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "mật khẩu"},
		{"BrokenXLSX", "hong.xlsx", []byte("PK\x03\x04 not really a zip"), "bị hỏng"},
		{"BrokenUTF8", "ghep.csv", []byte(strings.Replace(listText, "Sở Nội vụ", "S\xf4 Nội vụ", 1)), "hỏng ở dòng 2"},
		{"PDF", "qd.pdf", []byte("%PDF-1.7\n..."), "không phải bảng tính"},
		{"Image", "anh.csv", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "không phải bảng tính"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mustFail(t, tc.filename, tc.data)
			if !strings.Contains(m, tc.want) {
				t.Errorf("got %q, want it to contain %q", m, tc.want)
			}
			if !strings.Contains(m, tc.filename) {
				t.Errorf("got %q, want the file named", m)
			}
		})
	}
}

func TestMessagesInBothLanguages(t *testing.T) {
	msgtest.Check(t, "awardfile.")
}

func TestReadCSVNamedXLS(t *testing.T) {
	// Some systems export text lists under an .xls name; Excel opens them, so must we.
	got := mustRead(t, "xuat.xls", []byte("Họ và tên\tĐơn vị\nHồ Văn Nam\tPhòng Nội vụ\n"))
	assertRecipients(t, got, []model.Recipient{{Kind: model.Individual, Name: "Hồ Văn Nam", Unit: "Phòng Nội vụ"}})
}

func TestReadNumberedEmptyRows(t *testing.T) {
	text := "STT,Họ và tên,Đơn vị\n1,Hồ Văn Nam,Phòng Nội vụ\n2,,\n3,Đặng Văn Lực,Phòng Y tế\n4,,\n5.,,\n"
	t.Run("ErrBetweenRecipients", func(t *testing.T) {
		m := mustFail(t, "mau.csv", []byte(text))
		if !strings.Contains(m, "Dòng 3: thiếu tên.") || strings.Contains(m, "Dòng 5") || strings.Contains(m, "Dòng 6") {
			t.Errorf("got %q, want only row 3 named", m)
		}
	})
	t.Run("TemplateRowsAtTheEnd", func(t *testing.T) {
		got := mustRead(t, "mau.csv", []byte(strings.Replace(text, "2,,", "2,Minh Khôi,", 1)))
		if len(got) != 3 {
			t.Errorf("got %v recipients, want 3", len(got))
		}
	})
}

func TestReadTrailingBlankRows(t *testing.T) {
	// Excel exports formatted empty rows as ",,,"; they are not rows of the list.
	text := "Họ và tên,Chức vụ,Đơn vị\nHồ Văn Nam,Chuyên viên,Phòng Nội vụ\n" + strings.Repeat(",,\r\n", awardfile.MaxRows+5)
	got := mustRead(t, "excel.csv", []byte(text))
	if len(got) != 1 {
		t.Errorf("got %v recipients, want 1", len(got))
	}
}
