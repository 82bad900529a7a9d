package phototest_test

import (
	"bytes"
	"image/jpeg"
	"testing"

	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

func TestCameraJPEG(t *testing.T) {
	a := phototest.CameraJPEG(600, 400, 6)
	if b := phototest.CameraJPEG(600, 400, 6); !bytes.Equal(a, b) {
		t.Error("two calls gave different bytes, want the same")
	}
	img, err := jpeg.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got.X != 600 || got.Y != 400 {
		t.Errorf("got %v, want 600×400 stored", got)
	}
	if got := photo.Orientation(a); got != 6 {
		t.Errorf("orientation: got %v, want 6", got)
	}
	if got := photo.Orientation(phototest.CameraJPEG(60, 40, 0)); got != 1 {
		t.Errorf("orientation without EXIF: got %v, want 1", got)
	}
	// Texture makes a camera-like weight: about 0.45 bytes a pixel, as a 24 MP
	// camera's 11 MB.
	if got := float64(len(a)) / (600 * 400); got < 0.3 || got > 0.7 {
		t.Errorf("got %.2f bytes a pixel, want 0.3–0.7 like a camera file", got)
	}
}
