package photo

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"

	"newsdesk/model"
)

// Quality of the JPEG copies: the print copy goes to paper and the portal, the
// thumbnail only to the screen.
const (
	printQuality = 85
	thumbQuality = 80
)

// raster is a decoded or resampled picture in one of the two layouts the copies are
// made in: YCbCr planes (what JPEG and lossy WebP decode to, resampled as they are,
// with no colour conversion) or RGBA for everything else.
type raster struct {
	ycbcr     bool
	y, cb, cr plane // when ycbcr; cb and cr are subsampled 4:2:0 for copies
	rgba      plane // otherwise, opaque
	w, h      int
}

// image returns r as an image the JPEG encoder reads without conversion.
func (r raster) image() image.Image {
	if r.ycbcr {
		return &image.YCbCr{
			Y: r.y.pix, Cb: r.cb.pix, Cr: r.cr.pix,
			YStride: r.y.stride, CStride: r.cb.stride,
			SubsampleRatio: image.YCbCrSubsampleRatio420,
			Rect:           image.Rect(0, 0, r.w, r.h),
		}
	}
	return &image.RGBA{Pix: r.rgba.pix, Stride: r.rgba.stride, Rect: image.Rect(0, 0, r.w, r.h)}
}

// encode writes r as a JPEG file variant.
func (r raster) encode(quality int) (model.PhotoFile, error) {
	var buf bytes.Buffer
	buf.Grow(r.w * r.h / 4)
	if err := jpeg.Encode(&buf, r.image(), &jpeg.Options{Quality: quality}); err != nil {
		return model.PhotoFile{}, fmt.Errorf("encode %dx%d copy: %w", r.w, r.h, err)
	}
	return model.PhotoFile{MIME: "image/jpeg", Width: r.w, Height: r.h, Data: buf.Bytes()}, nil
}

// fit returns the size of a w×h picture scaled to long pixels on its long side,
// or w×h when it is that small already: copies are never enlarged.
func fit(w, h, long int) (int, int) {
	m := max(w, h)
	if m <= long {
		return w, h
	}
	return max(1, (w*long+m/2)/m), max(1, (h*long+m/2)/m)
}

// scaled returns r reduced to fit long, then turned upright for orientation o.
func scaled(r raster, long, o int) raster {
	dw, dh := fit(r.w, r.h, long)
	return resized(r, dw, dh, o)
}

// resized returns r resampled to dw×dh (4:2:0 chroma for YCbCr), then turned for
// orientation o.
func resized(r raster, dw, dh, o int) raster {
	out := raster{ycbcr: r.ycbcr, w: dw, h: dh}
	if r.ycbcr {
		out.y = orient(resizePlane(r.y, dw, dh), o)
		cw, ch := (dw+1)/2, (dh+1)/2
		out.cb = orient(resizePlane(r.cb, cw, ch), o)
		out.cr = orient(resizePlane(r.cr, cw, ch), o)
	} else {
		out.rgba = orient(resizePlane(r.rgba, dw, dh), o)
	}
	if swapsSides(o) {
		out.w, out.h = dh, dw
	}
	return out
}

// resizePlane resamples p to w×h.
func resizePlane(p plane, w, h int) plane {
	if p.w == w && p.h == h {
		return p
	}
	return resize(p.rows(), p.w, p.h, p.n, w, h, catmullRom, true)
}

// fromImage returns the raster of a decoded image. A YCbCr image is used in place;
// any other is read into opaque RGBA on a white background, as JPEG has no
// transparency and the page behind a photo is white. A picture larger than the
// print copy is reduced to long on the way, so its full-size RGBA never exists.
func fromImage(img image.Image, long int) raster {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if m, ok := img.(*image.YCbCr); ok && b.Min == (image.Point{}) {
		cw, ch := chromaSize(w, h, m.SubsampleRatio)
		return raster{ycbcr: true, w: w, h: h,
			y:  plane{pix: m.Y, w: w, h: h, stride: m.YStride, n: 1},
			cb: plane{pix: m.Cb, w: cw, h: ch, stride: m.CStride, n: 1},
			cr: plane{pix: m.Cr, w: cw, h: ch, stride: m.CStride, n: 1},
		}
	}
	dw, dh := fit(w, h, long)
	rows := rgbaRows(img)
	var p plane
	if dw == w && dh == h {
		p = plane{pix: make([]uint8, w*h*4), w: w, h: h, stride: w * 4, n: 4}
		parallel(h, func(y0, y1 int) {
			for y := y0; y < y1; y++ {
				rows(y, p.row(y))
			}
		})
	} else {
		p = resize(rows, w, h, 4, dw, dh, catmullRom, false)
	}
	return raster{rgba: p, w: dw, h: dh}
}

// chromaSize returns the size of the Cb and Cr planes of a w×h YCbCr picture.
func chromaSize(w, h int, r image.YCbCrSubsampleRatio) (int, int) {
	switch r {
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio440:
		return w, (h + 1) / 2
	case image.YCbCrSubsampleRatio411:
		return (w + 3) / 4, h
	case image.YCbCrSubsampleRatio410:
		return (w + 3) / 4, (h + 1) / 2
	}
	return w, h
}

// rgbaRows returns a rowFunc giving img's rows (counted from its top) as opaque RGBA
// over white, converting the common decoded types directly and any other through
// image/draw.
func rgbaRows(img image.Image) rowFunc {
	b := img.Bounds()
	w := b.Dx()
	switch m := img.(type) {
	case *image.RGBA: // premultiplied: over white is c + (255 - a)
		return func(y int, dst []uint8) []uint8 {
			src := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w*4]
			for i := 0; i < len(src); i += 4 {
				s, d := src[i:i+4], dst[i:i+4]
				k := 255 - int(s[3])
				d[0], d[1], d[2], d[3] = sat(int(s[0])+k), sat(int(s[1])+k), sat(int(s[2])+k), 255
			}
			return dst
		}
	case *image.NRGBA:
		return func(y int, dst []uint8) []uint8 {
			src := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w*4]
			for i := 0; i < len(src); i += 4 {
				s, d := src[i:i+4], dst[i:i+4]
				a := uint32(s[3])
				k := 255 * (255 - a)
				d[0] = uint8((uint32(s[0])*a + k + 127) / 255)
				d[1] = uint8((uint32(s[1])*a + k + 127) / 255)
				d[2] = uint8((uint32(s[2])*a + k + 127) / 255)
				d[3] = 255
			}
			return dst
		}
	case *image.Gray:
		return func(y int, dst []uint8) []uint8 {
			src := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w]
			for i, v := range src {
				d := dst[i*4 : i*4+4]
				d[0], d[1], d[2], d[3] = v, v, v, 255
			}
			return dst
		}
	case *image.Paletted:
		var lut [256][4]uint8
		for i := range lut {
			c := color.Color(color.White)
			if i < len(m.Palette) {
				c = m.Palette[i]
			}
			lut[i] = overWhite(c)
		}
		return func(y int, dst []uint8) []uint8 {
			src := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w]
			for i, v := range src {
				copy(dst[i*4:i*4+4], lut[v][:])
			}
			return dst
		}
	case *image.CMYK:
		return func(y int, dst []uint8) []uint8 {
			src := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w*4]
			for i := 0; i < len(src); i += 4 {
				r, g, bb := color.CMYKToRGB(src[i], src[i+1], src[i+2], src[i+3])
				d := dst[i : i+4]
				d[0], d[1], d[2], d[3] = r, g, bb, 255
			}
			return dst
		}
	}
	return func(y int, dst []uint8) []uint8 {
		for i := range dst {
			dst[i] = 255
		}
		row := &image.RGBA{Pix: dst, Stride: len(dst), Rect: image.Rect(0, 0, w, 1)}
		draw.Draw(row, row.Rect, img, image.Pt(b.Min.X, b.Min.Y+y), draw.Over)
		return dst
	}
}

// sat returns v, at most 255.
func sat(v int) uint8 { return uint8(min(v, 255)) }

// overWhite returns c drawn over white as opaque RGBA bytes.
func overWhite(c color.Color) [4]uint8 {
	r, g, b, a := c.RGBA() // premultiplied, 16 bits
	k := 0xffff - a
	return [4]uint8{uint8((r + k) >> 8), uint8((g + k) >> 8), uint8((b + k) >> 8), 255}
}
