package photo

import "image"

// Scale returns img turned clockwise by quarters quarter turns and resampled to
// exactly w×h (the size it then has): what a printed page places, at the page's
// resolution, from a print copy. It uses the copies' filter on every core;
// a YCbCr picture (a JPEG) is resampled in its own planes and comes back YCbCr
// 4:2:0, which the JPEG encoder writes without converting; anything else comes
// back RGBA over white.
func Scale(img image.Image, w, h, quarters int) image.Image {
	o := [4]int{1, 6, 3, 8}[((quarters%4)+4)%4] // the EXIF orientation that turns so
	if swapsSides(o) {
		w, h = h, w // the size before turning
	}
	return resized(fromImage(img, max(w, h)), w, h, o).image()
}
