package photo_test

import (
	"image"
	"image/color"
	"testing"

	"newsdesk/photo"
)

// TestScale: a picture placed on a page comes at the size asked, turned, with its
// corners where the turn puts them.
func TestScale(t *testing.T) {
	// 300×200, red at the top left, blue at the bottom left, as a JPEG decodes.
	src := image.NewYCbCr(image.Rect(0, 0, 300, 200), image.YCbCrSubsampleRatio420)
	paint := func(x0, y0, x1, y1 int, c color.RGBA) {
		yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				src.Y[src.YOffset(x, y)] = yy
				src.Cb[src.COffset(x, y)], src.Cr[src.COffset(x, y)] = cb, cr
			}
		}
	}
	paint(0, 0, 300, 200, color.RGBA{255, 255, 255, 255})
	paint(0, 0, 60, 60, color.RGBA{220, 20, 20, 255})
	paint(0, 140, 60, 200, color.RGBA{20, 20, 220, 255})

	red := func(c color.Color) bool { r, g, b, _ := c.RGBA(); return r>>8 > 150 && g>>8 < 90 && b>>8 < 90 }
	blue := func(c color.Color) bool { r, g, b, _ := c.RGBA(); return b>>8 > 150 && r>>8 < 90 && g>>8 < 90 }
	for _, tc := range []struct {
		quarters, w, h int
		redAt, blueAt  image.Point
	}{
		{0, 150, 100, image.Pt(10, 10), image.Pt(10, 90)},
		{1, 100, 150, image.Pt(90, 10), image.Pt(10, 10)}, // a quarter turn clockwise
		{2, 150, 100, image.Pt(140, 90), image.Pt(140, 10)},
		{3, 100, 150, image.Pt(10, 140), image.Pt(90, 140)},
	} {
		out := photo.Scale(src, tc.w, tc.h, tc.quarters)
		if b := out.Bounds(); b.Dx() != tc.w || b.Dy() != tc.h {
			t.Errorf("%d quarters: got %v, want %d×%d", tc.quarters, b, tc.w, tc.h)
			continue
		}
		if _, ok := out.(*image.YCbCr); !ok {
			t.Errorf("%d quarters: got %T, want YCbCr for the JPEG encoder", tc.quarters, out)
		}
		if !red(out.At(tc.redAt.X, tc.redAt.Y)) || !blue(out.At(tc.blueAt.X, tc.blueAt.Y)) {
			t.Errorf("%d quarters: red at %v is %v, blue at %v is %v", tc.quarters, tc.redAt, out.At(tc.redAt.X, tc.redAt.Y), tc.blueAt, out.At(tc.blueAt.X, tc.blueAt.Y))
		}
	}
}
