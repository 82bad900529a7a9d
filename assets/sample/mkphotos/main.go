// Command mkphotos draws the four photos of Newsdesk's sample conference report:
// the hall seen from the back, a speaker at the lectern, and two award handovers.
// They are illustrations made of flat shapes, gradients, a little blur and grain,
// standing in for real photos, which a sample cannot carry.
//
// Run it from the module root to write the JPEGs beside report.json:
//
//	go run ./assets/sample/mkphotos
//
// The output is deterministic: every random choice comes from fixed seeds.
package main

import (
	"bufio"
	"fmt"
	"image"
	"image/jpeg"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Photo size, 3:2 like a camera's.
const (
	W = 1600
	H = 1067
)

// The photo UUIDs, as report.json names them.
const (
	hallUUID        = "4886cbba-1f86-4b3e-acf8-7bc0e40315cb"
	speakerUUID     = "da350ddf-69b6-484a-8933-543d55f0fc2a"
	collectivesUUID = "e0ecec00-7c8b-4948-afdc-a902dd076e0e"
	individualsUUID = "fbf872cc-6a55-4761-9239-93c82d541c2e"
)

func main() {
	dir := filepath.Join("assets", "sample", "photos")
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	scenes := []struct {
		uuid string
		draw func() *canvas
	}{
		{hallUUID, drawHall},
		{speakerUUID, drawSpeaker},
		{collectivesUUID, func() *canvas { return drawAwards(false) }},
		{individualsUUID, func() *canvas { return drawAwards(true) }},
	}
	for i, s := range scenes {
		c := s.draw()
		finish(c, uint64(100+i))
		if err := writeJPEG(filepath.Join(dir, s.uuid+".jpg"), c); err != nil {
			log.Fatal(err)
		}
	}
}

// ---- colours and canvas ----

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

// ---- shapes as signed distance functions (negative inside) ----

type shape struct {
	x0, y0, x1, y1 float64
	d              func(x, y float64) float64
}

func box(cx, cy, hw, hh, r float64) shape {
	r = math.Min(r, math.Min(hw, hh))
	return shape{cx - hw, cy - hh, cx + hw, cy + hh, func(x, y float64) float64 {
		qx := math.Abs(x-cx) - hw + r
		qy := math.Abs(y-cy) - hh + r
		return math.Hypot(math.Max(qx, 0), math.Max(qy, 0)) + math.Min(math.Max(qx, qy), 0) - r
	}}
}

func rect(x0, y0, x1, y1 float64) shape {
	return box((x0+x1)/2, (y0+y1)/2, (x1-x0)/2, (y1-y0)/2, 0)
}

func ellipse(cx, cy, rx, ry float64) shape {
	return shape{cx - rx, cy - ry, cx + rx, cy + ry, func(x, y float64) float64 {
		px, py := (x-cx)/rx, (y-cy)/ry
		k0 := math.Hypot(px, py)
		k1 := math.Hypot(px/rx, py/ry)
		if k1 == 0 {
			return -math.Min(rx, ry)
		}
		return k0 * (k0 - 1) / k1
	}}
}

func circle(cx, cy, r float64) shape { return ellipse(cx, cy, r, r) }

// capsule is a segment from a to b thickened to radius r.
func capsule(ax, ay, bx, by, r float64) shape {
	return shape{math.Min(ax, bx) - r, math.Min(ay, by) - r, math.Max(ax, bx) + r, math.Max(ay, by) + r,
		func(x, y float64) float64 {
			px, py, ex, ey := x-ax, y-ay, bx-ax, by-ay
			t := clamp((px*ex+py*ey)/(ex*ex+ey*ey), 0, 1)
			return math.Hypot(px-ex*t, py-ey*t) - r
		}}
}

type pt struct{ x, y float64 }

func poly(ps ...pt) shape {
	s := shape{ps[0].x, ps[0].y, ps[0].x, ps[0].y, nil}
	for _, p := range ps {
		s.x0, s.y0 = math.Min(s.x0, p.x), math.Min(s.y0, p.y)
		s.x1, s.y1 = math.Max(s.x1, p.x), math.Max(s.y1, p.y)
	}
	s.d = func(x, y float64) float64 {
		d := (x-ps[0].x)*(x-ps[0].x) + (y-ps[0].y)*(y-ps[0].y)
		sign := 1.0
		for i, j := 0, len(ps)-1; i < len(ps); j, i = i, i+1 {
			ex, ey := ps[j].x-ps[i].x, ps[j].y-ps[i].y
			wx, wy := x-ps[i].x, y-ps[i].y
			t := clamp((wx*ex+wy*ey)/(ex*ex+ey*ey), 0, 1)
			bx, by := wx-ex*t, wy-ey*t
			d = math.Min(d, bx*bx+by*by)
			c1, c2, c3 := y >= ps[i].y, y < ps[j].y, ex*wy > ey*wx
			if (c1 && c2 && c3) || (!c1 && !c2 && !c3) {
				sign = -sign
			}
		}
		return sign * math.Sqrt(d)
	}
	return s
}

func star(cx, cy, r, rot float64) shape {
	ps := make([]pt, 10)
	for i := range ps {
		rr := r
		if i%2 == 1 {
			rr = r * 0.382
		}
		a := rot - math.Pi/2 + float64(i)*math.Pi/5
		ps[i] = pt{cx + rr*math.Cos(a), cy + rr*math.Sin(a)}
	}
	return poly(ps...)
}

func (s shape) and(o shape) shape {
	return shape{math.Max(s.x0, o.x0), math.Max(s.y0, o.y0), math.Min(s.x1, o.x1), math.Min(s.y1, o.y1),
		func(x, y float64) float64 { return math.Max(s.d(x, y), o.d(x, y)) }}
}

func (s shape) or(o shape) shape {
	return shape{math.Min(s.x0, o.x0), math.Min(s.y0, o.y0), math.Max(s.x1, o.x1), math.Max(s.y1, o.y1),
		func(x, y float64) float64 { return math.Min(s.d(x, y), o.d(x, y)) }}
}

// outline is the ring of width w along s's edge.
func (s shape) outline(w float64) shape {
	return shape{s.x0 - w, s.y0 - w, s.x1 + w, s.y1 + w, func(x, y float64) float64 { return math.Abs(s.d(x, y)) - w/2 }}
}

// above keeps the part of s above the line y = y0.
func (s shape) above(y0 float64) shape { return s.and(rect(s.x0-1, s.y0-1, s.x1+1, y0)) }

// ---- people ----

var (
	skins   = []rgb{hex(0xe2b596), hex(0xd9a584), hex(0xcf9a78), hex(0xe8c0a3), hex(0xc98f6c)}
	hairs   = []rgb{hex(0x16120f), hex(0x1d1814), hex(0x231c17), hex(0x2b231d), hex(0x5a5552)}
	jackets = []rgb{hex(0x1b2233), hex(0x22252b), hex(0x121317), hex(0x3a3d44), hex(0x263246), hex(0x2f2a28)}
	aoDais  = []rgb{hex(0xb3141d), hex(0x2d5aa3), hex(0xd96b8a), hex(0x6b3d8c), hex(0xc9a227), hex(0x1f7a6b)}
	shirts  = []rgb{hex(0xf0f1f3), hex(0xdfe8f2), hex(0xf4f1ea)}
	ties    = []rgb{hex(0x9e1b22), hex(0x23345e), hex(0x6d1a2a), hex(0x3e4a5c)}
)

type person struct {
	skin, hair, jacket, shirt, tie rgb
	woman, aoDai, longHair         bool
}

func pick(rng *rand.Rand, cs []rgb) rgb { return cs[rng.IntN(len(cs))] }

// randomPerson picks a delegate: mostly dark suits; some women in áo dài, the
// long dress many wear to ceremonies, when aoDai is the percentage that do.
func randomPerson(rng *rand.Rand, aoDai int) person {
	p := person{skin: pick(rng, skins), hair: pick(rng, hairs[:4]), jacket: pick(rng, jackets),
		shirt: pick(rng, shirts), tie: pick(rng, ties)}
	p.woman = rng.IntN(100) < 35
	if p.woman {
		p.longHair = rng.IntN(100) < 50
		if rng.IntN(100) < aoDai {
			p.aoDai = true
			p.jacket = pick(rng, aoDais)
		}
	} else if rng.IntN(100) < 15 {
		p.hair = hairs[4]
	}
	return p
}

// shoulders is a torso with sloping shoulders: top at y, half width hw, h tall.
func shoulders(x, y, hw, h, s float64) shape {
	return ellipse(x, y+0.45*s, hw, 0.5*s).or(box(x, y+0.45*s+h/2, hw*0.97, h/2, 0.15*s))
}

// seatedBack draws a delegate seen from behind, shoulders at y, head width s, and
// the back of the chair in front of the camera.
func seatedBack(c *canvas, x, y, s float64, p person, chair rgb) {
	hw := 1.25 * s
	if p.woman {
		hw = 1.05 * s
	}
	c.fill(shoulders(x, y, hw, 1.6*s, s), vgrad(y, y+1.6*s, p.jacket.scale(1.15), p.jacket.scale(0.75)), 1, 1)
	c.put(box(x, y+0.02*s, 0.26*s, 0.3*s, 0.1*s), p.skin.scale(0.8))
	hy := y - 0.48*s
	c.put(ellipse(x-0.5*s, hy+0.05*s, 0.09*s, 0.16*s), p.skin.scale(0.85))
	c.put(ellipse(x+0.5*s, hy+0.05*s, 0.09*s, 0.16*s), p.skin.scale(0.85))
	switch {
	case p.longHair:
		c.put(box(x, hy+0.55*s, 0.55*s, 0.55*s, 0.4*s), p.hair)
		c.put(ellipse(x, hy-0.05*s, 0.54*s, 0.62*s), p.hair)
	case p.woman:
		c.put(ellipse(x, hy-0.05*s, 0.54*s, 0.62*s), p.hair)
		c.put(ellipse(x, hy+0.3*s, 0.3*s, 0.24*s), p.hair.scale(1.2)) // a bun
	default:
		c.put(ellipse(x, hy, 0.5*s, 0.6*s), p.hair)
	}
	c.fill(ellipse(x-0.12*s, hy-0.3*s, 0.25*s, 0.15*s), solid(rgb{1, 1, 1}), 0.08, 1)
	c.fill(box(x, y+1.75*s, 1.45*s, 0.65*s, 0.25*s), vgrad(y+1.1*s, y+2.4*s, chair.scale(1.2), chair.scale(0.6)), 1, 1)
	c.fill(box(x, y+1.13*s, 1.38*s, 0.05*s, 0.04*s), solid(chair.scale(1.5)), 0.5, 1)
}

// backHair draws the hair that falls behind the neck and shoulders; it goes
// before the body.
func backHair(c *canvas, x, hy, s float64, p person) {
	if p.longHair {
		c.put(box(x, hy+0.5*s, 0.6*s, 0.75*s, 0.45*s), p.hair)
	}
}

// head draws ears, face and hair on a head centred at (x, hy), s wide; light
// shades it from the left.
func head(c *canvas, x, hy, s float64, p person, look, light float64) {
	c.put(ellipse(x-0.5*s, hy+0.05*s, 0.09*s, 0.15*s), p.skin.scale(0.9))
	c.put(ellipse(x+0.5*s, hy+0.05*s, 0.09*s, 0.15*s), p.skin.scale(0.9))
	c.fill(ellipse(x, hy, 0.5*s, 0.63*s), hgrad(x-0.5*s, x+0.5*s, p.skin.scale(1+0.08*light), p.skin.scale(1-0.12*light)), 1, 1)
	// face
	dark := hex(0x2a1d17)
	for _, sx := range []float64{-1, 1} {
		c.put(ellipse(x+sx*0.19*s+look*s, hy+0.02*s, 0.065*s, 0.04*s), dark)
		c.fill(box(x+sx*0.19*s+look*s, hy-0.1*s, 0.1*s, 0.018*s, 0.018*s), solid(p.hair), 0.9, 1)
	}
	c.fill(ellipse(x+look*s+0.02*s, hy+0.17*s, 0.06*s, 0.035*s), solid(p.skin.scale(0.82)), 0.8, 1.5)
	c.fill(box(x+look*s, hy+0.33*s, 0.11*s, 0.02*s, 0.02*s), solid(hex(0x9b5a4e)), 0.9, 1)
	// hair: a cap over the head's outline, cut along a hairline
	var line []pt
	if p.woman {
		line = []pt{{-0.62, 0.3}, {-0.46, 0.3}, {-0.44, -0.12}, {-0.22, -0.3}, {0.12, -0.27}, {0.4, -0.12}, {0.46, 0.3}, {0.62, 0.3}}
	} else {
		line = []pt{{-0.62, -0.02}, {-0.44, -0.02}, {-0.42, -0.26}, {-0.12, -0.35}, {0.28, -0.31}, {0.44, -0.2}, {0.44, -0.02}, {0.62, -0.02}}
	}
	ps := []pt{{x - 0.62*s, hy - s}}
	for _, q := range line {
		ps = append(ps, pt{x + q.x*s, hy + q.y*s})
	}
	ps = append(ps, pt{x + 0.62*s, hy - s})
	c.fill(ellipse(x, hy-0.04*s, 0.54*s, 0.68*s).and(poly(ps...)), vgrad(hy-0.7*s, hy, p.hair.scale(1.25), p.hair), 1, 1)
	if p.woman && !p.longHair {
		c.put(ellipse(x+0.1*s, hy-0.62*s, 0.26*s, 0.18*s), p.hair) // a bun
	}
	c.fill(ellipse(x-0.15*s, hy-0.48*s, 0.2*s, 0.07*s), solid(rgb{1, 1, 1}), 0.12, 2)
}

// standing draws a person facing the camera, head top at top, head width s, feet
// about 9.4 head widths below. It returns where the hands meet before the chest.
func standing(c *canvas, x, top, s float64, p person) (handY float64) {
	hy := top + 0.63*s
	sh := top + 1.38*s
	hw := 1.2 * s
	if p.woman {
		hw = 0.98 * s
	}
	hip := top + 4.5*s
	foot := top + 9.3*s
	// legs and shoes
	trousers := p.jacket.scale(0.9)
	if p.woman {
		trousers = hex(0x24252b)
	}
	if p.aoDai {
		trousers = hex(0xeeeae4)
	}
	for _, sx := range []float64{-1, 1} {
		lx := x + sx*0.34*s
		c.fill(poly(pt{lx - 0.36*s, hip}, pt{lx + 0.36*s, hip}, pt{lx + 0.26*s, foot}, pt{lx - 0.26*s, foot}),
			vgrad(hip, foot, trousers, trousers.scale(0.75)), 1, 1)
		c.put(ellipse(lx+sx*0.05*s, foot+0.05*s, 0.34*s, 0.16*s), hex(0x111111))
	}
	backHair(c, x, hy, s, p)
	c.put(box(x, sh+0.05*s, 0.22*s, 0.3*s, 0.08*s), p.skin.scale(0.85))
	if p.aoDai {
		// the long panels of the dress, falling to below the knee
		c.fill(poly(pt{x - 0.75*s, sh + 2.6*s}, pt{x + 0.75*s, sh + 2.6*s}, pt{x + 0.95*s, top + 7.4*s}, pt{x - 0.95*s, top + 7.4*s}),
			hgrad(x-s, x+s, p.jacket.scale(1.12), p.jacket.scale(0.8)), 1, 1)
		c.fill(capsule(x, sh+3.2*s, x, top+7.3*s, 0.012*s), solid(p.jacket.scale(0.6)), 0.7, 1)
		c.fill(shoulders(x, sh, hw, 2.9*s, s).and(rect(x-2*s, sh-s, x+2*s, sh+3.4*s)), hgrad(x-hw, x+hw, p.jacket.scale(1.18), p.jacket.scale(0.82)), 1, 1)
		c.put(box(x, sh-0.02*s, 0.2*s, 0.16*s, 0.06*s), p.jacket.scale(0.92)) // the high collar
	} else {
		c.fill(shoulders(x, sh, hw, 2.9*s, s), hgrad(x-hw, x+hw, p.jacket.scale(1.18), p.jacket.scale(0.82)), 1, 1)
		vb := sh + 1.35*s
		c.put(poly(pt{x - 0.3*s, sh - 0.02*s}, pt{x + 0.3*s, sh - 0.02*s}, pt{x, vb}), p.shirt)
		if !p.woman {
			c.put(poly(pt{x - 0.08*s, sh + 0.12*s}, pt{x + 0.08*s, sh + 0.12*s}, pt{x + 0.1*s, vb - 0.05*s}, pt{x, vb + 0.12*s}, pt{x - 0.1*s, vb - 0.05*s}), p.tie)
			c.put(box(x, sh+0.08*s, 0.08*s, 0.07*s, 0.03*s), p.tie.scale(0.85))
		}
		lap := p.jacket.scale(0.72)
		c.put(poly(pt{x - 0.3*s, sh}, pt{x - 0.42*s, sh + 0.1*s}, pt{x - 0.2*s, sh + 0.8*s}, pt{x, vb}), lap)
		c.put(poly(pt{x + 0.3*s, sh}, pt{x + 0.42*s, sh + 0.1*s}, pt{x + 0.2*s, sh + 0.8*s}, pt{x, vb}), lap)
		c.fill(poly(pt{x - 0.3*s, sh}, pt{x - 0.36*s, sh + 0.05*s}, pt{x - 0.06*s, vb}, pt{x, vb}), solid(p.jacket.scale(1.3)), 0.5, 1)
		for i := 0; i < 2; i++ {
			c.put(circle(x+0.02*s, vb+0.35*s+float64(i)*0.5*s, 0.045*s), p.jacket.scale(0.55))
		}
	}
	head(c, x, hy, s, p, 0, 1)
	return sh + 1.75*s
}

// shoulderX is where an arm hangs from, for a person of head width s.
func shoulderX(p person, s float64) float64 {
	if p.woman {
		return 0.98*s - 0.2*s
	}
	return 1.2*s - 0.2*s
}

// arms draws two arms bent to hold something before the chest at handY, the
// hands at ±reach.
func arms(c *canvas, x, top, s float64, p person, handY, reach float64) {
	sh := top + 1.38*s
	for _, sx := range []float64{-1, 1} {
		shx, shy := x+sx*shoulderX(p, s), sh+0.45*s
		elx, ely := x+sx*(shoulderX(p, s)+0.2*s), handY+0.6*s
		hx := x + sx*reach
		c.fill(capsule(shx, shy, elx, ely, 0.25*s), solid(p.jacket.scale(0.92)), 1, 1)
		c.fill(capsule(elx, ely, hx, handY+0.15*s, 0.23*s), solid(p.jacket.scale(0.85)), 1, 1)
	}
}

// hands draws the two hands at ±reach.
func hands(c *canvas, x, s float64, p person, handY, reach float64) {
	for _, sx := range []float64{-1, 1} {
		c.put(ellipse(x+sx*reach, handY+0.05*s, 0.17*s, 0.14*s), p.skin)
	}
}

// certificate draws a framed certificate centred at (x, y), w wide.
func certificate(c *canvas, x, y, w float64, rng *rand.Rand) {
	h := w * 0.71
	c.put(box(x+0.02*w, y+0.03*w, w/2, h/2, 2), rgb{0, 0, 0}.scale(0))
	c.fill(box(x, y, w/2, h/2, 1.5), vgrad(y-h/2, y+h/2, hex(0xfbf3dc), hex(0xeee0bb)), 1, 1)
	c.put(box(x, y, w/2-0.03*w, h/2-0.03*w, 1).outline(0.035*w), hex(0xc8322a))
	c.put(box(x, y, w/2-0.07*w, h/2-0.07*w, 1).outline(0.008*w+0.4), hex(0xc9a227))
	c.put(circle(x, y-h/2+0.15*w, 0.035*w), hex(0xc8322a))
	c.put(box(x, y-h/2+0.27*w, 0.16*w, 0.018*w, 1), hex(0xc8322a))
	for i := 0; i < 4; i++ {
		lw := 0.3*w - float64(rng.IntN(int(0.1*w)+1))
		c.fill(box(x, y-h/2+0.36*w+float64(i)*0.045*w, lw/2, 0.008*w+0.3, 0.5), solid(hex(0x8a8378)), 0.7, 1)
	}
	c.fill(circle(x+0.28*w, y+h/2-0.14*w, 0.055*w), solid(hex(0xd23a33)), 0.85, 1)
}

// bouquet draws flowers wrapped in cellophane, held at (x, y).
func bouquet(c *canvas, x, y, s float64, rng *rand.Rand) {
	wrap := poly(pt{x - 0.7*s, y - 1.2*s}, pt{x + 0.7*s, y - 1.2*s}, pt{x + 0.12*s, y + 0.8*s}, pt{x - 0.12*s, y + 0.8*s})
	c.fill(wrap, vgrad(y-1.2*s, y+0.8*s, hex(0xf4dfe6), hex(0xd9b8c4)), 0.95, 1)
	for i := 0; i < 7; i++ {
		lx := x + (rng.Float64()-0.5)*1.4*s
		ly := y - 1.15*s + (rng.Float64()-0.5)*0.5*s
		c.put(ellipse(lx, ly, 0.28*s, 0.12*s), hex(0x3f7d3a).scale(0.8+0.4*rng.Float64()))
	}
	flowers := []rgb{hex(0xe5323a), hex(0xf2c12e), hex(0xf7f2ea), hex(0xe86a8e), hex(0xd9441e)}
	for i := 0; i < 9; i++ {
		fx := x + (rng.Float64()-0.5)*1.1*s
		fy := y - 1.3*s + (rng.Float64()-0.5)*0.6*s
		col := pick(rng, flowers)
		r := (0.16 + 0.08*rng.Float64()) * s
		c.fill(circle(fx, fy, r), func(px, py float64) rgb {
			return col.scale(1.1 - 0.35*math.Hypot(px-fx, py-fy)/r)
		}, 1, 1)
	}
}

// flowerBed draws a low row of potted flowers along y, from x0 to x1.
func flowerBed(c *canvas, x0, x1, y, s float64, rng *rand.Rand) {
	flowers := []rgb{hex(0xe5323a), hex(0xf2c12e), hex(0xf7f2ea), hex(0xe86a8e), hex(0xf08a24)}
	n := int((x1 - x0) / s * 5)
	for i := 0; i < n; i++ {
		fx := x0 + rng.Float64()*(x1-x0)
		fy := y + (rng.Float64()-0.6)*s
		c.put(ellipse(fx, fy+0.3*s, 0.5*s, 0.22*s), hex(0x2f6b2e).scale(0.7+0.5*rng.Float64()))
	}
	for i := 0; i < n; i++ {
		fx := x0 + rng.Float64()*(x1-x0)
		fy := y + (rng.Float64()-0.8)*s
		r := (0.18 + 0.12*rng.Float64()) * s
		col := pick(rng, flowers)
		c.fill(circle(fx, fy, r), func(px, py float64) rgb {
			return col.scale(1.1 - 0.35*math.Hypot(px-fx, py-fy)/r)
		}, 1, 1)
	}
}

// ---- the backdrop every scene shares ----

var (
	red    = hex(0xb4121a)
	yellow = hex(0xffd21f)
)

// backdrop paints the red stage backdrop in the rectangle, with the yellow star
// at (sx, sy) radius sr and pale bands where the conference's title would be.
func backdrop(c *canvas, x0, y0, x1, y1, sx, sy, sr float64) {
	cx, cy := (x0+x1)/2, y0+(y1-y0)*0.45
	rad := math.Hypot(x1-x0, y1-y0) / 2
	c.fill(rect(x0, y0, x1, y1), func(x, y float64) rgb {
		t := math.Hypot(x-cx, (y-cy)*1.4) / rad
		return mix(red.scale(1.12), red.scale(0.62), clamp(t, 0, 1))
	}, 1, 1)
	// folds of cloth
	for x := x0; x < x1; x += (x1 - x0) / 28 {
		c.fill(rect(x, y0, x+(x1-x0)/60, y1), solid(rgb{}), 0.06, (x1-x0)/120)
	}
	c.fill(circle(sx, sy, sr*1.35), solid(yellow.scale(1.05)), 0.12, sr*0.4)
	c.put(star(sx, sy, sr, 0), yellow)
	// the title: pale lines, as if the lettering were out of focus, on the side
	// of the star with more room
	tx0, tx1 := sx+sr*1.6, x1-(x1-x0)*0.06
	if sx-x0 > x1-sx {
		tx0, tx1 = x0+(x1-x0)*0.06, sx-sr*1.6
	}
	for _, l := range []struct{ y, len, h float64 }{{0.2, 0.8, 0.045}, {0.32, 0.95, 0.06}, {0.42, 0.7, 0.045}} {
		ly := y0 + (y1-y0)*l.y
		hh := (y1 - y0) * l.h / 2
		c.fill(box((tx0+tx1)/2, ly, (tx1-tx0)*l.len/2, hh, hh), solid(hex(0xfff1b8)), 0.85, 1)
	}
}

// shade multiplies the colours by f, for light falling off across a scene.
func (c *canvas) shade(f func(x, y float64) float64) {
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			k := f(float64(x)+0.5, float64(y)+0.5)
			i := 4 * (y*c.w + x)
			c.pix[i], c.pix[i+1], c.pix[i+2] = c.pix[i]*k, c.pix[i+1]*k, c.pix[i+2]*k
		}
	}
}

// ---- the scenes ----

// drawHall is the hall from the back: the stage at the far end, rows of delegates.
func drawHall() *canvas {
	rng := rand.New(rand.NewPCG(1, 2025))
	c := newCanvas(W, H)
	vx := 800.0
	// ceiling and walls
	c.fill(rect(0, 0, W, H), vgrad(0, 520, hex(0x3b3330), hex(0xcdbfa8)), 1, 1)
	c.fill(poly(pt{0, 0}, pt{W, 0}, pt{1280, 95}, pt{320, 95}), vgrad(0, 95, hex(0x2a2522), hex(0x5b514a)), 1, 1)
	for i := 0; i < 5; i++ {
		y := 12 + float64(i)*18
		k := 1 - float64(i)*0.16
		for j := -4; j <= 4; j++ {
			x := vx + float64(j)*190*k
			c.fill(ellipse(x, y, 26*k, 10*k), solid(hex(0xfff6df)), 0.18, 8)
			c.fill(ellipse(x, y, 9*k, 3.5*k), solid(hex(0xfffbef)), 1, 1)
		}
	}
	wood := hex(0x8a5a35)
	c.fill(poly(pt{0, 0}, pt{320, 95}, pt{320, 560}, pt{0, 700}), hgrad(0, 320, wood.scale(0.75), wood.scale(1.05)), 1, 1)
	c.fill(poly(pt{W, 0}, pt{1280, 95}, pt{1280, 560}, pt{W, 700}), hgrad(1280, W, wood.scale(1.05), wood.scale(0.7)), 1, 1)
	for i := 0; i < 11; i++ {
		t := float64(i) / 11
		x := 320 * t * t
		c.fill(rect(x, 0, x+3+6*t, H), solid(wood.scale(0.6)), 0.35, 1)
		c.fill(rect(W-x-3-6*t, 0, W-x, H), solid(wood.scale(0.6)), 0.35, 1)
	}
	// side screens
	for _, sx := range []float64{-1, 1} {
		x := vx + sx*620
		scr := poly(pt{x - 70*sx, 200}, pt{x + 70*sx, 210}, pt{x + 70*sx, 330}, pt{x - 70*sx, 325})
		c.put(scr.outline(6), hex(0x1b1b1d))
		c.fill(scr, vgrad(200, 330, hex(0xb9222a), hex(0x7e1419)), 1, 1)
		c.fill(star(x-30*sx, 250, 16, 0), solid(yellow), 0.9, 1)
		c.fill(box(x+20*sx, 285, 40, 5, 5), solid(hex(0xffecb0)), 0.7, 2)
	}
	// stage
	c.fill(rect(320, 95, 1280, 560), vgrad(95, 560, hex(0xd9cdb8), hex(0xbfae95)), 1, 1)
	backdrop(c, 360, 120, 1240, 470, 470, 215, 62)
	c.fill(rect(320, 470, 1280, 545), vgrad(470, 545, hex(0x9a6a3f), hex(0x5e3d22)), 1, 1)
	c.fill(rect(320, 540, 1280, 565), solid(hex(0x3d2716)), 1, 1)
	// presidium table
	for i := 0; i < 5; i++ {
		p := randomPerson(rng, 0)
		p.woman, p.longHair = i == 2, false
		x := 690 + float64(i)*70
		c.put(box(x, 446, 20, 16, 9), p.jacket)
		c.put(poly(pt{x - 5, 432}, pt{x + 5, 432}, pt{x, 446}), p.shirt)
		c.put(ellipse(x, 420, 9, 11), p.skin)
		c.put(ellipse(x, 414, 9.5, 7).above(416), p.hair)
	}
	c.fill(rect(650, 458, 1070, 500), vgrad(458, 500, hex(0xfafafa), hex(0xd7d9de)), 1, 1)
	c.put(rect(650, 488, 1070, 496), hex(0x2850a0))
	flowerBed(c, 655, 1065, 500, 9, rng)
	// lectern and its flowers
	c.fill(poly(pt{505, 430}, pt{575, 430}, pt{568, 525}, pt{512, 525}), hgrad(505, 575, hex(0x7a4a26), hex(0x4f2e16)), 1, 1)
	c.put(rect(500, 424, 580, 432), hex(0x8d5a30))
	c.put(circle(540, 462, 11), hex(0xc9a227))
	c.put(circle(540, 462, 8), red)
	c.put(star(540, 462, 6, 0), yellow)
	c.put(capsule(548, 424, 544, 404, 1.2), hex(0x222222))
	flowerBed(c, 330, 1270, 555, 11, rng)
	// light on the stage
	c.fill(ellipse(800, 330, 560, 260), solid(hex(0xfff3d6)), 0.1, 120)
	// carpet below the stage
	c.fill(rect(0, 560, W, H), vgrad(560, H, hex(0x5c1d1f), hex(0x2a0e10)), 1, 1)
	c.fill(poly(pt{0, 700}, pt{320, 560}, pt{0, 560}), solid(wood.scale(0.6)), 1, 1)
	c.fill(poly(pt{W, 700}, pt{1280, 560}, pt{W, 560}), solid(wood.scale(0.6)), 1, 1)
	// delegates, far rows first
	chair := hex(0x7d1620)
	for row := 0; row < 10; row++ {
		s := 13 * math.Pow(1.24, float64(row))
		y := 520 + 5.2*s
		aisle := 1.6 * s
		n := int(float64(W)/2/(2.85*s)) + 2
		for j := 0; j < n; j++ {
			for _, side := range []float64{-1, 1} {
				x := vx + side*(aisle+(float64(j)+0.5)*2.85*s) + (rng.Float64()-0.5)*0.3*s
				if x < -2*s || x > W+2*s {
					continue
				}
				if rng.IntN(100) < 6 {
					c.fill(box(x, y+1.75*s, 1.45*s, 0.65*s, 0.25*s), vgrad(y+1.1*s, y+2.4*s, chair.scale(1.2), chair.scale(0.6)), 1, 1)
					c.fill(box(x, y+0.9*s, 1.35*s, 0.3*s, 0.25*s), solid(chair.scale(0.9)), 1, 1)
					continue
				}
				p := randomPerson(rng, 12)
				ss := s * (0.93 + 0.14*rng.Float64())
				seatedBack(c, x, y+(rng.Float64()-0.5)*0.15*s, ss, p, chair)
			}
		}
	}
	c.shade(func(_, y float64) float64 { return 1 - 0.25*clamp((y-560)/500, 0, 1) })
	return c
}

// drawSpeaker is a speaker at the lectern against the blurred red backdrop.
func drawSpeaker() *canvas {
	rng := rand.New(rand.NewPCG(2, 2025))
	bg := newCanvas(W, H)
	backdrop(bg, -100, -60, W+100, H+60, 250, 230, 170)
	bg.fill(rect(-10, 900, W+10, H+10), vgrad(900, H, hex(0x6b1217), hex(0x3b0a0d)), 1, 1)
	bg.fill(ellipse(760, 420, 600, 420), solid(hex(0xfff1dc)), 0.14, 200)
	bg.blur(14)

	c := newCanvas(W, H)
	c.over(bg)
	p := person{skin: skins[1], hair: hairs[0], jacket: hex(0x1c2436), shirt: shirts[0], tie: ties[0]}
	x, top, s := 820.0, 200.0, 165.0
	hy := top + 0.63*s
	sh := top + 1.38*s
	lt := 705.0
	// body, with the sleeves running down to the hands on the lectern
	c.put(box(x, sh+0.05*s, 0.24*s, 0.3*s, 0.08*s), p.skin.scale(0.82))
	c.fill(shoulders(x, sh, 1.3*s, 3*s, s), hgrad(x-1.3*s, x+1.3*s, p.jacket.scale(1.35), p.jacket.scale(0.7)), 1, 1)
	vb := sh + 1.45*s
	c.put(poly(pt{x - 0.32*s, sh - 0.02*s}, pt{x + 0.32*s, sh - 0.02*s}, pt{x, vb}), p.shirt)
	c.put(poly(pt{x - 0.08*s, sh + 0.13*s}, pt{x + 0.08*s, sh + 0.13*s}, pt{x + 0.11*s, vb - 0.05*s}, pt{x, vb + 0.12*s}, pt{x - 0.11*s, vb - 0.05*s}), p.tie)
	c.put(box(x, sh+0.08*s, 0.085*s, 0.075*s, 0.03*s), p.tie.scale(0.8))
	lap := p.jacket.scale(0.7)
	c.put(poly(pt{x - 0.32*s, sh}, pt{x - 0.46*s, sh + 0.1*s}, pt{x - 0.22*s, sh + 0.85*s}, pt{x, vb}), lap)
	c.put(poly(pt{x + 0.32*s, sh}, pt{x + 0.46*s, sh + 0.1*s}, pt{x + 0.22*s, sh + 0.85*s}, pt{x, vb}), lap)
	c.fill(poly(pt{x - 0.32*s, sh}, pt{x - 0.38*s, sh + 0.05*s}, pt{x - 0.06*s, vb}, pt{x, vb}), solid(p.jacket.scale(1.6)), 0.5, 1)
	c.put(box(x-0.64*s, sh+0.72*s, 0.05*s, 0.05*s, 0.05*s), hex(0xc9302c)) // a lapel badge
	for _, sx := range []float64{-1, 1} {
		c.fill(capsule(x+sx*1.08*s, sh+0.7*s, x+sx*0.86*s, lt-30, 0.24*s), solid(p.jacket.scale(1-0.12*sx)), 1, 1)
		c.fill(capsule(x+sx*1.08*s, sh+0.7*s, x+sx*0.86*s, lt-30, 0.24*s).outline(3), solid(p.jacket.scale(0.5)), 0.6, 2)
		c.put(box(x+sx*0.84*s, lt-30, 0.17*s, 0.05*s, 0.03*s), p.shirt)
		c.put(ellipse(x+sx*0.76*s, lt-22, 0.2*s, 0.11*s), p.skin.scale(1-0.05*sx))
	}
	head(c, x, hy, s, p, -0.03, 1.3)
	for _, sx := range []float64{-1, 1} {
		c.fill(box(x+sx*0.19*s-0.03*s, hy+0.03*s, 0.13*s, 0.085*s, 0.04*s).outline(0.018*s), solid(hex(0x2b2b2b)), 0.9, 1)
	}
	c.fill(capsule(x-0.09*s, hy, x+0.03*s, hy, 0.008*s), solid(hex(0x2b2b2b)), 0.9, 1)
	// lectern
	c.fill(poly(pt{560, lt}, pt{1110, lt}, pt{1080, H + 10}, pt{590, H + 10}), func(px, py float64) rgb {
		grain := 0.06 * math.Sin(px*0.09+math.Sin(py*0.013)*3)
		return hex(0x7a4623).scale(1.05 - 0.35*(px-560)/550 + grain)
	}, 1, 1)
	c.fill(rect(545, lt-22, 1125, lt+6), vgrad(lt-22, lt+6, hex(0xa8693a), hex(0x6a3b1b)), 1, 1)
	c.fill(rect(545, lt+6, 1125, lt+14), solid(hex(0x000000)), 0.35, 3)
	// the emblem on its front
	ex, ey := 835.0, 860.0
	c.fill(circle(ex, ey, 82), func(px, py float64) rgb { return hex(0xe0b531).scale(1.15 - 0.4*(py-ey+82)/164) }, 1, 1)
	c.put(circle(ex, ey, 62), hex(0xc41a20))
	c.put(star(ex, ey-4, 44, 0), yellow)
	c.fill(circle(ex, ey, 82).outline(4), solid(hex(0x8c6a12)), 0.8, 1)
	// two microphones on goosenecks
	for _, m := range []struct{ bx, tx, ty float64 }{{930, 850, 440}, {985, 905, 452}} {
		var prev pt
		for i := 0; i <= 24; i++ {
			t := float64(i) / 24
			qx := (1-t)*(1-t)*m.bx + 2*(1-t)*t*(m.bx+30) + t*t*m.tx
			qy := (1-t)*(1-t)*(lt-22) + 2*(1-t)*t*(lt-200) + t*t*m.ty
			if i > 0 {
				c.put(capsule(prev.x, prev.y, qx, qy, 3.2), hex(0x1e1e20))
			}
			prev = pt{qx, qy}
		}
		c.put(capsule(m.tx, m.ty, m.tx-18, m.ty-26, 9), hex(0x141414))
		c.fill(circle(m.tx-21, m.ty-30, 11), solid(hex(0x3a3a3c)), 1, 1)
		c.fill(circle(m.tx-24, m.ty-33, 4), solid(rgb{1, 1, 1}), 0.15, 2)
		c.put(box(m.bx, lt-26, 16, 6, 3), hex(0x1e1e20))
	}
	// flowers at the foot of the lectern
	flowerBed(c, 560, 1110, 1020, 95, rng)
	return c
}

// drawAwards is a row of recipients on the stage holding their certificates, a
// leader handing over the first one; with bouquets when individuals is set.
func drawAwards(individuals bool) *canvas {
	seed := uint64(3)
	if individuals {
		seed = 4
	}
	rng := rand.New(rand.NewPCG(seed, 2025))
	c := newCanvas(W, H)
	if individuals {
		backdrop(c, -40, -40, W+40, 960, 1360, 150, 115)
	} else {
		backdrop(c, -40, -40, W+40, 960, 210, 140, 105)
	}
	c.fill(rect(0, 930, W, H), vgrad(930, H, hex(0x8a5a33), hex(0x4a2c17)), 1, 1)
	c.fill(rect(0, 925, W, 935), solid(hex(0x2a160a)), 0.6, 2)

	n, s, top := 7, 80.0, 200.0
	leader := person{skin: skins[3], hair: hairs[1], jacket: hex(0x1f4e8c), shirt: shirts[2], woman: true, aoDai: true}
	if individuals {
		n, s, top = 8, 72.0, 250.0
		leader = person{skin: skins[2], hair: hairs[0], jacket: hex(0x20283a), shirt: shirts[0], tie: ties[1]}
	}
	gap := float64(W-220) / float64(n-1)
	for i := 0; i < n; i++ {
		x := 110 + float64(i)*gap + (rng.Float64()-0.5)*14
		t := top + (rng.Float64()-0.5)*36
		p := randomPerson(rng, 40)
		ss := s * (0.95 + 0.1*rng.Float64())
		if i == 0 {
			p, t, ss = leader, top-8, s*1.02
		}
		handY := standing(c, x, t, ss, p)
		if i == 0 {
			// the leader's right arm reaches to the first certificate, the left hangs
			sh := t + 1.38*ss
			ax := x + shoulderX(p, ss)
			c.fill(capsule(ax, sh+0.45*ss, ax+0.45*ss, handY+0.3*ss, 0.25*ss), solid(p.jacket.scale(0.92)), 1, 1)
			c.fill(capsule(ax+0.45*ss, handY+0.3*ss, x+gap-1.3*ss, handY-0.05*ss, 0.23*ss), solid(p.jacket.scale(0.85)), 1, 1)
			bx := x - shoulderX(p, ss)
			c.fill(capsule(bx, sh+0.45*ss, bx-0.15*ss, handY+1.5*ss, 0.24*ss), solid(p.jacket.scale(0.8)), 1, 1)
			c.put(ellipse(bx-0.15*ss, handY+1.72*ss, 0.15*ss, 0.19*ss), p.skin)
			continue
		}
		reach := 0.95 * ss
		arms(c, x, t, ss, p, handY, reach)
		if individuals {
			bouquet(c, x-0.8*ss, handY-0.1*ss, ss*0.95, rng)
		}
		certificate(c, x+0.08*ss, handY-0.15*ss, 2.15*ss, rng)
		hands(c, x+0.08*ss, ss, p, handY+0.25*ss, reach*1.02)
		if i == 1 {
			c.put(ellipse(x-1.25*ss, handY-0.1*ss, 0.17*ss, 0.14*ss), leader.skin)
		}
	}
	// stage lights from the front and above
	c.fill(ellipse(800, 480, 780, 430), solid(hex(0xfff1dc)), 0.12, 240)
	c.shade(func(x, y float64) float64 { return 1.04 - 0.12*clamp(math.Abs(x-800)/800, 0, 1) })
	// heads of the front row, out of focus
	fg := newCanvas(W, H)
	heads := []float64{160, 540, 1010, 1420}
	if individuals {
		heads = []float64{300, 760, 1240}
	}
	for _, hx := range heads {
		hx += (rng.Float64() - 0.5) * 60
		fg.put(ellipse(hx, 1110, 210, 150), hex(0x15121a))
		fg.put(ellipse(hx, 1010, 85, 100), hex(0x0d0b0b))
	}
	fg.blur(18)
	c.over(fg)
	return c
}

// ---- finishing: light falloff, grain, JPEG ----

// finish darkens the corners a little and adds the grain a camera sensor would.
func finish(c *canvas, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 7))
	c.blur(1)
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			dx := (float64(x) - float64(c.w)/2) / (float64(c.w) / 2)
			dy := (float64(y) - float64(c.h)/2) / (float64(c.h) / 2)
			v := 1 - 0.22*math.Pow((dx*dx+dy*dy)/2, 1.2)
			lum := rng.NormFloat64() * 0.016
			i := 4 * (y*c.w + x)
			for k := 0; k < 3; k++ {
				c.pix[i+k] = c.pix[i+k]*v + lum + rng.NormFloat64()*0.006
			}
		}
	}
}

func writeJPEG(path string, c *canvas) error {
	img := image.NewRGBA(image.Rect(0, 0, c.w, c.h))
	for i := 0; i < c.w*c.h; i++ {
		img.Pix[4*i] = to8(c.pix[4*i])
		img.Pix[4*i+1] = to8(c.pix[4*i+1])
		img.Pix[4*i+2] = to8(c.pix[4*i+2])
		img.Pix[4*i+3] = 255
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := jpeg.Encode(w, img, &jpeg.Options{Quality: 82}); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}

func to8(v float64) uint8 { return uint8(clamp(v*255+0.5, 0, 255)) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }
