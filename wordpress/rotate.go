package wordpress

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"

	"newsdesk/photo"
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
	dst := photo.Rotate(src, degrees)
	var buf bytes.Buffer
	if mime == "image/png" {
		err = png.Encode(&buf, dst)
	} else {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 90})
	}
	return buf.Bytes(), true, err
}
