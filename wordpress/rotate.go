package wordpress

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
)

// rotate turns a JPEG or PNG clockwise by degrees (90, 180 or 270), for a photo
// the reporter turned by hand: the print copy is upright by its EXIF orientation
// only. ok is false for other formats, which go as they are.
func rotate(data []byte, mime string, degrees int) (out []byte, ok bool, err error) {
	if degrees%360 == 0 || (mime != "image/jpeg" && mime != "image/png") {
		return data, degrees%360 == 0, nil
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, false, err
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	var dst *image.RGBA
	if degrees == 180 {
		dst = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		dst = image.NewRGBA(image.Rect(0, 0, h, w))
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := src.At(b.Min.X+x, b.Min.Y+y)
			switch degrees {
			case 90:
				dst.Set(h-1-y, x, c)
			case 180:
				dst.Set(w-1-x, h-1-y, c)
			case 270:
				dst.Set(y, w-1-x, c)
			}
		}
	}
	var buf bytes.Buffer
	if mime == "image/png" {
		err = png.Encode(&buf, dst)
	} else {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 90})
	}
	return buf.Bytes(), true, err
}
