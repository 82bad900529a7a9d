package photo_test

import (
	"bytes"
	"image"
	"image/jpeg"
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
