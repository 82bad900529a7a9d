package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/photo/phototest"
	"newsdesk/sqlite"
)

// bundleReport returns a report as a bundle carries it: photos named by UUID only.
func bundleReport(headline string, photoUUIDs ...string) *model.Report {
	r := sampleReport(headline)
	r.Rev = model.NewRev()
	for _, u := range photoUUIDs {
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: u, Caption: "Quang cảnh hội nghị"}})
	}
	return r
}

func count(t *testing.T, db *sqlite.DB, table string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestReportService_ImportReport(t *testing.T) {
	ctx := context.Background()

	t.Run("HandOffRoundTrip", func(t *testing.T) {
		db := MustOpenDB(t)
		s, rs := sqlite.NewReportService(db), sqlite.NewRevisionService(db)
		photoUUID := model.NewUUID()
		photos := []model.ImportPhoto{{UUID: photoUUID, Filename: "quang-canh.jpg", Data: phototest.CameraJPEG(200, 150, 0)}}
		in := bundleReport("Hội nghị tổng kết công tác năm 2025", photoUUID)

		// Created: the library did not have it.
		res, err := s.ImportReport(ctx, in.Clone(), photos, model.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != model.ImportCreated || res.ReportID == 0 {
			t.Fatalf("got %+v, want created", res)
		}
		got, err := s.FindReportByID(ctx, res.ReportID)
		if err != nil {
			t.Fatal(err)
		}
		if got.UUID != in.UUID || got.Rev != in.Rev || got.BaseRev != in.Rev {
			t.Errorf("got UUID %s rev %s base %s; want %s, %s, %s", got.UUID, got.Rev, got.BaseRev, in.UUID, in.Rev, in.Rev)
		}
		pb := got.Body[2].Photo
		if pb.UUID != photoUUID || pb.PhotoID == 0 {
			t.Errorf("got photo %s (id %d), want the bundle's %s stored", pb.UUID, pb.PhotoID, photoUUID)
		}
		if p, err := sqlite.NewPhotoService(db).FindPhotoByID(ctx, pb.PhotoID); err != nil || p.Filename != "quang-canh.jpg" {
			t.Errorf("got %v, %v; want the stored photo", p, err)
		}

		// Unchanged: the same bundle again.
		res, err = s.ImportReport(ctx, in.Clone(), photos, model.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != model.ImportUnchanged || res.ReportID != got.ID {
			t.Errorf("got %+v, want unchanged %d", res, got.ID)
		}

		// Updated: the editor changed it; the library did not.
		edited := in.Clone()
		edited.BaseRev, edited.Rev = in.Rev, model.NewRev()
		edited.Lead = "Lời dẫn do biên tập viên viết lại."
		edited.Status = model.StatusApproved
		res, err = s.ImportReport(ctx, edited.Clone(), photos, model.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != model.ImportUpdated || res.ReportID != got.ID {
			t.Fatalf("got %+v, want updated %d", res, got.ID)
		}
		now, _ := s.FindReportByID(ctx, got.ID)
		if now.Lead != edited.Lead || now.Status != model.StatusApproved || now.Rev != edited.Rev || now.BaseRev != edited.Rev {
			t.Errorf("got lead %q status %s rev %s base %s; want the editor's, rev and base %s", now.Lead, now.Status, now.Rev, now.BaseRev, edited.Rev)
		}
		revs, _ := rs.FindRevisions(ctx, got.ID)
		if got, want := reasons(revs), "import_bundle received_bundle"; got != want {
			t.Fatalf("got revisions %s, want %s", got, want)
		}
		before, _ := rs.FindRevisionByID(ctx, revs[0].ID)
		if before.Report.Lead != in.Lead || before.Rev != in.Rev {
			t.Errorf("got %q (rev %s), want the library's copy before the import kept", before.Report.Lead, before.Rev)
		}

		// Conflict: both sides changed since.
		now.Lead = "Phóng viên sửa tiếp trên máy mình."
		if err := s.UpdateReport(ctx, now, model.SaveExplicit); err != nil {
			t.Fatal(err)
		}
		again := edited.Clone()
		again.BaseRev, again.Rev = edited.Rev, model.NewRev()
		again.Lead = "Biên tập viên sửa lần hai."
		res, err = s.ImportReport(ctx, again.Clone(), photos, model.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != model.ImportConflict || res.LinkedID != got.ID || res.ReportID == got.ID {
			t.Fatalf("got %+v, want a conflict linked to %d", res, got.ID)
		}
		split, _ := s.FindReportByID(ctx, res.ReportID)
		if split.UUID == in.UUID || split.LinkedUUID != in.UUID || split.Lead != again.Lead {
			t.Errorf("got UUID %s linked %s lead %q; want a new UUID linked to %s", split.UUID, split.LinkedUUID, split.Lead, in.UUID)
		}
		if split.BaseRev != edited.Rev {
			t.Errorf("got the copy's base %s, want %s, where the two sides parted", split.BaseRev, edited.Rev)
		}
		mine, _ := s.FindReportByID(ctx, got.ID)
		if mine.Lead != now.Lead {
			t.Errorf("got %q, want the library's own edit kept", mine.Lead)
		}

		// Copy: asked for.
		res, err = s.ImportReport(ctx, in.Clone(), photos, model.ImportOptions{AsCopy: true})
		if err != nil {
			t.Fatal(err)
		}
		cp, _ := s.FindReportByID(ctx, res.ReportID)
		if res.Outcome != model.ImportCopy || cp.UUID == in.UUID || cp.ID == got.ID {
			t.Errorf("got %+v UUID %s, want a copy with a new UUID", res, cp.UUID)
		}
		if n := count(t, db, "photos"); n != 1 {
			t.Errorf("got %d photos, want the bundle's one photo stored once", n)
		}
	})

	t.Run("PhotoMatchedByContent", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		data := phototest.CameraJPEG(180, 120, 0)
		mine, err := sqlite.NewPhotoService(db).AddPhoto(ctx, "DSC_1.jpg", data)
		if err != nil {
			t.Fatal(err)
		}
		bundleUUID := model.NewUUID()
		res, err := s.ImportReport(ctx, bundleReport("Hội nghị giao ban", bundleUUID),
			[]model.ImportPhoto{{UUID: bundleUUID, Filename: "x.jpg", Data: data}}, model.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := s.FindReportByID(ctx, res.ReportID)
		if pb := got.Body[2].Photo; pb.PhotoID != mine.ID || pb.UUID != mine.UUID {
			t.Errorf("got photo %d %s, want the library's %d %s", pb.PhotoID, pb.UUID, mine.ID, mine.UUID)
		}
		if n := count(t, db, "photos"); n != 1 {
			t.Errorf("got %d photos, want 1", n)
		}
	})

	t.Run("PhotoMatchedByUUID", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		mine := MustAddPhotos(t, db, 1)[0]
		// The bytes are not even read: the library has that photo.
		res, err := s.ImportReport(ctx, bundleReport("Hội nghị giao ban", mine.UUID),
			[]model.ImportPhoto{{UUID: mine.UUID, Filename: "x.jpg", Data: []byte("không đọc")}}, model.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := s.FindReportByID(ctx, res.ReportID)
		if pb := got.Body[2].Photo; pb.PhotoID != mine.ID {
			t.Errorf("got photo %d, want %d", pb.PhotoID, mine.ID)
		}
	})

	t.Run("ErrBadPhotoStoresNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		good, bad := model.NewUUID(), model.NewUUID()
		_, err := s.ImportReport(ctx, bundleReport("Hội nghị giao ban", good, bad), []model.ImportPhoto{
			{UUID: good, Filename: "tot.jpg", Data: phototest.CameraJPEG(120, 90, 0)},
			{UUID: bad, Filename: "hong.jpg", Data: []byte("\xff\xd8\xff hỏng")},
		}, model.ImportOptions{})
		if model.ErrorCode(err) != model.EINVALID {
			t.Fatalf("got %v, want %v", err, model.EINVALID)
		}
		if n, p := count(t, db, "reports"), count(t, db, "photos"); n != 0 || p != 0 {
			t.Errorf("got %d reports and %d photos, want nothing stored", n, p)
		}
	})

	t.Run("ErrPhotoNotInBundleStoresNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		good := model.NewUUID()
		_, err := s.ImportReport(ctx, bundleReport("Hội nghị giao ban", good, model.NewUUID()), []model.ImportPhoto{
			{UUID: good, Filename: "tot.jpg", Data: phototest.CameraJPEG(120, 90, 0)},
		}, model.ImportOptions{})
		if model.ErrorCode(err) != model.EINVALID {
			t.Fatalf("got %v, want %v", err, model.EINVALID)
		}
		if n, p := count(t, db, "reports"), count(t, db, "photos"); n != 0 || p != 0 {
			t.Errorf("got %d reports and %d photos, want nothing stored", n, p)
		}
	})
}

// TestReportService_ImportUntouchedCopy: an editor who has not touched the report
// since it came in takes the reporter's next version in place, whatever that
// version's base says; once the editor has changed it, the next one is a conflict.
func TestReportService_ImportUntouchedCopy(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	first := bundleReport("Hội nghị giao ban")
	if _, err := s.ImportReport(ctx, first.Clone(), nil, model.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	// The reporter went on writing: a new Rev, and no base (it never came back).
	second := first.Clone()
	second.Rev, second.BaseRev = model.NewRev(), ""
	second.Lead = "Phóng viên bổ sung lời dẫn."
	res, err := s.ImportReport(ctx, second.Clone(), nil, model.ImportOptions{})
	if err != nil || res.Outcome != model.ImportUpdated {
		t.Fatalf("got %+v, %v; want the untouched copy updated", res, err)
	}

	// The first version again (an older bundle): the library has it, and a newer.
	if res, err := s.ImportReport(ctx, first.Clone(), nil, model.ImportOptions{}); err != nil || res.Outcome != model.ImportUnchanged {
		t.Errorf("got %+v, %v; want the older version left out", res, err)
	}
	if now, _ := s.FindReportByID(ctx, res.ReportID); now.Lead != second.Lead {
		t.Errorf("got %q, want the newer version kept", now.Lead)
	}

	// The editor changes it; the reporter's third version now conflicts…
	got, _ := s.FindReportByID(ctx, res.ReportID)
	got.Lead = "Biên tập viên sửa."
	if err := s.UpdateReport(ctx, got, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	third := second.Clone()
	third.Rev = model.NewRev()
	if res, err := s.ImportReport(ctx, third.Clone(), nil, model.ImportOptions{}); err != nil || res.Outcome != model.ImportConflict {
		t.Errorf("got %+v, %v; want a conflict", res, err)
	}
	// …unless its history shows it went through the editor's version.
	fourth := third.Clone()
	fourth.Rev = model.NewRev()
	history := []model.Revision{{Rev: got.Rev, Reason: model.ReasonImport, Report: got.Clone()}}
	if res, err := s.ImportReview(ctx, fourth.Clone(), nil, model.ImportOptions{}, history, nil); err != nil || res.Outcome != model.ImportUpdated {
		t.Errorf("got %+v, %v; want it updated in place", res, err)
	}
}

// TestReportService_ImportLineage: a version whose lineage does not hold the
// library's copy came from elsewhere (a second editor's older start), so it is
// a conflict even onto a copy untouched since it came in; one whose lineage
// holds it is an update.
func TestReportService_ImportLineage(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	mine := bundleReport("Hội nghị giao ban")
	if _, err := s.ImportReport(ctx, mine.Clone(), nil, model.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	lineage := func(revs ...string) []model.Revision {
		var out []model.Revision
		for _, r := range revs {
			out = append(out, model.Revision{Rev: r})
		}
		return out
	}
	other := mine.Clone()
	other.Rev, other.BaseRev = model.NewRev(), ""
	other.Lead = "Bản từ một nơi khác."
	res, err := s.ImportReview(ctx, other.Clone(), nil, model.ImportOptions{}, lineage("aaaa", "bbbb"), nil)
	if err != nil || res.Outcome != model.ImportConflict {
		t.Errorf("got %+v, %v; want a conflict: the lineage does not go through the library's copy", res, err)
	}
	next := mine.Clone()
	next.Rev, next.BaseRev = model.NewRev(), ""
	res, err = s.ImportReview(ctx, next.Clone(), nil, model.ImportOptions{}, lineage("cccc", mine.Rev), nil)
	if err != nil || res.Outcome != model.ImportUpdated {
		t.Errorf("got %+v, %v; want an update: the lineage goes through the library's copy", res, err)
	}
}

// TestReportService_ImportPhotoUnreadable: a photo read from the bundle only when
// stored, found damaged then, stops the import with nothing stored.
func TestReportService_ImportPhotoUnreadable(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	good, bad := model.NewUUID(), model.NewUUID()
	in := bundleReport("Hội nghị", good, bad)
	photos := []model.ImportPhoto{
		{UUID: good, Filename: "a.jpg", Open: func() ([]byte, error) { return phototest.CameraJPEG(120, 80, 0), nil }},
		{UUID: bad, Filename: "b.jpg", SHA256: strings.Repeat("ab", 32),
			Open: func() ([]byte, error) {
				return nil, model.Errorf(model.EINVALID, "bundle.photo.checksum", "photos/b.jpg")
			}},
	}
	if _, err := s.ImportReport(ctx, in, photos, model.ImportOptions{}); model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("got %v, want the damaged photo refused", err)
	}
	if n, m := count(t, db, "reports"), count(t, db, "photos"); n != 0 || m != 0 {
		t.Errorf("got %d reports and %d photos, want nothing stored", n, m)
	}
}
