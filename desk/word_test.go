package desk_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
	"newsdesk/outfile"
)

// TestImportWord: a Word document becomes a new report made from it, its photos
// through the library's import, and what could not be placed comes back as notes;
// a file that is no Word document stores nothing.
func TestImportWord(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "bao-cao.docx")
	os.WriteFile(path, []byte("PK… a Word document"), 0o644)

	var imported []model.ImportOptions
	d := &desk.Desk{
		Reports: &mock.ReportService{ImportReportFn: func(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions) (*model.ImportResult, error) {
			imported = append(imported, opts)
			if r.Headline != "Hội nghị tổng kết" || len(photos) != 1 {
				t.Errorf("imported %q with %d photos", r.Headline, len(photos))
			}
			return &model.ImportResult{ReportID: 7, Outcome: model.ImportCopy}, nil
		}},
		WordFuncs: desk.WordFuncs{ReadWord: func(r io.ReaderAt, size int64) (*model.ReportFile, error) {
			b := make([]byte, size)
			if _, err := r.ReadAt(b, 0); err != nil || string(b) != "PK… a Word document" {
				t.Errorf("read %q, %v; want the file's bytes", b, err)
			}
			rep := model.NewReport("Hội nghị tổng kết")
			return &model.ReportFile{Report: rep, Photos: []model.ImportPhoto{{UUID: model.NewUUID(), Filename: "anh1.jpeg"}},
				Notes: []string{"Bảng 2 được giữ dạng văn bản."}}, nil
		}},
	}
	res, err := d.ImportWord(ctx, path)
	if err != nil || res.ReportID != 7 || len(res.Notes) != 1 {
		t.Fatalf("got %+v, %v", res, err)
	}
	if len(imported) != 1 || !imported[0].AsCopy || imported[0].Via != model.ChannelWord {
		t.Errorf("import options %+v, want a new report made from Word", imported)
	}
	if imported[0].Received().Label() != "Nhập từ tài liệu Word" {
		t.Errorf("history says %q", imported[0].Received().Label())
	}

	bad := model.Errorf(model.EINVALID, "docx.notword", "ghi-chu.docx")
	d.ReadWord = func(io.ReaderAt, int64) (*model.ReportFile, error) { return nil, bad }
	if _, err := d.ImportWord(ctx, path); err != bad || len(imported) != 1 {
		t.Errorf("got %v with %d imports; want the reader's refusal, nothing stored", err, len(imported))
	}
	if _, err := d.ImportWord(ctx, filepath.Join(dir, "khong-co.docx")); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("a missing file: %v, want words", err)
	}
}

// TestExportWord: the report is written as a Word document by the output rules:
// never over the library (refused before any work), a document of another kind
// only when forced; its photos are the print copies.
func TestExportWord(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := filepath.Join(dir, "thu-vien.sqlite")
	os.WriteFile(lib, []byte("SQLite format 3\x00"), 0o644)
	r := model.NewReport("Hội nghị tổng kết")
	r.ID = 3
	r.Body = []model.Block{{Key: "p1", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: 11, UUID: model.NewUUID()}}}
	found := 0
	d := &desk.Desk{
		Reports: &mock.ReportService{FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) {
			found++
			return r.Clone(), nil
		}},
		Photos: &mock.PhotoService{FindPhotoByIDFn: func(ctx context.Context, id int64, variants ...model.PhotoVariant) (*model.Photo, error) {
			if id != 11 || len(variants) != 1 || variants[0] != model.VariantPrint {
				t.Errorf("asked for photo %d %v, want 11's print copy", id, variants)
			}
			return &model.Photo{Print: model.PhotoFile{MIME: "image/jpeg", Data: []byte("jpeg")}}, nil
		}},
		WordFuncs: desk.WordFuncs{WriteWord: func(ctx context.Context, w io.Writer, r *model.Report, photo desk.PhotoFunc) error {
			f, err := photo(ctx, r.Body[0].Photo)
			if err != nil {
				return err
			}
			_, err = io.WriteString(w, r.Headline+" "+string(f.Data))
			return err
		}},
	}
	out := filepath.Join(dir, "bao-cao.docx")
	if err := d.ExportWord(ctx, 3, out, outfile.Options{Library: lib}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); string(got) != "Hội nghị tổng kết jpeg" {
		t.Errorf("wrote %q", got)
	}
	if err := d.ExportWord(ctx, 3, lib, outfile.Options{Library: lib, Force: true}); model.ErrorCode(err) != model.EINVALID || found != 1 {
		t.Errorf("over the library: %v after %d reads; want refused before any work", err, found)
	}
	if got, _ := os.ReadFile(lib); string(got) != "SQLite format 3\x00" {
		t.Error("the library changed")
	}
}
