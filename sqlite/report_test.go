package sqlite_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/photo/phototest"
	"newsdesk/sqlite"
)

// sampleReport returns a conference report of fictional units and people.
func sampleReport(headline string) *model.Report {
	r := model.NewReport(headline)
	r.Section = "Ngành Tổ chức xây dựng Đảng"
	r.SourceTag = "(Cổng TTĐT) -"
	r.Event = model.Event{
		Date: "2026-01-08", PartOfDay: model.Morning, Place: "Hội trường Nhà văn hoá Thanh Lâm",
		Organiser: "Ban Tổ chức Quận ủy Hồng Phúc",
		Chair:     []model.Person{{Name: "Trần Thị Mai Hương", Title: "Trưởng Ban Tổ chức Quận ủy"}},
	}
	r.Lead = "Sáng 8/1, Ban Tổ chức Quận ủy Hồng Phúc tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026."
	r.Body = []model.Block{
		model.Paragraph("Năm 2025, ngành đã tham mưu kiện toàn bộ máy, sắp xếp các phòng ban gọn nhẹ."),
		{Kind: model.BlockAwards, Awards: &model.AwardList{
			Form: "Giấy khen", By: "Trưởng Ban Tổ chức Quận ủy",
			Recipients: []model.Recipient{
				{Kind: model.Collective, Name: "Phòng Tổ chức cán bộ phường Bến Ngự"},
				{Kind: model.Individual, Name: "Lê Văn Khoa", Title: "Chuyên viên", Unit: "Văn phòng Quận ủy"},
			},
		}},
	}
	r.Byline = []string{"Minh Châu"}
	return r
}

// MustAddPhotos adds n distinct small photos to the library.
func MustAddPhotos(tb testing.TB, db *sqlite.DB, n int) []*model.Photo {
	tb.Helper()
	ps := sqlite.NewPhotoService(db)
	out := make([]*model.Photo, n)
	for i := range out {
		p, err := ps.AddPhoto(context.Background(), "anh.jpg", phototest.CameraJPEG(96+i, 64, 0))
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = p
	}
	return out
}

// MustCreateReport stores r.
func MustCreateReport(tb testing.TB, db *sqlite.DB, r *model.Report) *model.Report {
	tb.Helper()
	if err := sqlite.NewReportService(db).CreateReport(context.Background(), r); err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestReportService_CreateReport(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		p := MustAddPhotos(t, db, 1)[0]
		r := sampleReport("Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025")
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID, Caption: "Quang cảnh hội nghị"}})
		if err := s.CreateReport(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		if r.ID == 0 || r.UUID == "" || r.Rev == "" {
			t.Fatalf("got ID %d, UUID %q, Rev %q; want all filled", r.ID, r.UUID, r.Rev)
		}
		if want := db.Now(); !r.CreatedAt.Equal(want) || !r.UpdatedAt.Equal(want) {
			t.Errorf("got times %v, %v; want %v", r.CreatedAt, r.UpdatedAt, want)
		}
		if got, want := r.Body[2].Photo.UUID, p.UUID; got != want {
			t.Errorf("got photo UUID %q, want %q", got, want)
		}

		got, err := s.FindReportByID(context.Background(), r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("got %#v, want %#v", got, r)
		}
		if got.Body[2].Photo.PhotoID != p.ID {
			t.Errorf("got PhotoID %d, want %d", got.Body[2].Photo.PhotoID, p.ID)
		}
		byUUID, err := s.FindReportByUUID(context.Background(), r.UUID)
		if err != nil {
			t.Fatal(err)
		} else if byUUID.ID != r.ID {
			t.Errorf("got ID %d, want %d", byUUID.ID, r.ID)
		}
	})

	t.Run("DraftWithoutHeadline", func(t *testing.T) {
		// A reporter's draft is stored whatever state it is in: nothing typed is lost.
		db := MustOpenDB(t)
		if err := sqlite.NewReportService(db).CreateReport(context.Background(), model.NewReport("   ")); err != nil {
			t.Fatalf("a draft without headline was refused: %v", err)
		}
	})

	t.Run("ErrStatusInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		r := model.NewReport("Hội nghị")
		r.Status = "xong"
		err := sqlite.NewReportService(db).CreateReport(context.Background(), r)
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "xong") {
			t.Fatalf("got %v, want the status sentence", err)
		}
	})

	t.Run("ErrPhotoMissing", func(t *testing.T) {
		db := MustOpenDB(t)
		r := sampleReport("Hội nghị giao ban")
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: model.NewUUID()}})
		err := sqlite.NewReportService(db).CreateReport(context.Background(), r)
		if got, want := model.ErrorMessage(err), "Ảnh ở khối 3 không có trong thư viện"; !strings.Contains(got, want) {
			t.Fatalf("got %q, want %q", got, want)
		}
		if r.ID != 0 {
			t.Errorf("got ID %d for a report that was not stored", r.ID)
		}
		if got, _ := sqlite.NewReportService(db).FindReports(context.Background(), model.ReportFilter{}); len(got) != 0 {
			t.Errorf("got %d reports, want none", len(got))
		}
	})

	t.Run("ErrSameUUID", func(t *testing.T) {
		db := MustOpenDB(t)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))
		dup := sampleReport("Hội nghị giao ban tháng Hai")
		dup.UUID = r.UUID
		err := sqlite.NewReportService(db).CreateReport(context.Background(), dup)
		if model.ErrorCode(err) != model.ECONFLICT {
			t.Fatalf("got %v, want %v", err, model.ECONFLICT)
		}
	})
}

func TestReportService_FindReportByID(t *testing.T) {
	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		_, err := sqlite.NewReportService(db).FindReportByID(context.Background(), 42)
		if model.ErrorCode(err) != model.ENOTFOUND || !strings.Contains(model.ErrorMessage(err), "Không tìm thấy bài viết") {
			t.Fatalf("got %v, want %v with a sentence", err, model.ENOTFOUND)
		}
	})
}

func TestReportService_UpdateReport(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))
		firstRev, created := r.Rev, r.CreatedAt
		Advance(db, time.Minute)

		r.Body[0].Text = "Năm 2025, ngành đã hoàn thành vượt mức các chỉ tiêu được giao."
		if err := s.UpdateReport(context.Background(), r, model.SaveExplicit); err != nil {
			t.Fatal(err)
		}
		if r.Rev == firstRev {
			t.Error("got the same Rev after a save, want a new one")
		}
		if !r.CreatedAt.Equal(created) || !r.UpdatedAt.Equal(db.Now()) {
			t.Errorf("got created %v updated %v; want %v and %v", r.CreatedAt, r.UpdatedAt, created, db.Now())
		}
		got, err := s.FindReportByID(context.Background(), r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Body[0].Text != r.Body[0].Text || got.Rev != r.Rev {
			t.Errorf("got %q (rev %s), want %q (rev %s)", got.Body[0].Text, got.Rev, r.Body[0].Text, r.Rev)
		}
	})

	t.Run("ErrChangedElsewhere", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))
		other, _ := s.FindReportByID(context.Background(), r.ID)

		other.Lead = "Bản do biên tập viên sửa."
		if err := s.UpdateReport(context.Background(), other, model.SaveAuto); err != nil {
			t.Fatal(err)
		}
		r.Lead = "Bản do phóng viên sửa."
		rev := r.Rev
		err := s.UpdateReport(context.Background(), r, model.SaveAuto)
		if model.ErrorCode(err) != model.ECONFLICT || !strings.Contains(model.ErrorMessage(err), "cửa sổ hoặc chương trình khác") {
			t.Fatalf("got %v, want %v with a sentence", err, model.ECONFLICT)
		}
		if r.Rev != rev {
			t.Errorf("got Rev %s after a refused save, want %s kept", r.Rev, rev)
		}
		got, _ := s.FindReportByID(context.Background(), r.ID)
		if got.Lead != other.Lead {
			t.Errorf("got lead %q, want the other window's %q kept", got.Lead, other.Lead)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		r := sampleReport("Hội nghị giao ban")
		r.ID = 7
		if err := sqlite.NewReportService(db).UpdateReport(context.Background(), r, model.SaveAuto); model.ErrorCode(err) != model.ENOTFOUND {
			t.Fatalf("got %v, want %v", err, model.ENOTFOUND)
		}
	})
}

func TestReportService_FindReports(t *testing.T) {
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	a := MustCreateReport(t, db, sampleReport("Hội nghị A"))
	b := MustCreateReport(t, db, sampleReport("Hội nghị B"))
	c := MustCreateReport(t, db, sampleReport("Hội nghị C"))
	// Editing A makes it the last changed, even with the clock standing still.
	a.Lead = "Sáng 9/1, hội nghị tiếp tục."
	if err := s.UpdateReport(context.Background(), a, model.SaveAuto); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(context.Background(), b.ID, model.StatusReview, "Phạm Quốc Toản", ""); err != nil {
		t.Fatal(err)
	}

	headlines := func(sums []model.ReportSummary) string {
		var hs []string
		for _, s := range sums {
			hs = append(hs, s.Headline)
		}
		return strings.Join(hs, ", ")
	}
	t.Run("LastChangedFirst", func(t *testing.T) {
		got, err := s.FindReports(context.Background(), model.ReportFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := headlines(got), "Hội nghị B, Hội nghị A, Hội nghị C"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})
	draft := model.StatusDraft
	t.Run("Status", func(t *testing.T) {
		got, err := s.FindReports(context.Background(), model.ReportFilter{Status: &draft})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := headlines(got), "Hội nghị A, Hội nghị C"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})
	t.Run("Limit", func(t *testing.T) {
		got, err := s.FindReports(context.Background(), model.ReportFilter{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := headlines(got), "Hội nghị B"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
		if got[0].ID != b.ID || got[0].UUID != b.UUID || got[0].Status != model.StatusReview {
			t.Errorf("got %+v, want report B in review", got[0])
		}
	})
	t.Run("Offset", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			filter model.ReportFilter
			want   string
		}{
			{"Page", model.ReportFilter{Limit: 1, Offset: 1}, "Hội nghị A"},
			{"LastPageShort", model.ReportFilter{Limit: 2, Offset: 2}, "Hội nghị C"},
			{"NoLimit", model.ReportFilter{Offset: 1}, "Hội nghị A, Hội nghị C"},
			{"PastTheEnd", model.ReportFilter{Limit: 2, Offset: 3}, ""},
			{"WithStatus", model.ReportFilter{Status: &draft, Limit: 5, Offset: 1}, "Hội nghị C"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.FindReports(context.Background(), tt.filter)
				if err != nil {
					t.Fatal(err)
				}
				if got := headlines(got); got != tt.want {
					t.Errorf("got %s, want %s", got, tt.want)
				}
			})
		}
	})
	_ = c
}

func TestReportService_SetStatus(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))
		if err := s.SetStatus(context.Background(), r.ID, model.StatusApproved, "Phạm Quốc Toản", ""); err != nil {
			t.Fatal(err)
		}
		got, _ := s.FindReportByID(context.Background(), r.ID)
		if got.Status != model.StatusApproved {
			t.Errorf("got %q, want %q", got.Status, model.StatusApproved)
		}
		if got.Rev == r.Rev {
			t.Error("got the same Rev after a status change, want a new one")
		}
		// A window still holding the draft cannot silently undo the approval.
		r.Lead = "Sửa sau khi duyệt."
		if err := s.UpdateReport(context.Background(), r, model.SaveAuto); model.ErrorCode(err) != model.ECONFLICT {
			t.Errorf("got %v, want %v", err, model.ECONFLICT)
		}
	})
	t.Run("ErrUnknownStatus", func(t *testing.T) {
		db := MustOpenDB(t)
		r := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))
		err := sqlite.NewReportService(db).SetStatus(context.Background(), r.ID, "done", "", "")
		if model.ErrorCode(err) != model.EINVALID {
			t.Fatalf("got %v, want %v", err, model.EINVALID)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		err := sqlite.NewReportService(db).SetStatus(context.Background(), 9, model.StatusReview, "", "")
		if model.ErrorCode(err) != model.ENOTFOUND {
			t.Fatalf("got %v, want %v", err, model.ENOTFOUND)
		}
	})
}

func TestReportService_DeleteReport(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewReportService(db)
		p := MustAddPhotos(t, db, 1)[0]
		r := sampleReport("Hội nghị chuyên đề về công tác cán bộ")
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID}})
		MustCreateReport(t, db, r)
		keep := MustCreateReport(t, db, sampleReport("Hội nghị giao ban"))

		if err := s.DeleteReport(context.Background(), r.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindReportByID(context.Background(), r.ID); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want %v", err, model.ENOTFOUND)
		}
		if _, err := sqlite.NewRevisionService(db).FindRevisions(context.Background(), r.ID); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want its revisions gone", err)
		}
		var revisions int
		db.SQL().QueryRow(`SELECT count(*) FROM revisions WHERE report_id = ?`, r.ID).Scan(&revisions)
		if revisions != 0 {
			t.Errorf("got %d revisions left, want 0", revisions)
		}
		if got, _ := s.SearchReports(context.Background(), "chuyên đề", 10); len(got) != 0 {
			t.Errorf("got %v, want a deleted report not found", got)
		}
		if got, _ := s.SearchReports(context.Background(), "giao ban", 10); len(got) != 1 || got[0].ID != keep.ID {
			t.Errorf("got %v, want the other report still found", got)
		}
		// The photo stays in the library.
		if _, err := sqlite.NewPhotoService(db).FindPhotoByID(context.Background(), p.ID); err != nil {
			t.Errorf("got %v, want the photo kept", err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		if err := sqlite.NewReportService(db).DeleteReport(context.Background(), 3); model.ErrorCode(err) != model.ENOTFOUND {
			t.Fatalf("got %v, want %v", err, model.ENOTFOUND)
		}
	})
}

// TestReportService_UpdateReportUnchanged: saving what the library holds already
// — the save before printing, exporting or pushing, an autosave after a change
// undone — keeps the Rev, the time and the history as they are; a save of a
// change still makes a new Rev, and an explicit save of changes that only an
// autosave holds keeps a revision once.
func TestReportService_UpdateReportUnchanged(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	revs := sqlite.NewRevisionService(db)
	r := sampleReport("Hội nghị tổng kết công tác năm 2025")
	if err := s.CreateReport(ctx, r); err != nil {
		t.Fatal(err)
	}
	history := func() int {
		list, err := revs.FindRevisions(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		return len(list)
	}
	before, rev, at := history(), r.Rev, r.UpdatedAt
	for _, kind := range []model.SaveKind{model.SaveExplicit, model.SaveAuto, model.SaveExplicit} {
		same, _ := s.FindReportByID(ctx, r.ID)
		if err := s.UpdateReport(ctx, same, kind); err != nil {
			t.Fatal(err)
		}
		if same.Rev != rev || !same.UpdatedAt.Equal(at) {
			t.Fatalf("an unchanged save moved the Rev %s → %s or the time", rev, same.Rev)
		}
	}
	if n := history(); n != before {
		t.Errorf("history %d → %d entries after unchanged saves, want none added", before, n)
	}
	if list, _ := s.FindReports(ctx, model.ReportFilter{}); len(list) != 1 || !list[0].UpdatedAt.Equal(at) {
		t.Errorf("the list's time moved: %+v", list)
	}

	// A change autosaved (no revision due), then Ctrl+S with nothing more: one
	// revision for it, and only one.
	edited, _ := s.FindReportByID(ctx, r.ID)
	edited.Lead += " Đã sửa."
	if err := s.UpdateReport(ctx, edited, model.SaveAuto); err != nil {
		t.Fatal(err)
	}
	if edited.Rev == rev {
		t.Fatal("a change kept the Rev")
	}
	for range 2 {
		again, _ := s.FindReportByID(ctx, r.ID)
		if err := s.UpdateReport(ctx, again, model.SaveExplicit); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := revs.FindRevisions(ctx, r.ID)
	n := 0
	for _, rv := range list {
		if rv.Rev == edited.Rev {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d revisions hold the autosaved change after Ctrl+S twice, want 1", n)
	}
}

func TestReportService_CountReports(t *testing.T) {
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	ctx := context.Background()
	for _, h := range []string{"Một", "Hai", "Ba"} {
		MustCreateReport(t, db, model.NewReport(h))
	}
	if err := s.SetStatus(ctx, 1, model.StatusReview, "", ""); err != nil {
		t.Fatal(err)
	}
	review := model.StatusReview
	for _, c := range []struct {
		f    model.ReportFilter
		want int
	}{
		{model.ReportFilter{}, 3},
		{model.ReportFilter{Status: &review}, 1},
		{model.ReportFilter{Statuses: []model.Status{model.StatusDraft, model.StatusReview}, Limit: 1}, 3},
	} {
		if n, err := s.CountReports(ctx, c.f); err != nil || n != c.want {
			t.Errorf("%+v: got %d, %v; want %d", c.f, n, err, c.want)
		}
	}
}
