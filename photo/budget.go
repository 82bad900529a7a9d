package photo

import (
	"context"
	"image"
	"image/color"

	"golang.org/x/sync/semaphore"
)

// MaxDecodeBytes is the most memory one picture may take once decoded. Pixels are
// not enough to judge by: a 16-bit PNG needs 8 bytes a pixel, so a 777 KB file of
// 10000×10000 would take 800 MB. 400 MB lets through everything a camera or phone
// makes (a 100-megapixel camera JPEG takes 150–300 MB).
const MaxDecodeBytes = 400 << 20

// decodeBudget is how much decoded picture the whole program holds at once:
// imports decode photos side by side, and each waits here for room rather than
// the program's memory growing with the number of cores or photos.
const decodeBudget = 600 << 20

var decoding = semaphore.NewWeighted(decodeBudget)

// decodedBytes estimates the memory a picture takes once decoded, from its header.
func decodedBytes(cfg image.Config) int64 {
	perPixel := int64(4)
	switch cfg.ColorModel {
	case color.YCbCrModel:
		perPixel = 3 // 4:4:4 at most
	case color.GrayModel, color.AlphaModel:
		perPixel = 1
	case color.Gray16Model, color.Alpha16Model:
		perPixel = 2
	case color.RGBA64Model, color.NRGBA64Model:
		perPixel = 8
	case color.CMYKModel, color.RGBAModel, color.NRGBAModel:
		perPixel = 4
	default:
		if _, ok := cfg.ColorModel.(color.Palette); ok {
			perPixel = 1
		}
	}
	return int64(cfg.Width) * int64(cfg.Height) * perPixel
}

// reserve waits until n bytes of decoding room are free and takes them; release
// gives them back.
func reserve(n int64) func() {
	n = min(max(n, 1), decodeBudget)
	_ = decoding.Acquire(context.Background(), n)
	return func() { decoding.Release(n) }
}
