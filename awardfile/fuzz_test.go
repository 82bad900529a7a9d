package awardfile_test

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"newsdesk/awardfile"
	"newsdesk/model"
)

// FuzzReadCSV feeds Read arbitrary CSV bytes: it must never panic, and must either
// return clean recipients or a reporter's error with nothing else.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte(listText))
	f.Add([]byte(strings.ReplaceAll(listText, ",", ";")))
	f.Add(utf16File(strings.ReplaceAll(listText, ",", "\t"), false))
	for _, b := range encodeAll(f, listText) {
		f.Add(b)
	}
	f.Add([]byte("sep=;\nHọ và tên;Đơn vị\n\"Hồ \"\"Văn\"\" Nam\";\"Phòng\nNội vụ\"\n"))
	f.Add([]byte("DANH SÁCH\n\nSTT,Tên,Chức vụ\nI. TẬP THỂ,,\n1,Phòng Y tế,\nII. CÁ NHÂN,,\n1,Minh Khôi,\n"))
	f.Add([]byte("Họ và tên,Đơn vị\n\"Hồ Văn Nam,Phòng\n"))
	f.Add([]byte("Tên\n\xa7\xb6ng\n"))
	f.Add([]byte("Tên\nVie\xe4t\n"))
	f.Add([]byte("\xef\xbb\xbf"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := awardfile.Read("fuzz.csv", data)
		if refused(t, got, err) {
			return
		}
		if len(got) == 0 {
			t.Fatal("no recipients and no error")
		}
		for _, r := range got {
			if r.Name == "" || (r.Kind != model.Collective && r.Kind != model.Individual) {
				t.Fatalf("got %+v", r)
			}
			for _, s := range []string{r.Name, r.Unit, r.Title, r.Form} {
				if strings.ContainsAny(s, "\n\r\t") || strings.TrimSpace(s) != s || !norm.NFC.IsNormalString(s) {
					t.Fatalf("got %q, want one clean NFC line", s)
				}
			}
		}
	})
}

// FuzzReadXLSX feeds Read workbooks whose first sheet's XML is arbitrary bytes,
// inside a zip that is otherwise whole: never a panic; a refusal in words; what
// it accepts are clean recipients.
func FuzzReadXLSX(f *testing.F) {
	book := workbook(f, func(x *excelize.File, sheet string) { officeList(f, x, sheet) })
	var sheet []byte
	rezipSheet(f, book, func(old []byte) []byte { sheet = old; return old })
	f.Add(sheet)
	f.Add([]byte(strings.Replace(string(sheet), `r="A`, `r="XFD`, -1)))
	f.Add([]byte(`<worksheet><sheetData><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Tên</t></is></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<worksheet><sheetData>` + strings.Repeat(`<row/>`, 100) + `</sheetData></worksheet>`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, sheetXML []byte) {
		data := rezipSheet(t, book, func([]byte) []byte { return sheetXML })
		got, err := awardfile.Read("fuzz.xlsx", data)
		if refused(t, got, err) {
			return
		}
		for _, r := range got {
			if r.Name == "" || strings.ContainsAny(r.Name, "\n\r\t") || !norm.NFC.IsNormalString(r.Name) {
				t.Fatalf("got %+v", r)
			}
		}
	})
}

// refused checks a reader's refusal: a reporter's sentence and nothing else.
func refused(t *testing.T, got []model.Recipient, err error) bool {
	t.Helper()
	if err == nil {
		return false
	}
	if got != nil {
		t.Fatalf("got %d recipients with an error", len(got))
	}
	if model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) == "" {
		t.Fatalf("got %#v, want an EINVALID *model.Error", err)
	}
	return true
}
