package desk_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
)

// library is a desk over mocks holding one report, which saves by Rev.
type library struct {
	desk     *desk.Desk
	report   *model.Report
	saves    int
	conflict int // saves refused as conflicting before one goes through
	settings map[string]string
}

func newLibraryDesk() *library {
	l := &library{settings: map[string]string{}}
	l.report = model.NewReport("Hội nghị tổng kết")
	l.report.ID, l.report.Rev = 3, "r1"
	l.desk = &desk.Desk{
		Reports: &mock.ReportService{
			FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) {
				if id != l.report.ID {
					return nil, model.Errorf(model.ENOTFOUND, "sqlite.report.notfound", id)
				}
				return l.report.Clone(), nil
			},
			UpdateReportFn: func(ctx context.Context, r *model.Report, kind model.SaveKind) error {
				if l.conflict > 0 {
					l.conflict--
					return model.Errorf(model.ECONFLICT, "sqlite.report.conflict")
				}
				l.saves++
				l.report = r.Clone()
				return nil
			},
			CreateReportFn: func(ctx context.Context, r *model.Report) error {
				r.ID = 9
				l.report = r.Clone()
				return nil
			},
		},
		Settings: &mock.SettingService{SettingFn: func(ctx context.Context, key string) (string, error) {
			return l.settings[key], nil
		}},
		Photos: &mock.PhotoService{AddPhotoFn: func(ctx context.Context, filename string, data []byte) (*model.Photo, error) {
			return &model.Photo{ID: 5, UUID: "p5", Filename: filename}, nil
		}},
		ReadAwards: func(filename string, data []byte) ([]model.Recipient, error) {
			if strings.Contains(string(data), "sai") {
				return nil, model.Errorf(model.EINVALID, "awardfile.row")
			}
			return []model.Recipient{{Kind: model.Collective, Name: "Phòng Tổ chức"}}, nil
		},
	}
	return l
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCreateDraft: a new report carries the source tag and byline the settings
// give, on one line each, for the window and the command line alike.
func TestCreateDraft(t *testing.T) {
	l := newLibraryDesk()
	l.settings[model.SettingSourceTag] = "(Haiphong.gov.vn)\n"
	l.settings[model.SettingReporter] = " Hoàng Tùng\n"
	r := model.NewReport("Hội nghị")
	if err := l.desk.CreateDraft(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	if got := l.report; got.SourceTag != "(Haiphong.gov.vn)" || strings.Join(got.Byline, ",") != "Hoàng Tùng" {
		t.Errorf("got source %q byline %q, want the settings' on one line", got.SourceTag, got.Byline)
	}
	l.settings[model.SettingReporter] = ""
	r = model.NewReport("Hội nghị khác")
	l.desk.CreateDraft(context.Background(), r)
	if len(l.report.Byline) != 0 {
		t.Errorf("got byline %q with no name set, want none", l.report.Byline)
	}
}

// TestAppendBlockRetriesConflicts: a block added while another window saves the
// report is added to what is there then, not refused.
func TestAppendBlockRetriesConflicts(t *testing.T) {
	l := newLibraryDesk()
	l.conflict = 2
	if err := l.desk.AppendBlock(context.Background(), 3, model.Paragraph("Đoạn mới")); err != nil {
		t.Fatalf("got %v, want the block added after the conflicts", err)
	}
	if n := len(l.report.Body); n != 1 || l.report.Body[0].Text != "Đoạn mới" {
		t.Errorf("got body %+v, want the one paragraph", l.report.Body)
	}
}

// TestAddPhotoFile: the photo goes at the end with its words; a missing file, a
// folder or a missing report adds nothing, and says which.
func TestAddPhotoFile(t *testing.T) {
	ctx := context.Background()
	l := newLibraryDesk()
	path := writeFile(t, "quang-canh.jpg", "jpeg")
	if err := l.desk.AddPhotoFile(ctx, 3, path, model.PhotoBlock{Caption: "Quang cảnh Hội nghị"}); err != nil {
		t.Fatal(err)
	}
	if b := l.report.Body; len(b) != 1 || b[0].Photo == nil || b[0].Photo.PhotoID != 5 || b[0].Photo.Caption != "Quang cảnh Hội nghị" {
		t.Fatalf("got body %+v, want the photo with its caption", b)
	}
	for name, c := range map[string]struct {
		id   int64
		path string
		code string
		says string
	}{
		"Missing":  {3, filepath.Join(t.TempDir(), "khong-co.jpg"), model.ENOTFOUND, "khong-co.jpg"},
		"Folder":   {3, t.TempDir(), model.EINVALID, "thư mục"},
		"NoReport": {4, path, model.ENOTFOUND, "4"},
	} {
		t.Run(name, func(t *testing.T) {
			err := l.desk.AddPhotoFile(ctx, c.id, c.path, model.PhotoBlock{})
			if model.ErrorCode(err) != c.code || !strings.Contains(model.ErrorMessage(err), c.says) {
				t.Errorf("got %v, want %s saying %q", err, c.code, c.says)
			}
			if len(l.report.Body) != 1 {
				t.Errorf("got %d blocks, want nothing added", len(l.report.Body))
			}
		})
	}
}

// TestImportAwardFile: the list comes in with its recipients; a file with a bad
// row adds nothing.
func TestImportAwardFile(t *testing.T) {
	ctx := context.Background()
	l := newLibraryDesk()
	bad := writeFile(t, "sai.csv", "dòng sai")
	if err := l.desk.ImportAwardFile(ctx, 3, bad, &model.AwardList{Form: "Giấy khen"}); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("got %v, want the bad row refused", err)
	}
	if len(l.report.Body) != 0 {
		t.Fatalf("a bad file added %d blocks", len(l.report.Body))
	}
	good := writeFile(t, "khen.csv", "Tập thể,Phòng Tổ chức")
	if err := l.desk.ImportAwardFile(ctx, 3, good, &model.AwardList{Form: "Giấy khen"}); err != nil {
		t.Fatal(err)
	}
	if b := l.report.Body; len(b) != 1 || b[0].Awards == nil || len(b[0].Awards.Recipients) != 1 || b[0].Awards.Form != "Giấy khen" {
		t.Errorf("got body %+v, want the award list", b)
	}
}

// TestComments: replies are listed under their thread, resolved threads only when
// asked; an answer to a reply joins the thread; no name, no comment.
func TestComments(t *testing.T) {
	ctx := context.Background()
	r := model.NewReport("Hội nghị")
	r.ID = 3
	r.Body = []model.Block{model.Paragraph("Sáng 8/1, Ban Tổ chức Thành ủy tổ chức Hội nghị.")}
	r.Normalize()
	list := []model.Comment{
		{ID: 1, UUID: "a", BlockKey: r.Body[0].Key, Text: "Ghi rõ giờ."},
		{ID: 2, UUID: "b", Text: "Đã xong.", Resolved: true},
		{ID: 3, UUID: "c", ReplyTo: "a", BlockKey: r.Body[0].Key, Text: "Đã thêm."},
	}
	var created []model.Comment
	name := "Trần Văn Biên"
	d := &desk.Desk{
		Comments: &mock.CommentService{
			FindCommentsFn: func(ctx context.Context, id int64) ([]model.Comment, error) { return list, nil },
			CreateCommentFn: func(ctx context.Context, c *model.Comment) error {
				created = append(created, *c)
				return nil
			},
		},
		Settings: &mock.SettingService{SettingFn: func(ctx context.Context, key string) (string, error) { return name, nil }},
	}
	open, _ := d.Threads(ctx, 3, false)
	all, _ := d.Threads(ctx, 3, true)
	if len(open) != 1 || open[0].ID != 1 || len(open[0].Replies) != 1 || open[0].Replies[0].ID != 3 || len(all) != 2 {
		t.Errorf("got %+v open and %d in all, want thread 1 with reply 3, and 2 in all", open, len(all))
	}

	c := &model.Comment{Text: "Cảm ơn."}
	if err := d.Comment(ctx, r, c, 3); err != nil {
		t.Fatal(err)
	}
	if got := created[0]; got.ReplyTo != "a" || got.BlockKey != r.Body[0].Key || got.ReportID != 3 || got.Quote == "" {
		t.Errorf("got %+v, want an answer in thread a at its block, with the quote", got)
	}
	if err := d.Comment(ctx, r, &model.Comment{Text: "?"}, 42); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("got %v replying to no comment, want ENOTFOUND", err)
	}
	name = " "
	if err := d.Comment(ctx, r, &model.Comment{Text: "Góp ý"}, 0); model.ErrorCode(err) != model.EINVALID || len(created) != 1 {
		t.Errorf("got %v and %d comments without a name, want it refused", err, len(created))
	}
}
