package ui_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
)

// TestWordDroppedAndSaved: a Word document dropped on the window becomes a new
// report that opens, with what stayed as plain text listed; the open report saved
// as Word goes where the save dialog says, after the typing was saved.
func TestWordDroppedAndSaved(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	first := model.NewReport("Hội nghị giao ban")
	lib.CreateReport(nil, first)
	var mu sync.Mutex
	var exported []string
	word := &ui.Word{
		Import: func(ctx context.Context, path string) (int64, []string, error) {
			if filepath.Base(path) != "bao-cao.docx" {
				t.Errorf("imported %q", path)
			}
			r := model.NewReport("Hội nghị tổng kết phong trào thể thao")
			lib.CreateReport(ctx, r)
			return r.ID, []string{"Bảng 2 được giữ dạng văn bản."}, nil
		},
		Export: func(ctx context.Context, id int64, path string, force bool) error {
			mu.Lock()
			exported = append(exported, lib.stored(id).Headline+" → "+filepath.Base(path))
			mu.Unlock()
			return os.WriteFile(path, []byte("PK"), 0o644)
		},
	}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Word: word}, "library.sqlite")
	var said informs
	m.Inform = said.add
	opened(t, m)

	dir := t.TempDir()
	m.Drop([]fyne.URI{storage.NewFileURI(filepath.Join(dir, "bao-cao.docx"))})
	eventually(t, func() bool {
		return m.Editor != nil && m.Editor.Report().Headline == "Hội nghị tổng kết phong trào thể thao"
	})
	if got := said.all(); !strings.Contains(got, "Đã tạo bài mới từ “bao-cao.docx”") || !strings.Contains(got, "Bảng 2 được giữ dạng văn bản.") {
		t.Errorf("said %q, want the new report and the note", got)
	}

	a.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	test.Type(m.Editor.Headline, " năm 2026")
	m.ExportWord()
	saveInDialog(t, m.Window, "tong-ket.docx")
	eventually(t, func() bool { mu.Lock(); defer mu.Unlock(); return len(exported) == 1 })
	if exported[0] != "Hội nghị tổng kết phong trào thể thao năm 2026 → tong-ket.docx" {
		t.Errorf("exported %q, want the report as typed, where the dialog said", exported[0])
	}
}
