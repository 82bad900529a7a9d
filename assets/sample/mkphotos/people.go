package main

import (
	"math"
	"math/rand/v2"
)

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
	c.fill(box(x+0.015*w, y+0.025*w, w/2, h/2, 2), solid(rgb{}), 0.35, 4) // its shadow
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
