package sqlite_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/photo/phototest"
	"newsdesk/sqlite"
)

func TestPhotoService_AddPhoto(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		data := phototest.CameraJPEG(640, 480, 6) // taken with the camera turned
		p, err := sqlite.NewPhotoService(db).AddPhoto(context.Background(), "DSC_0412.JPG", data)
		if err != nil {
			t.Fatal(err)
		}
		if p.ID == 0 || p.UUID == "" || p.SHA256 == "" || p.Filename != "DSC_0412.JPG" {
			t.Errorf("got %+v, want ID, UUID, SHA-256 and file name", p)
		}
		if p.Thumb.Data == nil || p.Original.Data != nil || p.Print.Data != nil {
			t.Errorf("got data original %d, print %d, thumb %d bytes; want the thumbnail's only",
				len(p.Original.Data), len(p.Print.Data), len(p.Thumb.Data))
		}
		if p.Thumb.Width >= p.Thumb.Height {
			t.Errorf("got thumbnail %d×%d, want it upright (portrait)", p.Thumb.Width, p.Thumb.Height)
		}
	})

	t.Run("SameFileStoredOnce", func(t *testing.T) {
		db := MustOpenDB(t)
		s := sqlite.NewPhotoService(db)
		data := phototest.CameraJPEG(320, 240, 0)
		first, err := s.AddPhoto(context.Background(), "anh-1.jpg", data)
		if err != nil {
			t.Fatal(err)
		}
		again, err := s.AddPhoto(context.Background(), "ban-sao.jpg", bytes.Clone(data))
		if err != nil {
			t.Fatal(err)
		}
		if again.ID != first.ID || again.UUID != first.UUID || again.Filename != "anh-1.jpg" {
			t.Errorf("got %d %s %q, want the stored photo %d %s %q", again.ID, again.UUID, again.Filename, first.ID, first.UUID, first.Filename)
		}
		if !bytes.Equal(again.Thumb.Data, first.Thumb.Data) {
			t.Error("got a different thumbnail for the same file")
		}
		var n int
		db.SQL().QueryRow(`SELECT count(*) FROM photos`).Scan(&n)
		if n != 1 {
			t.Errorf("got %d photos, want 1", n)
		}
	})

	t.Run("ErrNotAnImage", func(t *testing.T) {
		db := MustOpenDB(t)
		_, err := sqlite.NewPhotoService(db).AddPhoto(context.Background(), "bien-ban.docx", []byte("PK\x03\x04 không phải ảnh"))
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "bien-ban.docx") {
			t.Fatalf("got %v, want %v naming the file", err, model.EINVALID)
		}
		var n int
		db.SQL().QueryRow(`SELECT count(*) FROM photos`).Scan(&n)
		if n != 0 {
			t.Errorf("got %d photos, want 0", n)
		}
	})
}

func TestPhotoService_FindPhotoByID(t *testing.T) {
	db := MustOpenDB(t)
	s := sqlite.NewPhotoService(db)
	data := phototest.CameraJPEG(800, 600, 0)
	added, err := s.AddPhoto(context.Background(), "hoi-truong.jpg", data)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("Variants", func(t *testing.T) {
		p, err := s.FindPhotoByID(context.Background(), added.ID, model.VariantOriginal, model.VariantPrint)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(p.Original.Data, data) {
			t.Error("got original bytes that differ from the file")
		}
		if p.Print.Data == nil || p.Thumb.Data != nil {
			t.Errorf("got print %d, thumb %d bytes; want print only", len(p.Print.Data), len(p.Thumb.Data))
		}
		if p.Original.Width != 800 || p.Original.Height != 600 || p.Original.MIME != "image/jpeg" {
			t.Errorf("got %+v", p.Original)
		}
		if p.UUID != added.UUID || !p.CreatedAt.Equal(db.Now()) {
			t.Errorf("got %s %v, want %s %v", p.UUID, p.CreatedAt, added.UUID, db.Now())
		}
	})
	t.Run("NoBytes", func(t *testing.T) {
		p, err := s.FindPhotoByID(context.Background(), added.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Original.Data != nil || p.Print.Data != nil || p.Thumb.Data != nil || p.Thumb.Width == 0 {
			t.Errorf("got %+v, want sizes and no bytes", p)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := s.FindPhotoByID(context.Background(), added.ID+1); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want %v", err, model.ENOTFOUND)
		}
	})
}

func TestPhotoService_FindThumbs(t *testing.T) {
	db := MustOpenDB(t)
	ps := MustAddPhotos(t, db, 3)
	got, err := sqlite.NewPhotoService(db).FindThumbs(context.Background(), []int64{ps[0].ID, ps[2].ID, 999})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d thumbnails, want 2", len(got))
	}
	for _, p := range []*model.Photo{ps[0], ps[2]} {
		if f := got[p.ID]; !bytes.Equal(f.Data, p.Thumb.Data) || f.Width != p.Thumb.Width || f.MIME != "image/jpeg" {
			t.Errorf("photo %d: got %s %d×%d (%d bytes), want its thumbnail", p.ID, f.MIME, f.Width, f.Height, len(f.Data))
		}
	}
}

func TestPhotoService_DeleteUnusedPhotos(t *testing.T) {
	ctx := context.Background()
	withPhotos := func(headline string, ps ...*model.Photo) *model.Report {
		r := model.NewReport(headline)
		for _, p := range ps {
			r.Body = append(r.Body, model.Paragraph("Quang cảnh hội nghị."),
				model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID, Caption: "Quang cảnh"}})
		}
		return r
	}
	kept := func(t *testing.T, db *sqlite.DB, ps ...*model.Photo) string {
		t.Helper()
		var out []string
		for i, p := range ps {
			_, err := sqlite.NewPhotoService(db).FindPhotoByID(ctx, p.ID, model.VariantThumb)
			switch model.ErrorCode(err) {
			case "":
				out = append(out, fmt.Sprint(i))
			case model.ENOTFOUND:
			default:
				t.Fatal(err)
			}
		}
		return strings.Join(out, " ")
	}

	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		s, ps := sqlite.NewReportService(db), sqlite.NewPhotoService(db)
		p := MustAddPhotos(t, db, 5)
		// 0: in a report. 1: only in a revision, since removed from the report.
		// 2: never used. 3: in a deleted report. 4: in a report and its revision.
		MustCreateReport(t, db, withPhotos("Hội nghị tổng kết", p[0]))
		r := MustCreateReport(t, db, withPhotos("Hội nghị giao ban", p[1], p[4]))
		r.Body = r.Body[2:]
		if err := s.UpdateReport(ctx, r, model.SaveExplicit); err != nil {
			t.Fatal(err)
		}
		gone := MustCreateReport(t, db, withPhotos("Bản nháp bỏ đi", p[3]))
		if err := s.DeleteReport(ctx, gone.ID); err != nil {
			t.Fatal(err)
		}
		Advance(db, 2*time.Hour)
		// 5: added half an hour ago, used by nothing saved yet.
		p = append(p, MustAddPhotos(t, db, 6)[5])
		Advance(db, 30*time.Minute)

		n, err := ps.DeleteUnusedPhotos(ctx, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if n != 2 {
			t.Errorf("got %d photos deleted, want 2", n)
		}
		if got, want := kept(t, db, p...), "0 1 4 5"; got != want {
			t.Errorf("got photos %s kept, want %s", got, want)
		}
		if got := count(t, db, "photo_data"); got != 4*3 {
			t.Errorf("got %d stored variants, want %d: the deleted photos' bytes gone", got, 4*3)
		}
		// The revision still shows its photo.
		revs, err := sqlite.NewRevisionService(db).FindRevisions(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		rev, err := sqlite.NewRevisionService(db).FindRevisionByID(ctx, revs[len(revs)-1].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := rev.Report.Photos(); len(got) != 2 || got[0].PhotoID != p[1].ID {
			t.Errorf("got %+v in the first revision, want photo %d", got, p[1].ID)
		}

		if n, err := ps.DeleteUnusedPhotos(ctx, time.Hour); err != nil || n != 0 {
			t.Errorf("got %d, %v on a second run, want 0, nil", n, err)
		}
	})

	t.Run("LastHourKept", func(t *testing.T) {
		db := MustOpenDB(t)
		ps := sqlite.NewPhotoService(db)
		p := MustAddPhotos(t, db, 1)
		Advance(db, 59*time.Minute)
		if n, err := ps.DeleteUnusedPhotos(ctx, 0); err != nil || n != 0 {
			t.Fatalf("got %d, %v; want a photo added 59 minutes ago kept", n, err)
		}
		Advance(db, 2*time.Minute)
		if n, err := ps.DeleteUnusedPhotos(ctx, 24*time.Hour); err != nil || n != 0 {
			t.Fatalf("got %d, %v; want a photo younger than a day kept", n, err)
		}
		if n, err := ps.DeleteUnusedPhotos(ctx, 0); err != nil || n != 1 {
			t.Fatalf("got %d, %v; want the photo older than an hour deleted", n, err)
		}
		if got := kept(t, db, p...); got != "" {
			t.Errorf("got photos %s kept, want none", got)
		}
	})

	// A report saved while the references are being read keeps its photos.
	t.Run("SavedMeanwhile", func(t *testing.T) {
		db := MustOpenDB(t)
		s, ps := sqlite.NewReportService(db), sqlite.NewPhotoService(db)
		p := MustAddPhotos(t, db, 3)
		r := MustCreateReport(t, db, withPhotos("Hội nghị giao ban"))
		Advance(db, 2*time.Hour)
		sqlite.AfterUnusedPhotoScan(t, func() {
			// Photo 0 only in a revision: the report is created with it, then
			// autosaved without it (no revision so soon).
			other := MustCreateReport(t, db, withPhotos("Hội nghị tổng kết", p[0]))
			other.Body = nil
			if err := s.UpdateReport(ctx, other, model.SaveAuto); err != nil {
				t.Error(err)
			}
			// Photo 1 only in a report: two autosaves, the first keeps a
			// revision, the second, with the photo, none.
			for _, body := range [][]model.Block{{model.Paragraph("Sáng 8/1.")}, withPhotos("", p[1]).Body} {
				r.Body = body
				if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
					t.Error(err)
				}
			}
		})
		if n, err := ps.DeleteUnusedPhotos(ctx, time.Hour); err != nil || n != 1 {
			t.Fatalf("got %d, %v; want 1 photo deleted", n, err)
		}
		if got, want := kept(t, db, p...), "0 1"; got != want {
			t.Errorf("got photos %s kept, want %s", got, want)
		}
	})
}
