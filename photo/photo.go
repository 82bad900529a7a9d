// Package photo turns an image file a reporter imports into what the library
// stores: the original bytes, an upright print-size JPEG copy and a thumbnail, made
// from a single decode. It checks headers before decoding (no decompression bombs),
// sniffs formats by content, explains formats it cannot read (HEIC, RAW, TIFF…) and
// honours EXIF orientation. It imports only the standard library, golang.org/x/image
// and Newsdesk's model, msg and vntext: no cgo, no sql, no fyne.
package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // registered for image.Decode

	"golang.org/x/image/draw"
	_ "golang.org/x/image/webp" // registered for image.Decode

	"newsdesk/model"
)

// Prepare checks and decodes the image file named filename once and returns the
// photo the library stores: Filename, SHA256, Original, Print and Thumb. ID, UUID
// and CreatedAt are left to the library. Errors a reporter can act on are
// *model.Error with code EINVALID and a sentence naming the file.
func Prepare(filename string, data []byte) (*model.Photo, error) {
	sum := sha256.Sum256(data)
	img, format, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "photo.damaged", filename)
	}
	b := img.Bounds()
	p := &model.Photo{
		Filename: filename,
		SHA256:   hex.EncodeToString(sum[:]),
		Original: model.PhotoFile{MIME: "image/" + format, Width: b.Dx(), Height: b.Dy(), Data: data},
	}
	if p.Print, err = copyOf(img, model.PrintLongSide); err != nil {
		return nil, err
	}
	if p.Thumb, err = copyOf(img, model.ThumbLongSide); err != nil {
		return nil, err
	}
	return p, nil
}

func copyOf(img image.Image, long int) (model.PhotoFile, error) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if m := max(w, h); m > long {
		w, h = max(1, w*long/m), max(1, h*long/m)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.ApproxBiLinear.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 85}); err != nil {
		return model.PhotoFile{}, fmt.Errorf("encode copy: %w", err)
	}
	return model.PhotoFile{MIME: "image/jpeg", Width: w, Height: h, Data: buf.Bytes()}, nil
}
