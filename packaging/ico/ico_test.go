package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// icoImage is one image read back from an .ico file.
type icoImage struct {
	size int
	img  image.Image
}

// readICO reads an .ico file the way Windows does: the directory, then each image,
// a PNG or a bitmap whose header must agree with its entry.
func readICO(t *testing.T, data []byte) []icoImage {
	t.Helper()
	le := binary.LittleEndian
	if len(data) < 6 || le.Uint16(data[0:]) != 0 || le.Uint16(data[2:]) != 1 {
		t.Fatalf("not an icon file")
	}
	var out []icoImage
	for i := range int(le.Uint16(data[4:])) {
		e := data[6+16*i : 6+16*i+16]
		w, h := int(e[0]), int(e[1])
		if w == 0 {
			w = 256
		}
		if h == 0 {
			h = 256
		}
		if w != h || le.Uint16(e[6:]) != 32 {
			t.Fatalf("entry %d: %d×%d pixels, %d bits", i, w, h, le.Uint16(e[6:]))
		}
		n, off := int(le.Uint32(e[8:])), int(le.Uint32(e[12:]))
		if off+n > len(data) {
			t.Fatalf("entry %d runs past the file", i)
		}
		img := data[off : off+n]
		if bytes.HasPrefix(img, []byte("\x89PNG")) {
			p, err := png.Decode(bytes.NewReader(img))
			if err != nil || p.Bounds().Dx() != w || p.Bounds().Dy() != h {
				t.Fatalf("entry %d: PNG %v, %v; want %d×%d", i, p.Bounds(), err, w, h)
			}
			out = append(out, icoImage{w, p})
			continue
		}
		if le.Uint32(img) != 40 || int(le.Uint32(img[4:])) != w || int(le.Uint32(img[8:])) != 2*h || le.Uint16(img[14:]) != 32 {
			t.Fatalf("entry %d: a bitmap header that does not say %d×%d in 32 bits", i, w, h)
		}
		want := 40 + w*h*4 + h*((w+31)/32*4)
		if n != want {
			t.Fatalf("entry %d: %d bytes, want %d", i, n, want)
		}
		rgba := image.NewNRGBA(image.Rect(0, 0, w, h))
		for y := range h {
			for x := range w {
				p := img[40+((h-1-y)*w+x)*4:]
				rgba.Pix[rgba.PixOffset(x, y)+0] = p[2]
				rgba.Pix[rgba.PixOffset(x, y)+1] = p[1]
				rgba.Pix[rgba.PixOffset(x, y)+2] = p[0]
				rgba.Pix[rgba.PixOffset(x, y)+3] = p[3]
			}
		}
		out = append(out, icoImage{w, rgba})
	}
	return out
}

// mean is the average colour of the opaque part of img, weighted by alpha.
func mean(img image.Image) (r, g, b, cover float64) {
	bd := img.Bounds()
	var sa float64
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			pr, pg, pb, pa := img.At(x, y).RGBA()
			if pa == 0 {
				continue
			}
			// RGBA is premultiplied: the sums below are of colour times alpha.
			r, g, b, sa = r+float64(pr), g+float64(pg), b+float64(pb), sa+float64(pa)
		}
	}
	return r / sa, g / sa, b / sa, sa / float64(bd.Dx()*bd.Dy()) / 0xffff
}

// TestIcon: the icon Windows shows carries an image for each size it draws, each
// the same picture as the drawing (same colours, same share of the square filled),
// not a blur of it nor an empty square.
func TestIcon(t *testing.T) {
	out := filepath.Join(t.TempDir(), "newsdesk.ico")
	if err := run("../../assets/icon.png", out); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	images := readICO(t, data)
	var sizes []int
	for _, im := range images {
		sizes = append(sizes, im.size)
	}
	if want := []int{16, 24, 32, 48, 64, 256}; !slices.Equal(sizes, want) {
		t.Fatalf("the icon holds %v pixel images, want %v", sizes, want)
	}
	f, _ := os.Open("../../assets/icon.png")
	defer f.Close()
	src, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	sr, sg, sb, sc := mean(src)
	for _, im := range images {
		r, g, b, c := mean(im.img)
		for _, d := range []float64{(r - sr) / 0xffff, (g - sg) / 0xffff, (b - sb) / 0xffff, c - sc} {
			if d > 0.06 || d < -0.06 {
				t.Errorf("the %d-pixel image differs from the drawing: colour %.0f %.0f %.0f cover %.2f, drawing %.0f %.0f %.0f cover %.2f",
					im.size, r/257, g/257, b/257, c, sr/257, sg/257, sb/257, sc)
				break
			}
		}
	}
	// A sharp shrink keeps edges: the 32-pixel image has pixels of the paper
	// (near white) and of the tile (dark blue), not only greys between them.
	var light, dark bool
	for _, im := range images {
		if im.size != 32 {
			continue
		}
		bd := im.img.Bounds()
		for y := bd.Min.Y; y < bd.Max.Y; y++ {
			for x := bd.Min.X; x < bd.Max.X; x++ {
				r, g, b, a := im.img.At(x, y).RGBA()
				if a > 0xf000 && r > 0xe000 && g > 0xe000 && b > 0xd000 {
					light = true
				}
				if a > 0xf000 && r < 0x2000 && b > 0x5000 && b < 0x9000 {
					dark = true
				}
			}
		}
	}
	if !light || !dark {
		t.Errorf("the 32-pixel image lost its paper (%v) or its tile (%v)", light, dark)
	}
}
