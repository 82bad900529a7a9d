package sqlite_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/sqlite"
)

func reasons(revs []model.Revision) string {
	var out []string
	for _, r := range revs {
		out = append(out, string(r.Reason))
	}
	return strings.Join(out, " ")
}

func TestRevisions(t *testing.T) {
	t.Run("MeaningfulPoints", func(t *testing.T) {
		db := MustOpenDB(t)
		ctx := context.Background()
		if err := sqlite.NewSettingService(db).SetSetting(ctx, model.SettingReporter, "Minh Châu"); err != nil {
			t.Fatal(err)
		}
		s, rs := sqlite.NewReportService(db), sqlite.NewRevisionService(db)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))

		// Autosaves within the interval keep nothing.
		for i := range 4 {
			Advance(db, time.Minute)
			r.Lead = strings.Repeat("Sáng 8/1. ", i+1)
			if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
				t.Fatal(err)
			}
		}
		// The first autosave past the interval keeps one.
		Advance(db, time.Minute)
		r.Lead = "Bản sau năm phút."
		if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
			t.Fatal(err)
		}
		editingRev := r.Rev
		Advance(db, time.Minute)
		if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
			t.Fatal(err)
		}
		// An explicit save always keeps one.
		r.Lead = "Bản lưu bằng Ctrl+S."
		if err := s.UpdateReport(ctx, r, model.SaveExplicit); err != nil {
			t.Fatal(err)
		}
		if err := s.SetStatus(ctx, r.ID, model.StatusReview, "Phạm Quốc Toản", ""); err != nil {
			t.Fatal(err)
		}

		revs, err := rs.FindRevisions(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := reasons(revs), "submitted save editing created"; got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
		if got, want := revs[0].Author, "Phạm Quốc Toản"; got != want {
			t.Errorf("got status author %q, want %q", got, want)
		}
		if got, want := revs[1].Author, "Minh Châu"; got != want {
			t.Errorf("got save author %q, want the reporter %q", got, want)
		}
		if revs[0].Report != nil {
			t.Error("got content in the list, want none")
		}

		rev, err := rs.FindRevisionByID(ctx, revs[2].ID)
		if err != nil {
			t.Fatal(err)
		}
		if rev.Rev != editingRev || rev.Report.Lead != "Bản sau năm phút." || rev.Report.ID != r.ID {
			t.Errorf("got rev %s lead %q id %d; want %s, the lead of that moment, %d", rev.Rev, rev.Report.Lead, rev.Report.ID, editingRev, r.ID)
		}
		first, _ := rs.FindRevisionByID(ctx, revs[3].ID)
		if first.Report.Lead != sampleReport("").Lead {
			t.Errorf("got %q, want the lead as created", first.Report.Lead)
		}
	})

	t.Run("PhotosReferencedNotCopied", func(t *testing.T) {
		db := MustOpenDB(t)
		ctx := context.Background()
		p := MustAddPhotos(t, db, 1)[0]
		r := sampleReport("Hội nghị giao ban")
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID}})
		MustCreateReport(t, db, r)
		for range 3 {
			if err := sqlite.NewReportService(db).UpdateReport(ctx, r, model.SaveExplicit); err != nil {
				t.Fatal(err)
			}
		}
		var blobs int
		db.SQL().QueryRow(`SELECT count(*) FROM photo_data`).Scan(&blobs)
		if blobs != 3 {
			t.Errorf("got %d stored image files, want 3 (one photo's three variants)", blobs)
		}
		revs, _ := sqlite.NewRevisionService(db).FindRevisions(ctx, r.ID)
		rev, err := sqlite.NewRevisionService(db).FindRevisionByID(ctx, revs[len(revs)-1].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := rev.Report.Body[2].Photo.PhotoID; got != p.ID {
			t.Errorf("got PhotoID %d in the revision, want %d", got, p.ID)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, err := sqlite.NewRevisionService(db).FindRevisionByID(context.Background(), 5); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want %v", err, model.ENOTFOUND)
		}
		if _, err := sqlite.NewRevisionService(db).FindRevisions(context.Background(), 5); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want %v", err, model.ENOTFOUND)
		}
	})
}

// TestRecordHandOff: a push that moved the status gives the report the Rev the
// post carries; one that raced an edit leaves the report alone and keeps what
// went out in the history; a push that moved nothing keeps one revision.
func TestRecordHandOff(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s, rs := sqlite.NewReportService(db), sqlite.NewRevisionService(db)
	r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))

	sent := r.Clone()
	sent.Status, sent.Rev = model.StatusReview, model.NewRev()
	if err := rs.RecordHandOff(ctx, r.ID, r.Rev, sent, "Lê Thu Hà", model.ChannelPortal); err != nil {
		t.Fatal(err)
	}
	got, _ := s.FindReportByID(ctx, r.ID)
	if got.Status != model.StatusReview || got.Rev != sent.Rev {
		t.Fatalf("got %s rev %s, want review at the sent Rev %s", got.Status, got.Rev, sent.Rev)
	}
	revs, _ := rs.FindRevisions(ctx, r.ID)
	if revs[0].Reason != model.ReasonSubmitted || revs[0].Rev != sent.Rev || revs[0].Author != "Lê Thu Hà" {
		t.Errorf("got %+v, want the submission at the sent Rev", revs[0])
	}

	// Pushed again with nothing moved: one revision at that Rev, not two.
	n := len(revs)
	if err := rs.RecordHandOff(ctx, r.ID, got.Rev, got.Clone(), "", model.ChannelBundle); err != nil {
		t.Fatal(err)
	}
	if revs, _ = rs.FindRevisions(ctx, r.ID); len(revs) != n {
		t.Errorf("got %d revisions, want %d", len(revs), n)
	}

	// Edited during a publish: the edit stays, what went out is in the history.
	out := got.Clone()
	out.Status, out.Rev = model.StatusPublished, model.NewRev()
	got.Lead = "Sửa trong lúc đang đăng."
	if err := s.UpdateReport(ctx, got, model.SaveAuto); err != nil {
		t.Fatal(err)
	}
	// The push read the report at sent.Rev, before the edit.
	if err := rs.RecordHandOff(ctx, r.ID, sent.Rev, out, "", model.ChannelPortal); err != nil {
		t.Fatal(err)
	}
	now, _ := s.FindReportByID(ctx, r.ID)
	if now.Lead != "Sửa trong lúc đang đăng." || now.Status != model.StatusReview {
		t.Errorf("got %q %s, want the edit kept and the status alone", now.Lead, now.Status)
	}
	revs, _ = rs.FindRevisions(ctx, r.ID)
	found := false
	for _, rv := range revs {
		found = found || (rv.Rev == out.Rev && rv.Reason == model.ReasonPushed)
	}
	if !found {
		t.Errorf("got %s, want what went out kept", reasons(revs))
	}
}
