package photo

import "image"

// Rotate returns img turned clockwise by degrees (a multiple of 90; 0 returns img
// itself): a photo the reporter turned by hand, shown in the editor or sent to the
// portal upright.
func Rotate(img image.Image, degrees int) image.Image {
	degrees = ((degrees % 360) + 360) % 360
	if img == nil || degrees == 0 {
		return img
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	var out *image.RGBA
	if degrees == 180 {
		out = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		out = image.NewRGBA(image.Rect(0, 0, h, w))
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := img.At(b.Min.X+x, b.Min.Y+y)
			switch degrees {
			case 90:
				out.Set(h-1-y, x, c)
			case 180:
				out.Set(w-1-x, h-1-y, c)
			case 270:
				out.Set(y, w-1-x, c)
			}
		}
	}
	return out
}
