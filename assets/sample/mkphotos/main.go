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
