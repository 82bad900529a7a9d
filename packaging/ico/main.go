// Command ico makes Newsdesk's Windows icon from assets/icon.png: one .ico holding
// the 16, 24, 32, 48, 64 and 256 pixel images Windows picks from (title bar, taskbar,
// Start menu, Explorer's views), each resampled from the 512-pixel drawing with a
// Catmull-Rom filter rather than left to Windows to shrink from one large image.
// The small ones are stored as 32-bit bitmaps, which every part of Windows reads;
// the 256-pixel one as PNG, as Windows stores it. It uses the standard library and
// golang.org/x/image. scripts/dist.sh runs it:
//
//	go run ./packaging/ico -in assets/icon.png -out newsdesk.ico
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"

	"golang.org/x/image/draw"
)

// Sizes are the square images the icon carries, in pixels.
var Sizes = []int{16, 24, 32, 48, 64, 256}

func main() {
	in := flag.String("in", "assets/icon.png", "the square PNG drawing")
	out := flag.String("out", "newsdesk.ico", "the icon file to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "ico:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	src, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var b bytes.Buffer
	if err := Encode(&b, src, Sizes); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// Resample returns src drawn at size×size pixels with the Catmull-Rom filter.
func Resample(src image.Image, size int) *image.NRGBA {
	dst := image.NewNRGBA(image.Rect(0, 0, size, size))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst
}

// Encode writes an .ico holding src at each of sizes (at most 256 pixels).
func Encode(w io.Writer, src image.Image, sizes []int) error {
	if b := src.Bounds(); b.Dx() != b.Dy() {
		return errors.New("the drawing is not square")
	}
	var images [][]byte
	for _, s := range sizes {
		if s < 1 || s > 256 {
			return fmt.Errorf("an icon image of %d pixels", s)
		}
		img := Resample(src, s)
		var data []byte
		if s == 256 {
			var b bytes.Buffer
			if err := png.Encode(&b, img); err != nil {
				return err
			}
			data = b.Bytes()
		} else {
			data = bitmap(img)
		}
		images = append(images, data)
	}
	var b bytes.Buffer
	le := binary.LittleEndian
	b.Write(le.AppendUint16(nil, 0))
	b.Write(le.AppendUint16(nil, 1)) // an icon, not a cursor
	b.Write(le.AppendUint16(nil, uint16(len(sizes))))
	offset := 6 + 16*len(sizes)
	for i, s := range sizes {
		b.WriteByte(byte(s)) // 256 is written 0
		b.WriteByte(byte(s))
		b.WriteByte(0) // no palette
		b.WriteByte(0)
		b.Write(le.AppendUint16(nil, 1))  // planes
		b.Write(le.AppendUint16(nil, 32)) // bits per pixel
		b.Write(le.AppendUint32(nil, uint32(len(images[i]))))
		b.Write(le.AppendUint32(nil, uint32(offset)))
		offset += len(images[i])
	}
	for _, data := range images {
		b.Write(data)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// bitmap is img as an icon's device-independent bitmap: a BITMAPINFOHEADER whose
// height counts the colour rows and the mask's, the rows bottom-up in BGRA, then
// the 1-bit AND mask (all zero: the alpha channel says what shows).
func bitmap(img *image.NRGBA) []byte {
	n := img.Bounds().Dx()
	maskRow := (n + 31) / 32 * 4
	le := binary.LittleEndian
	var b bytes.Buffer
	b.Write(le.AppendUint32(nil, 40))
	b.Write(le.AppendUint32(nil, uint32(n)))
	b.Write(le.AppendUint32(nil, uint32(2*n)))
	b.Write(le.AppendUint16(nil, 1))
	b.Write(le.AppendUint16(nil, 32))
	b.Write(le.AppendUint32(nil, 0)) // BI_RGB
	b.Write(le.AppendUint32(nil, uint32(n*n*4+n*maskRow)))
	b.Write(make([]byte, 16)) // resolution and palette counts
	for y := n - 1; y >= 0; y-- {
		for x := 0; x < n; x++ {
			i := img.PixOffset(x, y)
			p := img.Pix[i : i+4]
			b.Write([]byte{p[2], p[1], p[0], p[3]})
		}
	}
	b.Write(make([]byte, n*maskRow))
	return b.Bytes()
}
