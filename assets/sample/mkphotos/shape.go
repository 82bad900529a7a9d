package main

import "math"

// shape is a region given by its bounds and its signed distance function
// (negative inside), so edges come out anti-aliased and shapes combine with min
// and max.
type shape struct {
	x0, y0, x1, y1 float64
	d              func(x, y float64) float64
}

// box is a rectangle centred at (cx, cy) with half sizes hw, hh and corner radius r.
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

// ellipse uses the usual first-order approximation of the distance.
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

// poly is the polygon through ps, by its exact distance.
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

// star is a five-pointed star of outer radius r.
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
