package sqlite_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/sqlite"
)

func TestCommentService(t *testing.T) {
	ctx := context.Background()

	t.Run("ThreadResolveDelete", func(t *testing.T) {
		db := MustOpenDB(t)
		if err := sqlite.NewSettingService(db).SetSetting(ctx, model.SettingReporter, "Trần Văn Biên"); err != nil {
			t.Fatal(err)
		}
		cs := sqlite.NewCommentService(db)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban quý I"))
		key := r.Body[0].Key

		first := &model.Comment{ReportID: r.ID, BlockKey: key, Quote: model.QuoteOf(r, key, 0),
			Text: "Đoạn này nên nêu rõ số đơn vị được khen."}
		if err := cs.CreateComment(ctx, first); err != nil {
			t.Fatal(err)
		}
		if first.ID == 0 || first.UUID == "" || first.Author != "Trần Văn Biên" || first.CreatedAt.IsZero() {
			t.Fatalf("got %+v, want ID, UUID, the library's user as author and a time", first)
		}
		Advance(db, time.Minute)
		reply := &model.Comment{ReportID: r.ID, BlockKey: key, ReplyTo: first.UUID, Author: "Lê Thu Hà",
			Text: "Đã bổ sung: 12 tập thể."}
		if err := cs.CreateComment(ctx, reply); err != nil {
			t.Fatal(err)
		}
		// A reply to nothing is refused; an empty comment too.
		if err := cs.CreateComment(ctx, &model.Comment{ReportID: r.ID, ReplyTo: model.NewUUID(), Text: "?"}); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want not found for a reply to nothing", err)
		}
		if err := cs.CreateComment(ctx, &model.Comment{ReportID: r.ID, Text: "  "}); model.ErrorCode(err) != model.EINVALID {
			t.Errorf("got %v, want invalid for an empty comment", err)
		}

		// Resolving the reply resolves the thread.
		if err := cs.ResolveComment(ctx, reply.ID, true, ""); err != nil {
			t.Fatal(err)
		}
		got, err := cs.FindComments(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].UUID != first.UUID || got[1].ReplyTo != first.UUID {
			t.Fatalf("got %+v, want the thread in order", got)
		}
		if !got[0].Resolved || got[0].ResolvedBy != "Trần Văn Biên" || got[0].ResolvedAt.IsZero() {
			t.Errorf("got %+v, want the thread's first comment resolved by the user", got[0])
		}
		if err := cs.ResolveComment(ctx, first.ID, false, ""); err != nil {
			t.Fatal(err)
		}
		if got, _ := cs.FindComments(ctx, r.ID); got[0].Resolved {
			t.Error("got resolved, want open again")
		}

		// Deleting the first comment takes its replies; deleting the report, all.
		if err := cs.DeleteComment(ctx, first.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := cs.FindComments(ctx, r.ID); len(got) != 0 {
			t.Errorf("got %d comments, want none", len(got))
		}
		if err := cs.CreateComment(ctx, &model.Comment{ReportID: r.ID, Text: "Ảnh 2 thiếu chú thích."}); err != nil {
			t.Fatal(err)
		}
		if err := sqlite.NewReportService(db).DeleteReport(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, "comments"); n != 0 {
			t.Errorf("got %d comments after the report was deleted, want 0", n)
		}
	})

	t.Run("AwardRowQuote", func(t *testing.T) {
		r := sampleReport("Hội nghị")
		r.Body = append(r.Body, model.Block{Key: "awards1", Kind: model.BlockAwards, Awards: &model.AwardList{
			Form: "Giấy khen", Recipients: []model.Recipient{
				{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ"}, {Kind: model.Individual, Name: "Đỗ Thị Mai"}}}})
		if got := model.QuoteOf(r, "awards1", 2); got != "Đỗ Thị Mai" {
			t.Errorf("got %q, want the second row's name", got)
		}
	})
}

func TestReportService_SetStatusReview(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s, rs := sqlite.NewReportService(db), sqlite.NewRevisionService(db)
	r := MustCreateReport(t, db, sampleReport("Hội nghị tổng kết"))

	Advance(db, time.Minute)
	if err := s.SetStatus(ctx, r.ID, model.StatusReview, "Lê Thu Hà", ""); err != nil {
		t.Fatal(err)
	}
	Advance(db, time.Minute)
	if err := s.SetStatus(ctx, r.ID, model.StatusChanges, "Trần Văn Biên", "Bổ sung danh sách cá nhân."); err != nil {
		t.Fatal(err)
	}
	// A second note on the same status is kept too.
	Advance(db, time.Minute)
	if err := s.SetStatus(ctx, r.ID, model.StatusChanges, "Trần Văn Biên", "Và sửa tiêu đề."); err != nil {
		t.Fatal(err)
	}
	Advance(db, time.Minute)
	if err := s.SetStatus(ctx, r.ID, model.StatusApproved, "Trần Văn Biên", ""); err != nil {
		t.Fatal(err)
	}
	revs, err := rs.FindRevisions(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := reasons(revs), "approved changes changes submitted created"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if revs[2].Note != "Bổ sung danh sách cá nhân." || revs[2].Author != "Trần Văn Biên" {
		t.Errorf("got %+v, want the reviewer's note and name", revs[2])
	}

	// Lists by any of several statuses: the editor's queue, the clerk's shelf.
	MustCreateReport(t, db, sampleReport("Bản nháp khác"))
	list, err := s.FindReports(ctx, model.ReportFilter{Statuses: model.RoleClerk.StartStatuses()})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != r.ID {
		t.Errorf("got %+v, want only the approved report", list)
	}
	list, _ = s.FindReports(ctx, model.ReportFilter{Statuses: model.RoleReporter.StartStatuses()})
	if len(list) != 1 || list[0].Headline != "Bản nháp khác" {
		t.Errorf("got %+v, want only the draft", list)
	}
}

func TestReportService_ImportReview(t *testing.T) {
	ctx := context.Background()
	// The reporter's library: a report, submitted, then commented.
	reporter := MustOpenDB(t)
	rs := sqlite.NewReportService(reporter)
	r := MustCreateReport(t, reporter, sampleReport("Hội nghị tổng kết công tác thi đua"))
	Advance(reporter, time.Minute)
	if err := rs.SetStatus(ctx, r.ID, model.StatusReview, "Lê Thu Hà", ""); err != nil {
		t.Fatal(err)
	}
	cs := sqlite.NewCommentService(reporter)
	c := &model.Comment{ReportID: r.ID, BlockKey: model.FieldHeadline, Author: "Lê Thu Hà", Text: "Tiêu đề đã đủ ý chưa?"}
	if err := cs.CreateComment(ctx, c); err != nil {
		t.Fatal(err)
	}
	history := mustHistory(t, reporter, r.ID)
	comments, _ := cs.FindComments(ctx, r.ID)
	sent, _ := rs.FindReportByID(ctx, r.ID)

	// The editor's library brings it in with its history and comments, twice.
	editor := MustOpenDB(t)
	es := sqlite.NewReportService(editor)
	res, err := es.ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, history, comments)
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != model.ImportCreated || res.Revisions != 2 || res.Comments != 1 {
		t.Fatalf("got %+v, want created with 2 revisions and 1 comment", res)
	}
	res, err = es.ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, history, comments)
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != model.ImportUnchanged || res.Revisions != 0 || res.Comments != 0 {
		t.Errorf("got %+v, want unchanged and nothing added twice", res)
	}
	revs, _ := sqlite.NewRevisionService(editor).FindRevisions(ctx, res.ReportID)
	// The bundle's two beside the library's own "received" on import, by time (each
	// test library has its own clock, so only what is there is compared).
	if got := reasons(revs); len(revs) != 3 || !strings.Contains(got, "submitted") || !strings.Contains(got, "created") || !strings.Contains(got, "received_bundle") {
		t.Errorf("got %s, want the reporter's history kept beside the import", got)
	}
	got, _ := sqlite.NewCommentService(editor).FindComments(ctx, res.ReportID)
	if len(got) != 1 || got[0].UUID != c.UUID || got[0].Author != "Lê Thu Hà" || got[0].BlockKey != model.FieldHeadline {
		t.Errorf("got %+v, want the reporter's comment", got)
	}

	// A comment resolved on the other side comes back resolved; a bad history
	// entry refuses the whole import, nothing half-saved.
	comments[0].Resolved, comments[0].ResolvedBy, comments[0].ResolvedAt = true, "Lê Thu Hà", time.Now()
	comments[0].UpdatedAt = comments[0].ResolvedAt
	if _, err := es.ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, comments); err != nil {
		t.Fatal(err)
	}
	if got, _ := sqlite.NewCommentService(editor).FindComments(ctx, res.ReportID); !got[0].Resolved {
		t.Error("got open, want resolved as on the other side")
	}
	other := sampleReport("Báo cáo khác")
	other.Rev = model.NewRev()
	before := count(t, editor, "reports")
	bad := []model.Comment{{UUID: model.NewUUID(), Text: "Dòng không có thật.", Row: -1}}
	if _, err := es.ImportReview(ctx, other, nil, model.ImportOptions{}, nil, bad); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("got %v, want the malformed comment refused", err)
	}
	if n := count(t, editor, "reports"); n != before {
		t.Errorf("got %d reports, want %d: nothing half-saved", n, before)
	}
}

func mustHistory(t *testing.T, db *sqlite.DB, id int64) []model.Revision {
	t.Helper()
	rs := sqlite.NewRevisionService(db)
	list, err := rs.FindRevisions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Revision
	for _, rv := range list {
		full, err := rs.FindRevisionByID(context.Background(), rv.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, *full)
	}
	return out
}

// TestCommentChangesTravel: a comment deleted on one side does not come back from
// the other, and of two libraries' changes to a thread the later wins.
func TestCommentChangesTravel(t *testing.T) {
	ctx := context.Background()
	a, b := MustOpenDB(t), MustOpenDB(t)
	r := MustCreateReport(t, a, sampleReport("Hội nghị"))
	ca := sqlite.NewCommentService(a)
	keep := &model.Comment{ReportID: r.ID, Author: "Trần Văn Biên", Text: "Giữ lại góp ý này."}
	gone := &model.Comment{ReportID: r.ID, Author: "Trần Văn Biên", Text: "Góp ý viết nhầm."}
	for _, c := range []*model.Comment{keep, gone} {
		if err := ca.CreateComment(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	sent, _ := sqlite.NewReportService(a).FindReportByID(ctx, r.ID)
	all, _ := ca.FindAllComments(ctx, r.ID)
	res, err := sqlite.NewReportService(b).ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, all)
	if err != nil || res.Comments != 2 {
		t.Fatalf("got %+v, %v; want 2 comments in", res, err)
	}
	bID := res.ReportID

	// A deletes one and B resolves the other; each hands its comments back.
	Advance(a, time.Hour)
	if err := ca.DeleteComment(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	cb := sqlite.NewCommentService(b)
	inB, _ := cb.FindComments(ctx, bID)
	Advance(b, 2*time.Hour)
	for _, c := range inB {
		if c.UUID == keep.UUID {
			if err := cb.ResolveComment(ctx, c.ID, true, "Lê Thu Hà"); err != nil {
				t.Fatal(err)
			}
		}
	}
	fromA, _ := ca.FindAllComments(ctx, r.ID)
	fromB, _ := cb.FindAllComments(ctx, bID)
	if _, err := sqlite.NewReportService(b).ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, fromA); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.NewReportService(a).ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, fromB); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]struct {
		cs *sqlite.CommentService
		id int64
	}{"A": {ca, r.ID}, "B": {cb, bID}} {
		got, _ := s.cs.FindComments(ctx, s.id)
		if len(got) != 1 || got[0].UUID != keep.UUID || !got[0].Resolved {
			t.Errorf("%s shows %+v, want only the kept comment, resolved", name, got)
		}
	}

	// Reopened later on A: the reopening wins over B's older resolution.
	Advance(a, 3*time.Hour)
	if err := ca.ResolveComment(ctx, keep.ID, false, ""); err != nil {
		t.Fatal(err)
	}
	fromA, _ = ca.FindAllComments(ctx, r.ID)
	fromB, _ = cb.FindAllComments(ctx, bID)
	sqlite.NewReportService(a).ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, fromB)
	sqlite.NewReportService(b).ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, fromA)
	for name, s := range map[string]struct {
		cs *sqlite.CommentService
		id int64
	}{"A": {ca, r.ID}, "B": {cb, bID}} {
		if got, _ := s.cs.FindComments(ctx, s.id); len(got) != 1 || got[0].Resolved {
			t.Errorf("%s shows %+v, want the thread open again", name, got)
		}
	}
}

// TestCommentDeletionHolds: a comment deleted on one side stays deleted though the
// other resolved it later, and an answer written there goes with it; a change
// made after one received wins even when the other computer's clock runs ahead.
func TestCommentDeletionHolds(t *testing.T) {
	ctx := context.Background()
	a, b := MustOpenDB(t), MustOpenDB(t)
	r := MustCreateReport(t, a, sampleReport("Hội nghị"))
	ca, cb := sqlite.NewCommentService(a), sqlite.NewCommentService(b)
	c := &model.Comment{ReportID: r.ID, Author: "Trần Văn Biên", Text: "Góp ý sẽ bị xoá."}
	if err := ca.CreateComment(ctx, c); err != nil {
		t.Fatal(err)
	}
	sent, _ := sqlite.NewReportService(a).FindReportByID(ctx, r.ID)
	hand := func(from *sqlite.CommentService, fromID int64, to *sqlite.DB) int64 {
		t.Helper()
		all, _ := from.FindAllComments(ctx, fromID)
		res, err := sqlite.NewReportService(to).ImportReview(ctx, sent.Clone(), nil, model.ImportOptions{}, nil, all)
		if err != nil {
			t.Fatal(err)
		}
		return res.ReportID
	}
	bID := hand(ca, r.ID, b)

	Advance(a, time.Minute)
	if err := ca.DeleteComment(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	Advance(b, time.Hour) // later than A's deletion
	inB, _ := cb.FindComments(ctx, bID)
	if err := cb.ResolveComment(ctx, inB[0].ID, true, "Lê Thu Hà"); err != nil {
		t.Fatal(err)
	}
	if err := cb.CreateComment(ctx, &model.Comment{ReportID: bID, ReplyTo: c.UUID, Author: "Lê Thu Hà", Text: "Đã sửa."}); err != nil {
		t.Fatal(err)
	}
	hand(ca, r.ID, b)
	hand(cb, bID, a)
	for name, got := range map[string][]model.Comment{
		"A": must(ca.FindComments(ctx, r.ID)), "B": must(cb.FindComments(ctx, bID))} {
		if len(got) != 0 {
			t.Errorf("%s shows %+v, want the thread gone on both sides", name, got)
		}
	}

	// A's clock runs an hour ahead: A resolves a new comment; B reopens it ten
	// minutes later by B's clock, which is still before A's stamp.
	d := &model.Comment{ReportID: r.ID, Author: "Trần Văn Biên", Text: "Góp ý mới."}
	if err := ca.CreateComment(ctx, d); err != nil {
		t.Fatal(err)
	}
	hand(ca, r.ID, b)
	Advance(a, 3*time.Hour)
	if err := ca.ResolveComment(ctx, d.ID, true, ""); err != nil {
		t.Fatal(err)
	}
	hand(ca, r.ID, b)
	Advance(b, 10*time.Minute)
	for _, x := range must(cb.FindComments(ctx, bID)) {
		if x.UUID == d.UUID {
			if err := cb.ResolveComment(ctx, x.ID, false, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	hand(cb, bID, a)
	for name, got := range map[string][]model.Comment{
		"A": must(ca.FindComments(ctx, r.ID)), "B": must(cb.FindComments(ctx, bID))} {
		if len(got) != 1 || got[0].Resolved {
			t.Errorf("%s shows %+v, want the thread reopened as B did last", name, got)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
