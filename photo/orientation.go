package photo

// swapsSides reports whether EXIF orientation o turns the picture a quarter turn
// (5–8), so that the displayed width is the stored height.
func swapsSides(o int) bool { return o >= 5 && o <= 8 }

// orient returns p turned upright for EXIF orientation o (1–8; anything else is
// upright already). The stored pixel (x, y) of a w×h picture goes to:
//
//	1 (x, y)        2 (w-1-x, y)      3 (w-1-x, h-1-y)  4 (x, h-1-y)
//	5 (y, x)        6 (h-1-y, x)      7 (h-1-y, w-1-x)  8 (y, w-1-x)
//
// following the TIFF/EXIF definition ("row 0 is the visual right-hand side" for 6).
func orient(p plane, o int) plane {
	if o < 2 || o > 8 {
		return p
	}
	w, h, n := p.w, p.h, p.n
	dw, dh := w, h
	if swapsSides(o) {
		dw, dh = h, w
	}
	out := plane{pix: make([]uint8, dw*dh*n), w: dw, h: dh, stride: dw * n, n: n}
	// dst(x', y') for stored (x, y) is base + x*dx + y*dy, in bytes.
	var base, dx, dy int
	last := func(x, y int) int { return y*out.stride + x*n }
	switch o {
	case 2:
		base, dx, dy = last(dw-1, 0), -n, out.stride
	case 3:
		base, dx, dy = last(dw-1, dh-1), -n, -out.stride
	case 4:
		base, dx, dy = last(0, dh-1), n, -out.stride
	case 5:
		base, dx, dy = 0, out.stride, n
	case 6:
		base, dx, dy = last(dw-1, 0), out.stride, -n
	case 7:
		base, dx, dy = last(dw-1, dh-1), -out.stride, -n
	case 8:
		base, dx, dy = last(0, dh-1), -out.stride, n
	}
	parallel(h, func(y0, y1 int) {
		for y := y0; y < y1; y++ {
			src := p.row(y)
			d := base + y*dy
			if n == 1 {
				for _, v := range src {
					out.pix[d] = v
					d += dx
				}
				continue
			}
			for x := 0; x < len(src); x += 4 {
				copy(out.pix[d:d+4], src[x:x+4])
				d += dx
			}
		}
	})
	return out
}
