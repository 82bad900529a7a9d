package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"newsdesk/model"
	"newsdesk/sqlite"
)

// contentHistory is a report with a photo, edited so that its history holds three
// different versions, the last revision being the report as it is.
func contentHistory(t *testing.T, db *sqlite.DB) (*model.Report, []*model.Photo) {
	t.Helper()
	ctx := context.Background()
	s := sqlite.NewReportService(db)
	photos := MustAddPhotos(t, db, 2)
	r := sampleReport("Hội nghị tổng kết công tác thi đua khen thưởng")
	r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: photos[0].ID, Caption: "Quang cảnh hội nghị"}})
	MustCreateReport(t, db, r)
	// The first photo is swapped for the second: only the history shows the first.
	r.Body[len(r.Body)-1].Photo = &model.PhotoBlock{PhotoID: photos[1].ID, Caption: "Trao giấy khen"}
	r.Body[0].Text = "Đoạn mở đầu đã sửa."
	if err := s.UpdateReport(ctx, r, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	if err := sqlite.NewRevisionService(db).KeepRevision(ctx, r.ID, model.ReasonSave); err != nil {
		t.Fatal(err)
	}
	return r, photos
}

// contents returns every revision of report id with its content, oldest first.
func contents(t *testing.T, db *sqlite.DB, id int64) []*model.Report {
	t.Helper()
	ctx := context.Background()
	rs := sqlite.NewRevisionService(db)
	list, err := rs.FindRevisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var out []*model.Report
	for i := len(list) - 1; i >= 0; i-- {
		rv, err := rs.FindRevisionByID(ctx, list[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rv.Report)
	}
	return out
}

// A revision of the report as it is keeps its content when the report changes
// afterwards, and when the report is merged into another.
func TestRevisionKeepsContentAfterChanges(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	r, _ := contentHistory(t, db)
	before := contents(t, db, r.ID)
	if len(before) != 2 || before[0].Body[0].Text == before[1].Body[0].Text {
		t.Fatalf("got %d revisions, want the created and the saved one, different", len(before))
	}
	r.Body[0].Text = "Đoạn mở đầu sửa lần hai."
	if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
		t.Fatal(err)
	}
	after := contents(t, db, r.ID)
	if !reflect.DeepEqual(after[:2], before) {
		t.Errorf("the history changed with the report:\n got %q, %q\nwant %q, %q",
			after[0].Body[0].Text, after[1].Body[0].Text, before[0].Body[0].Text, before[1].Body[0].Text)
	}

	// A linked copy (edited on both sides) with a revision of its own as it is,
	// merged in.
	theirs := r.Clone()
	theirs.Rev, theirs.BaseRev = model.NewRev(), r.Rev
	theirs.Body[0].Text = "Bản của biên tập viên."
	r.Body[0].Text = "Bản của phóng viên."
	if err := s.UpdateReport(ctx, r, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	res, err := s.ImportReview(ctx, theirs, nil, model.ImportOptions{}, nil, nil)
	if err != nil || res.Outcome != model.ImportConflict {
		t.Fatalf("got %+v, %v; want a conflict", res, err)
	}
	copyID := res.ReportID
	if err := sqlite.NewRevisionService(db).KeepRevision(ctx, copyID, model.ReasonSave); err != nil {
		t.Fatal(err)
	}
	merged := r.Clone()
	merged.Body[0].Text = "Bản đã hợp nhất."
	if err := s.MergeReports(ctx, r.ID, copyID, merged, nil); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, c := range contents(t, db, r.ID) {
		found = found || c.Body[0].Text == "Bản của biên tập viên."
	}
	if !found {
		t.Error("after the merge, no revision holds the copy's text")
	}
}

// A library from before compressed contents is rewritten when it is opened: every
// report and revision reads as before, the file shrinks once its free pages are
// reclaimed, and a photo that only an old revision shows is still in use.
func TestCompactContentMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	db := MustOpenDBAt(t, path)
	r, photos := contentHistory(t, db)
	for i := range 40 {
		MustCreateReport(t, db, sampleReport("Hội nghị giao ban số "+string(rune('A'+i%26))))
	}
	wantReport, err := sqlite.NewReportService(db).FindReportByID(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantHistory := contents(t, db, r.ID)
	sqlite.OldContentLayout(t, db)
	plain := libraryBytes(t, db)
	db.Close()

	db = MustOpenDBAt(t, path)
	got, err := sqlite.NewReportService(db).FindReportByID(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, wantReport) {
		t.Errorf("the report changed:\n got %+v\nwant %+v", got, wantReport)
	}
	if h := contents(t, db, r.ID); !reflect.DeepEqual(h, wantHistory) {
		t.Errorf("the history changed: got %d revisions, want %d", len(h), len(wantHistory))
	}
	var plainRows, shared int
	db.SQL().QueryRow(`SELECT
		(SELECT count(*) FROM reports WHERE hex(substr(content, 1, 1)) != '01') +
		(SELECT count(*) FROM revisions WHERE length(content) > 0 AND hex(substr(content, 1, 1)) != '01'),
		(SELECT count(*) FROM revisions WHERE length(content) = 0)`).Scan(&plainRows, &shared)
	if plainRows != 0 || shared != 41 {
		t.Errorf("got %d plain contents and %d shared revisions, want 0 and 41 (one a report)", plainRows, shared)
	}
	if compact := libraryBytes(t, db); compact >= plain*3/4 {
		t.Errorf("the contents take %d bytes, want well under the %d they took plain", compact, plain)
	}
	if n, err := sqlite.NewPhotoService(db).DeleteUnusedPhotos(ctx, 0); err != nil || n != 0 {
		t.Errorf("DeleteUnusedPhotos removed %d photos (%v); want none: %s is in the history", n, err, photos[0].UUID)
	}
}

// libraryBytes is what the reports and revisions tables take in the file.
func libraryBytes(t *testing.T, db *sqlite.DB) int64 {
	t.Helper()
	var n int64
	if err := db.SQL().QueryRow(`SELECT sum(length(CAST(content AS BLOB))) FROM (SELECT content FROM reports UNION ALL SELECT content FROM revisions)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
