package desk_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
	"newsdesk/outfile"
)

// TestExportReviewBundle: a review bundle carries the history with content, the
// comments (deleted ones too) and the lineage read once; progress counts each
// photo once; the library then keeps what went away as a bundle hand-off. Over
// the library, nothing is even read.
func TestExportReviewBundle(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	r := model.NewReport("Hội nghị tổng kết")
	r.ID, r.Rev = 5, "r3"
	p1 := &model.PhotoBlock{PhotoID: 1, UUID: model.NewUUID()}
	p2 := &model.PhotoBlock{PhotoID: 2, UUID: model.NewUUID()}
	r.Body = []model.Block{{Key: "a", Kind: model.BlockPhoto, Photo: p1}, {Key: "b", Kind: model.BlockPhoto, Photo: p2}, {Key: "c", Kind: model.BlockPhoto, Photo: p1}}
	reads, handOffs := 0, []string{}
	var wrote desk.BundleOptions
	d := &desk.Desk{
		Reports: &mock.ReportService{FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) { reads++; return r.Clone(), nil }},
		Photos: &mock.PhotoService{FindPhotoByIDFn: func(ctx context.Context, id int64, v ...model.PhotoVariant) (*model.Photo, error) {
			return &model.Photo{Filename: "anh.jpg", Original: model.PhotoFile{MIME: "image/jpeg", Data: []byte("jpeg")}}, nil
		}},
		Revisions: &mock.RevisionService{
			FindRevisionsFn: func(ctx context.Context, id int64) ([]model.Revision, error) {
				return []model.Revision{{ID: 3, Rev: "r3"}, {ID: 2, Rev: "r2"}, {ID: 1, Rev: "r2"}}, nil
			},
			FindRevisionByIDFn: func(ctx context.Context, id int64) (*model.Revision, error) {
				return &model.Revision{ID: id, Rev: map[int64]string{3: "r3", 2: "r2", 1: "r2"}[id], Report: r.Clone()}, nil
			},
			RecordHandOffFn: func(ctx context.Context, id int64, fromRev string, sent *model.Report, author string, via model.Channel) error {
				handOffs = append(handOffs, fromRev+" "+string(via))
				return nil
			},
		},
		Comments: &mock.CommentService{FindAllCommentsFn: func(ctx context.Context, id int64) ([]model.Comment, error) {
			return []model.Comment{{Text: "Gọn hơn."}, {Text: "Bỏ.", Deleted: true}}, nil
		}},
		BundleFuncs: desk.BundleFuncs{WriteBundle: func(w io.Writer, r *model.Report, photo desk.BundlePhotoFunc, opt desk.BundleOptions) error {
			wrote = opt
			for _, b := range r.Photos() { // described, then written
				photo(b.PhotoID)
			}
			for _, b := range r.Photos() {
				photo(b.PhotoID)
			}
			_, err := io.WriteString(w, "PK")
			return err
		}},
	}
	var steps []int
	err := d.ExportBundle(ctx, desk.BundleJob{ID: 5, Path: filepath.Join(dir, "goi.newsdesk.zip"), Review: true},
		func(done, total int) { steps = append(steps, done*10+total) })
	if err != nil {
		t.Fatal(err)
	}
	if len(wrote.History) != 3 || len(wrote.Comments) != 2 || strings.Join(wrote.Lineage, " ") != "r3 r2" {
		t.Errorf("carried %d revisions, %d comments, lineage %v", len(wrote.History), len(wrote.Comments), wrote.Lineage)
	}
	if len(steps) == 0 || steps[len(steps)-1] != 22 {
		t.Errorf("progress %v, want it to end at 2 of 2 photos", steps)
	}
	if len(handOffs) != 1 || handOffs[0] != "r3 bundle" {
		t.Errorf("hand-offs %v, want the report as it went, by bundle", handOffs)
	}
	lib := filepath.Join(dir, "thu-vien.sqlite")
	os.WriteFile(lib, []byte("SQLite format 3\x00"), 0o644)
	if err := d.ExportBundle(ctx, desk.BundleJob{ID: 5, Path: lib, Output: outfile.Options{Library: lib, Force: true}}, nil); model.ErrorCode(err) != model.EINVALID || reads != 1 {
		t.Errorf("over the library: %v after %d reads", err, reads)
	}
}

// TestImportBundle: a bundle comes in by the import rule, as a bundle, with the
// history and comments it carries.
func TestImportBundle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "goi.zip")
	os.WriteFile(path, []byte("PK"), 0o644)
	var got model.ImportOptions
	var comments int
	d := &desk.Desk{
		Reports: &mock.ReportService{ImportReviewFn: func(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions, history []model.Revision, cs []model.Comment) (*model.ImportResult, error) {
			got, comments = opts, len(cs)
			return &model.ImportResult{ReportID: 9, Outcome: model.ImportCreated}, nil
		}},
		BundleFuncs: desk.BundleFuncs{ReadBundle: func(r io.ReaderAt, size int64) (*model.Handoff, error) {
			return &model.Handoff{Report: model.NewReport("Hội nghị"), Comments: []model.Comment{{Text: "Gọn hơn."}}}, nil
		}},
	}
	res, err := d.ImportBundle(context.Background(), path, false)
	if err != nil || res.ReportID != 9 || got.Via != model.ChannelBundle || got.AsCopy || comments != 1 {
		t.Errorf("got %+v, %v; options %+v, %d comments", res, err, got, comments)
	}
}
