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

// TestMakePDF: a bulletin is made of the reports in the order given, a report
// asked for twice once, with the settings' agency; a library without one is told so; nothing is written over
// the library.
func TestMakePDF(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var order []int64
	var title string
	settings := map[string]string{}
	d := &desk.Desk{
		Reports: &mock.ReportService{FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) {
			r := model.NewReport("Bài")
			r.ID = id
			return r, nil
		}},
		Settings: &mock.SettingService{SettingsFn: func(ctx context.Context) (map[string]string, error) { return settings, nil }},
		PDFFuncs: desk.PDFFuncs{WritePDF: func(ctx context.Context, w io.Writer, reports []*model.Report, o desk.PDFOptions) ([]rune, error) {
			order, title = nil, o.Title
			for _, r := range reports {
				order = append(order, r.ID)
			}
			_, err := io.WriteString(w, "%PDF-1.7")
			return []rune{'\u0300'}, err
		}},
	}
	made, err := d.MakePDF(ctx, desk.PDFJob{IDs: []int64{3, 1, 3, 2}, Title: "Bản tin tuần", Path: filepath.Join(dir, "ban-tin.pdf")}, nil)
	if err != nil || len(order) != 3 || order[0] != 3 || order[1] != 1 || order[2] != 2 || title != "Bản tin tuần" {
		t.Fatalf("got %v, %v, order %v, title %q", made, err, order, title)
	}
	if !made.NoAgency || len(made.Missing) != 1 {
		t.Errorf("made %+v, want the missing agency and the character said", made)
	}
	settings[model.SettingAgencyName] = "Cổng Thông tin điện tử thành phố Hải Đông"
	if made, _ := d.MakePDF(ctx, desk.PDFJob{IDs: []int64{1}, Path: filepath.Join(dir, "bai.pdf")}, nil); made == nil || made.NoAgency {
		t.Errorf("made %+v with an agency set", made)
	}
	lib := filepath.Join(dir, "thu-vien.sqlite")
	os.WriteFile(lib, []byte("SQLite format 3\x00"), 0o644)
	if _, err := d.MakePDF(ctx, desk.PDFJob{IDs: []int64{1}, Path: lib, Output: outfile.Options{Library: lib, Force: true}}, nil); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("over the library: %v", err)
	}
}

// TestPrint: a PDF made only to be printed goes to a folder of its own under the
// name given, reaches the printer asked for, and its folder is released however
// the printing ends; one kept where the clerk said stays, even when no printer
// takes it.
func TestPrint(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var printed []string
	var released []string
	noPrinter := model.Errorf(model.EINVALID, "pdf.print.noprinter")
	var printErr error
	d := &desk.Desk{
		Reports: &mock.ReportService{FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) {
			r := model.NewReport("Bài")
			r.ID = id
			return r, nil
		}},
		Settings: &mock.SettingService{SettingsFn: func(ctx context.Context) (map[string]string, error) { return map[string]string{}, nil }},
		PDFFuncs: desk.PDFFuncs{
			WritePDF: func(ctx context.Context, w io.Writer, reports []*model.Report, o desk.PDFOptions) ([]rune, error) {
				_, err := io.WriteString(w, "%PDF-1.7")
				return nil, err
			},
			PrintPDF: func(ctx context.Context, path, printer string) (string, error) {
				if _, err := os.Stat(path); err != nil {
					t.Errorf("printing %s, which is not there: %v", path, err)
				}
				printed = append(printed, filepath.Base(path)+" → "+printer)
				return printer, printErr
			},
			PrintTempDir:     func() (string, error) { return os.MkdirTemp(dir, "in-") },
			ReleasePrintTemp: func(d string) { released = append(released, d); os.RemoveAll(d) },
		},
	}
	_, name, err := d.Print(ctx, desk.PrintJob{PDFJob: desk.PDFJob{IDs: []int64{4}}, Name: "hoi-nghi.pdf", Printer: "Văn phòng"}, nil)
	if err != nil || name != "Văn phòng" || len(printed) != 1 || printed[0] != "hoi-nghi.pdf → Văn phòng" || len(released) != 1 {
		t.Fatalf("printed %v to %q (%v), released %v; want hoi-nghi.pdf to Văn phòng and its folder released", printed, name, err, released)
	}
	printErr = noPrinter
	if _, _, err := d.Print(ctx, desk.PrintJob{PDFJob: desk.PDFJob{IDs: []int64{4}}, Name: "hoi-nghi.pdf"}, nil); err != noPrinter || len(released) != 2 {
		t.Errorf("no printer: %v, released %v; want the printer's answer and the folder released", err, released)
	}
	kept := filepath.Join(dir, "ban-luu.pdf")
	made, _, err := d.Print(ctx, desk.PrintJob{PDFJob: desk.PDFJob{IDs: []int64{4}, Path: kept}}, nil)
	if _, statErr := os.Stat(kept); err != noPrinter || made == nil || statErr != nil || len(released) != 2 {
		t.Errorf("a PDF kept, no printer: made %v, %v, file %v, released %v; want it kept and said", made, err, statErr, released)
	}
}
