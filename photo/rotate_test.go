package photo_test

import (
	"image"
	"image/color"
	"testing"

	"newsdesk/photo"
)

func TestRotate(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	red := color.RGBA{255, 0, 0, 255}
	img.Set(0, 0, red) // top-left
	for deg, want := range map[int]image.Point{90: {1, 0}, 180: {2, 1}, 270: {0, 2}, -90: {0, 2}} {
		out := photo.Rotate(img, deg)
		if got := out.At(want.X, want.Y); got != red {
			t.Errorf("%d°: the top-left pixel is not at %v (got %v)", deg, want, got)
		}
		if deg%180 != 0 && out.Bounds().Dx() != 2 {
			t.Errorf("%d°: width %d, want 2", deg, out.Bounds().Dx())
		}
	}
	if photo.Rotate(img, 360) != image.Image(img) {
		t.Error("a full turn should return the image as it is")
	}
}
