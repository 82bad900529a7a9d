package sqlite_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

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
