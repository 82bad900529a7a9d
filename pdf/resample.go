package pdf

import (
	"image"
	"math"
)

// plane is one 8-bit channel of a picture: a Y, Cb or Cr plane, or gray.
type plane struct {
	pix    []uint8
	w, h   int
	stride int
}

func (p plane) row(y int) []uint8 { return p.pix[y*p.stride:][:p.w] }

// precision is the number of fraction bits of the fixed-point weights.
const precision = 14

// weights say, for each output pixel along one axis, the first source pixel it mixes
// and how much of each following one, in fixed point.
type weights struct {
	lo []int
	w  [][]int32
}

// catmullRom is the resampling filter: the Catmull-Rom cubic, widened by the
// reduction factor so that every source pixel counts and fine patterns (banner
// lettering, striped shirts) do not turn into moiré on paper.
func catmullRom(x float64) float64 {
	x = math.Abs(x)
	switch {
	case x < 1:
		return (1.5*x-2.5)*x*x + 1
	case x < 2:
		return ((-0.5*x+2.5)*x-4)*x + 2
	}
	return 0
}

func makeWeights(srcLen, dstLen int) weights {
	scale := float64(srcLen) / float64(dstLen)
	fs := max(scale, 1)
	support := 2 * fs
	ws := weights{lo: make([]int, dstLen), w: make([][]int32, dstLen)}
	var f []float64
	for i := range dstLen {
		center := (float64(i) + 0.5) * scale
		lo := max(int(center-support+0.5), 0)
		hi := min(int(center+support+0.5), srcLen)
		f = f[:0]
		total := 0.0
		for j := lo; j < hi; j++ {
			v := catmullRom((float64(j) - center + 0.5) / fs)
			f = append(f, v)
			total += v
		}
		if total == 0 {
			lo, f, total = min(int(center), srcLen-1), append(f[:0], 1), 1
		}
		w := make([]int32, len(f))
		for j, v := range f {
			w[j] = int32(math.Round(v / total * (1 << precision)))
		}
		ws.lo[i], ws.w[i] = lo, w
	}
	return ws
}

func clamp8(v int32) uint8 {
	v >>= precision
	if v < 0 {
		return 0
	} else if v > 255 {
		return 255
	}
	return uint8(v)
}

// resize resamples p to w×h: rows first (the simpler loop, which leaves the
// costlier horizontal pass only h rows), then columns.
func resize(p plane, w, h int) plane {
	if p.w == w && p.h == h {
		return p
	}
	tmp := plane{pix: make([]uint8, p.w*h), w: p.w, h: h, stride: p.w}
	vw := makeWeights(p.h, h)
	acc := make([]int32, p.w)
	for y := range h {
		for x := range acc {
			acc[x] = 1 << (precision - 1)
		}
		for j, wt := range vw.w[y] {
			src := p.row(vw.lo[y] + j)
			for x, v := range src {
				acc[x] += int32(v) * wt
			}
		}
		dst := tmp.row(y)
		for x, a := range acc {
			dst[x] = clamp8(a)
		}
	}
	out := plane{pix: make([]uint8, w*h), w: w, h: h, stride: w}
	hw := makeWeights(p.w, w)
	for y := range h {
		src, dst := tmp.row(y), out.row(y)
		for x := range dst {
			s := src[hw.lo[x]:]
			sum := int32(1 << (precision - 1))
			for j, wt := range hw.w[x] {
				sum += int32(s[j]) * wt
			}
			dst[x] = clamp8(sum)
		}
	}
	return out
}

// rotate turns p clockwise by a quarter turns (0–3).
func rotate(p plane, quarters int) plane {
	switch quarters & 3 {
	case 0:
		return p
	case 2:
		out := plane{pix: make([]uint8, p.w*p.h), w: p.w, h: p.h, stride: p.w}
		for y := range p.h {
			src, dst := p.row(y), out.row(p.h-1-y)
			for x, v := range src {
				dst[p.w-1-x] = v
			}
		}
		return out
	}
	out := plane{pix: make([]uint8, p.w*p.h), w: p.h, h: p.w, stride: p.h}
	cw := quarters&3 == 1
	for y := range p.h {
		for x, v := range p.row(y) {
			if cw { // (x, y) → (h-1-y, x)
				out.pix[x*out.stride+p.h-1-y] = v
			} else { // (x, y) → (y, w-1-x)
				out.pix[(p.w-1-x)*out.stride+y] = v
			}
		}
	}
	return out
}

// yccPlanes returns the three planes of a YCbCr picture as stored.
func yccPlanes(m *image.YCbCr) (y, cb, cr plane) {
	b := m.Rect
	cw, ch := chromaSize(b.Dx(), b.Dy(), m.SubsampleRatio)
	y = plane{pix: m.Y[m.YOffset(b.Min.X, b.Min.Y):], w: b.Dx(), h: b.Dy(), stride: m.YStride}
	off := m.COffset(b.Min.X, b.Min.Y)
	cb = plane{pix: m.Cb[off:], w: cw, h: ch, stride: m.CStride}
	cr = plane{pix: m.Cr[off:], w: cw, h: ch, stride: m.CStride}
	return
}

// chromaSize returns the size of the chroma planes of a w×h picture.
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
