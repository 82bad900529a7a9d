package main

import (
	"math"
	"math/rand/v2"
)

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
