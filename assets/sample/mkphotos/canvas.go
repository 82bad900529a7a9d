package main

import "math"

// rgb is a colour with channels from 0 to 1.
type rgb struct{ r, g, b float64 }

func (c rgb) scale(k float64) rgb { return rgb{c.r * k, c.g * k, c.b * k} }

func mix(a, b rgb, t float64) rgb {
	return rgb{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t}
}

func hex(v uint32) rgb {
	return rgb{float64(v>>16&255) / 255, float64(v>>8&255) / 255, float64(v&255) / 255}
}

// paint gives the colour at a point.
type paint func(x, y float64) rgb

func solid(c rgb) paint { return func(_, _ float64) rgb { return c } }

func vgrad(y0, y1 float64, c0, c1 rgb) paint {
	return func(_, y float64) rgb { return mix(c0, c1, clamp((y-y0)/(y1-y0), 0, 1)) }
}

func hgrad(x0, x1 float64, c0, c1 rgb) paint {
	return func(x, _ float64) rgb { return mix(c0, c1, clamp((x-x0)/(x1-x0), 0, 1)) }
}

// canvas is a premultiplied RGBA image in floats, so layers can be blurred and
// composited without banding.
type canvas struct {
	w, h int
	pix  []float64
}

func newCanvas(w, h int) *canvas { return &canvas{w, h, make([]float64, 4*w*h)} }

// fill paints shape s with p at opacity alpha; soft widens the anti-aliased edge.
func (c *canvas) fill(s shape, p paint, alpha, soft float64) {
	x0 := max(0, int(math.Floor(s.x0-soft)))
	y0 := max(0, int(math.Floor(s.y0-soft)))
	x1 := min(c.w, int(math.Ceil(s.x1+soft)))
	y1 := min(c.h, int(math.Ceil(s.y1+soft)))
	for y := y0; y < y1; y++ {
		fy := float64(y) + 0.5
		for x := x0; x < x1; x++ {
			fx := float64(x) + 0.5
			cov := clamp(0.5-s.d(fx, fy)/soft, 0, 1)
			if cov <= 0 {
				continue
			}
			a := cov * alpha
			col := p(fx, fy)
			i := 4 * (y*c.w + x)
			c.pix[i] = col.r*a + c.pix[i]*(1-a)
			c.pix[i+1] = col.g*a + c.pix[i+1]*(1-a)
			c.pix[i+2] = col.b*a + c.pix[i+2]*(1-a)
			c.pix[i+3] = a + c.pix[i+3]*(1-a)
		}
	}
}

func (c *canvas) put(s shape, col rgb) { c.fill(s, solid(col), 1, 1) }

// over composites layer l onto c.
func (c *canvas) over(l *canvas) {
	for i := 0; i < len(c.pix); i += 4 {
		a := l.pix[i+3]
		for k := 0; k < 4; k++ {
			c.pix[i+k] = l.pix[i+k] + c.pix[i+k]*(1-a)
		}
	}
}

// blur approximates a Gaussian of about radius r with three box passes.
func (c *canvas) blur(r int) {
	if r < 1 {
		return
	}
	tmp := make([]float64, len(c.pix))
	for pass := 0; pass < 3; pass++ {
		boxPass(c.pix, tmp, c.w, c.h, r, 4, 4*c.w)
		boxPass(tmp, c.pix, c.h, c.w, r, 4*c.w, 4)
	}
}

// boxPass averages runs of n samples (stride step) in each of m lines (stride line).
func boxPass(src, dst []float64, n, m, r, step, line int) {
	norm := 1 / float64(2*r+1)
	for j := 0; j < m; j++ {
		base := j * line
		for ch := 0; ch < 4; ch++ {
			at := func(k int) float64 { return src[base+clampInt(k, 0, n-1)*step+ch] }
			var sum float64
			for k := -r; k <= r; k++ {
				sum += at(k)
			}
			for k := 0; k < n; k++ {
				dst[base+k*step+ch] = sum * norm
				sum += at(k+r+1) - at(k-r)
			}
		}
	}
}

func to8(v float64) uint8 { return uint8(clamp(v*255+0.5, 0, 255)) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }
