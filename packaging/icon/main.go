// Command icon draws Newsdesk's icon, assets/icon.png (512×512): a newspaper page with a
// masthead, a photo and text lines, and a red pencil badge, on a rounded blue tile.
// It uses only the standard library. Run: go run ./packaging/icon assets/icon.png
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

// 4x supersampled, then averaged down: smooth edges without a graphics library.
const S = 512
const K = 4

func main() {
	big := image.NewRGBA(image.Rect(0, 0, S*K, S*K))
	bg := color.RGBA{0x0b, 0x5c, 0x8a, 255}
	bg2 := color.RGBA{0x08, 0x45, 0x6b, 255}
	paper := color.RGBA{0xfa, 0xf8, 0xf2, 255}
	shadow := color.RGBA{0, 0, 0, 60}
	ink := color.RGBA{0x1f, 0x2a, 0x36, 255}
	grey := color.RGBA{0x9a, 0xa5, 0xb1, 255}
	red := color.RGBA{0xd6, 0x3a, 0x2f, 255}
	photo := color.RGBA{0x7f, 0xb8, 0xd8, 255}
	hill := color.RGBA{0x3e, 0x8e, 0x5a, 255}
	sun := color.RGBA{0xf4, 0xc0, 0x30, 255}
	f := func(v float64) int { return int(v * K) }
	rrect := func(x0, y0, x1, y1, r float64, c color.RGBA) {
		for y := f(y0); y < f(y1); y++ {
			for x := f(x0); x < f(x1); x++ {
				fx, fy := float64(x)/K, float64(y)/K
				dx := math.Max(math.Max(x0+r-fx, fx-(x1-r)), 0)
				dy := math.Max(math.Max(y0+r-fy, fy-(y1-r)), 0)
				if dx*dx+dy*dy <= r*r {
					blend(big, x, y, c)
				}
			}
		}
	}
	// tile with a vertical gradient
	for y := f(16); y < f(496); y++ {
		t := float64(y) / float64(S*K)
		c := color.RGBA{lerp(bg.R, bg2.R, t), lerp(bg.G, bg2.G, t), lerp(bg.B, bg2.B, t), 255}
		for x := f(16); x < f(496); x++ {
			fx, fy := float64(x)/K, float64(y)/K
			r := 96.0
			dx := math.Max(math.Max(16+r-fx, fx-(496-r)), 0)
			dy := math.Max(math.Max(16+r-fy, fy-(496-r)), 0)
			if dx*dx+dy*dy <= r*r {
				big.SetRGBA(x, y, c)
			}
		}
	}
	rrect(112, 104, 412, 432, 18, shadow)
	rrect(100, 92, 400, 420, 18, paper)
	// masthead
	rrect(128, 122, 372, 160, 8, ink)
	rrect(128, 172, 372, 178, 2, red)
	// photo block
	rrect(128, 196, 240, 290, 6, photo)
	for y := 196.0; y < 290; y += 0.25 {
		for x := 128.0; x < 240; x += 0.25 {
			if y > 290-30-12*math.Sin((x-128)/112*math.Pi) && y < 290 {
				blend(big, f(x), f(y), hill)
			}
			if (x-212)*(x-212)+(y-222)*(y-222) < 13*13 {
				blend(big, f(x), f(y), sun)
			}
		}
	}
	// text lines beside and below
	for i, w := range []float64{116, 100, 116, 84} {
		yy := 200 + float64(i)*24
		rrect(256, yy, 256+w, yy+10, 5, grey)
	}
	for i, w := range []float64{244, 244, 210, 244, 150} {
		yy := 308 + float64(i)*22
		rrect(128, yy, 128+w, yy+10, 5, grey)
	}
	// pen nib accent: a red rounded badge bottom-right
	for y := f(330); y < f(470); y++ {
		for x := f(330); x < f(470); x++ {
			fx, fy := float64(x)/K, float64(y)/K
			if (fx-400)*(fx-400)+(fy-400)*(fy-400) < 62*62 {
				blend(big, x, y, red)
			}
		}
	}
	// pencil in the badge: a white diagonal bar with a point
	for y := f(350); y < f(450); y++ {
		for x := f(350); x < f(450); x++ {
			fx, fy := float64(x)/K-400, float64(y)/K-400
			u := (fx - fy) / math.Sqrt2 // along the diagonal (top-right to bottom-left)
			v := (fx + fy) / math.Sqrt2
			if u > -26 && u < 34 && math.Abs(v) < 10 {
				blend(big, x, y, paper)
			} else if u <= -26 && u > -44 && math.Abs(v) < 10*(u+44)/18 {
				blend(big, x, y, paper)
			}
		}
	}
	small := image.NewRGBA(image.Rect(0, 0, S, S))
	for y := 0; y < S; y++ {
		for x := 0; x < S; x++ {
			var r, g, b, a int
			for j := 0; j < K; j++ {
				for i := 0; i < K; i++ {
					c := big.RGBAAt(x*K+i, y*K+j)
					r += int(c.R)
					g += int(c.G)
					b += int(c.B)
					a += int(c.A)
				}
			}
			n := K * K
			small.SetRGBA(x, y, color.RGBA{uint8(r / n), uint8(g / n), uint8(b / n), uint8(a / n)})
		}
	}
	out, _ := os.Create(os.Args[1])
	png.Encode(out, small)
	out.Close()
}

func lerp(a, b uint8, t float64) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t) }

// blend draws c (straight alpha) over the premultiplied pixel.
func blend(img *image.RGBA, x, y int, c color.RGBA) {
	d := img.RGBAAt(x, y)
	a := float64(c.A) / 255
	mix := func(s, t uint8) uint8 { return uint8(float64(s)*a + float64(t)*(1-a)) }
	na := uint8(float64(c.A) + float64(d.A)*(1-a))
	img.SetRGBA(x, y, color.RGBA{mix(c.R, d.R), mix(c.G, d.G), mix(c.B, d.B), na})
}
