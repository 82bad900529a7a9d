package wordpress

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func TestRotate(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 4, 2))
	src.Set(0, 0, color.RGBA{255, 0, 0, 255}) // top left, red
	var buf bytes.Buffer
	png.Encode(&buf, src)
	for _, c := range []struct {
		deg        int
		w, h, x, y int // size after, and where the red pixel goes
	}{{90, 2, 4, 1, 0}, {180, 4, 2, 3, 1}, {270, 2, 4, 0, 3}} {
		out, ok, err := rotate(buf.Bytes(), "image/png", c.deg)
		if err != nil || !ok {
			t.Fatalf("%d: %v %v", c.deg, ok, err)
		}
		img, err := png.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != c.w || b.Dy() != c.h {
			t.Errorf("%d: got %v, want %dx%d", c.deg, b, c.w, c.h)
		}
		if r, _, _, _ := img.At(c.x, c.y).RGBA(); r>>8 != 255 {
			t.Errorf("%d: the top-left pixel is not at (%d,%d)", c.deg, c.x, c.y)
		}
	}
}
