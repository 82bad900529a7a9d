package pdf

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	_ "image/png" // print copies are JPEG; a PNG one is read all the same
	"math"
	"runtime"
	"sync"

	"newsdesk/model"
)

// Photos on the page: at column width, except that a tall picture is made narrower so
// that it and its caption sit on one page with room for text.
const (
	maxPhotoH    = 150.0 // mm
	photoQuality = 85    // JPEG quality of the placed copies
	// A print copy at most this much larger than the placed size is embedded as
	// it is: decoding and encoding again would cost more than the bytes it saves.
	reuseSlack = 1.1
)

// placedPhoto is a photo ready to place: a JPEG of the placed size in pixels at
// the document's resolution, and that size in mm.
type placedPhoto struct {
	jpeg   []byte
	wm, hm float64 // mm
	px, py int     // pixels of jpeg
}

// photoBox returns the size in mm at which a w×h picture is placed.
func photoBox(w, h int) (float64, float64) {
	wm := columnW
	hm := wm * float64(h) / float64(w)
	if hm > maxPhotoH {
		hm = maxPhotoH
		wm = hm * float64(w) / float64(h)
	}
	return wm, hm
}

// preparePhotos makes the placed copies of blocks, several at once: fetching a
// print copy, decoding it, resampling and encoding take about the same time for
// every photo, so each core takes the next photo when it is done with one.
func preparePhotos(ctx context.Context, opt *Options, blocks []*model.PhotoBlock) ([]placedPhoto, error) {
	out := make([]placedPhoto, len(blocks))
	if len(blocks) == 0 {
		return out, nil
	}
	if opt.Photo == nil {
		return nil, model.Errorf(model.EINTERNAL, "pdf.photo.nosource")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		firstErr error
		done     int
		next     int
	)
	progress := func() {
		if opt.Progress != nil {
			opt.Progress(done, len(blocks))
		}
	}
	mu.Lock()
	progress()
	mu.Unlock()
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(blocks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(blocks) || ctx.Err() != nil {
					return
				}
				p, err := preparePhoto(ctx, opt, blocks[i])
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
					}
					cancel()
				} else {
					out[i] = p
					done++
					progress()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

// preparePhoto fetches the print copy of b and returns it at its placed size.
func preparePhoto(ctx context.Context, opt *Options, b *model.PhotoBlock) (placedPhoto, error) {
	name := text(b.Caption)
	if name == "" {
		name = b.UUID
	}
	f, err := opt.Photo(ctx, b)
	if err != nil {
		if ctx.Err() != nil {
			return placedPhoto{}, canceled(ctx)
		}
		if model.ErrorCode(err) == model.ENOTFOUND {
			return placedPhoto{}, model.Errorf(model.ENOTFOUND, "pdf.photo.missing", name)
		}
		return placedPhoto{}, err
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(f.Data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return placedPhoto{}, model.Errorf(model.EINVALID, "pdf.photo.damaged", name)
	}
	quarters := b.Rotation / 90 & 3
	w, h := cfg.Width, cfg.Height
	if quarters&1 == 1 {
		w, h = h, w
	}
	wm, hm := photoBox(w, h)
	tw := int(math.Round(wm / 25.4 * float64(opt.dpi())))
	th := int(math.Round(hm / 25.4 * float64(opt.dpi())))
	if tw >= w || th >= h { // never enlarged
		tw, th = w, h
	}
	if format == "jpeg" && quarters == 0 && float64(w) <= float64(tw)*reuseSlack && isPlainJPEG(cfg) {
		return placedPhoto{jpeg: f.Data, wm: wm, hm: hm, px: w, py: h}, nil
	}
	img, _, err := image.Decode(bytes.NewReader(f.Data))
	if err != nil {
		return placedPhoto{}, model.Errorf(model.EINVALID, "pdf.photo.damaged", name)
	}
	if ctx.Err() != nil {
		return placedPhoto{}, canceled(ctx)
	}
	out := scale(img, tw, th, quarters)
	var buf bytes.Buffer
	buf.Grow(tw * th / 4)
	if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: photoQuality}); err != nil {
		return placedPhoto{}, model.Errorf(model.EINVALID, "pdf.photo.damaged", name)
	}
	return placedPhoto{jpeg: buf.Bytes(), wm: wm, hm: hm, px: out.Bounds().Dx(), py: out.Bounds().Dy()}, nil
}

// isPlainJPEG reports whether gofpdf can embed a JPEG as it is: colour or gray, not
// CMYK.
func isPlainJPEG(cfg image.Config) bool {
	return cfg.ColorModel == color.YCbCrModel || cfg.ColorModel == color.GrayModel
}

// scale returns img resampled to w×h (its size before turning) and turned clockwise
// by quarters quarter turns.
func scale(img image.Image, w, h, quarters int) image.Image {
	if quarters&1 == 1 {
		w, h = h, w // the size before turning
	}
	switch m := img.(type) {
	case *image.YCbCr:
		y, cb, cr := yccPlanes(m)
		cw, ch := (w+1)/2, (h+1)/2
		y = rotate(resize(y, w, h), quarters)
		cb = rotate(resize(cb, cw, ch), quarters)
		cr = rotate(resize(cr, cw, ch), quarters)
		return &image.YCbCr{Y: y.pix, Cb: cb.pix, Cr: cr.pix, YStride: y.stride, CStride: cb.stride,
			SubsampleRatio: image.YCbCrSubsampleRatio420, Rect: image.Rect(0, 0, y.w, y.h)}
	case *image.Gray:
		b := m.Rect
		g := plane{pix: m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], w: b.Dx(), h: b.Dy(), stride: m.Stride}
		g = rotate(resize(g, w, h), quarters)
		return &image.Gray{Pix: g.pix, Stride: g.stride, Rect: image.Rect(0, 0, g.w, g.h)}
	}
	// Anything else (a PNG, a CMYK JPEG) goes through RGB, over white.
	b := img.Bounds()
	rgba := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Rect, image.White, image.Point{}, draw.Src)
	draw.Draw(rgba, rgba.Rect, img, b.Min, draw.Over)
	var ch [3]plane
	for c := range ch {
		p := plane{pix: make([]uint8, b.Dx()*b.Dy()), w: b.Dx(), h: b.Dy(), stride: b.Dx()}
		for i := range p.pix {
			p.pix[i] = rgba.Pix[i*4+c]
		}
		ch[c] = rotate(resize(p, w, h), quarters)
	}
	out := image.NewRGBA(image.Rect(0, 0, ch[0].w, ch[0].h))
	for i := range ch[0].pix {
		out.Pix[i*4], out.Pix[i*4+1], out.Pix[i*4+2], out.Pix[i*4+3] = ch[0].pix[i], ch[1].pix[i], ch[2].pix[i], 255
	}
	return out
}
