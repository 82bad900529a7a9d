package photo_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"strings"
	"testing"

	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

// TestPreview: the picture a camera keeps in its EXIF block comes out upright,
// without decoding the photo; a file without one, or with offsets outside the
// block, gives none.
func TestPreview(t *testing.T) {
	var thumb bytes.Buffer
	if err := jpeg.Encode(&thumb, image.NewGray(image.Rect(0, 0, 16, 8)), nil); err != nil {
		t.Fatal(err)
	}
	photoJPEG := phototest.CameraJPEG(64, 48, 0)
	for _, c := range []struct {
		o    uint16
		w, h int
	}{{1, 16, 8}, {6, 8, 16}, {3, 16, 8}, {8, 8, 16}} {
		img := photo.Preview(phototest.WithThumbnail(photoJPEG, thumb.Bytes(), c.o))
		if img == nil || img.Bounds().Dx() != c.w || img.Bounds().Dy() != c.h {
			t.Errorf("orientation %d: got %v, want a %d×%d preview", c.o, img, c.w, c.h)
		}
	}
	if photo.Orientation(phototest.WithThumbnail(photoJPEG, thumb.Bytes(), 6)) != 6 {
		t.Error("the orientation beside a thumbnail is no longer read")
	}
	if img := photo.Preview(photoJPEG); img != nil {
		t.Error("a preview from a photo without one")
	}
	bad := phototest.WithThumbnail(photoJPEG, thumb.Bytes(), 1)
	cut := bad[:40] // the block names a thumbnail past its end
	if img := photo.Preview(cut); img != nil {
		t.Error("a preview from offsets outside the block")
	}
}

// TestThumbnail: a photo without a camera picture gets one made from the photo,
// reduced and upright; a file that is no photo gives the sentence Prepare gives.
func TestThumbnail(t *testing.T) {
	for _, c := range []struct {
		o    int
		w, h int
	}{{1, 96, 72}, {6, 72, 96}} {
		img, err := photo.Thumbnail("DSC_0002.jpg", phototest.CameraJPEG(640, 480, c.o), 96)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != c.w || b.Dy() != c.h {
			t.Errorf("orientation %d: got %dx%d, want %dx%d", c.o, b.Dx(), b.Dy(), c.w, c.h)
		}
	}
	small, err := photo.Thumbnail("nho.jpg", phototest.CameraJPEG(40, 30, 0), 96)
	if err != nil || small.Bounds().Dx() != 40 {
		t.Errorf("a small photo: %v, %v; want it as it is, never enlarged", small, err)
	}
	photoJPEG := phototest.CameraJPEG(640, 480, 0)
	for name, data := range map[string][]byte{
		"ghi-chu.jpg": []byte("không phải ảnh"),
		"cut.jpg":     photoJPEG[:len(photoJPEG)/2],
	} {
		if img, err := photo.Thumbnail(name, data, 96); err == nil || img != nil {
			t.Errorf("%s: got a picture, want an error", name)
		} else if !strings.Contains(err.Error(), name) {
			t.Errorf("%s: the error %q does not name the file", name, err)
		}
	}
}
