package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png" // print copies are JPEG; a PNG one is read all the same
	"math"
	"runtime"
	"sync"

	"newsdesk/model"
	"newsdesk/photo"

	"golang.org/x/sync/errgroup"
)

// Photos on the page: at column width, except that a tall picture is made narrower so
// that it and its caption sit on one page with room for text. At the foot of a page
// a photo may be drawn a little smaller than that (minPhotoScale) from the same
// pixels, which then print at a somewhat higher resolution.
const (
	maxPhotoH    = 150.0 // mm
	photoQuality = 85    // JPEG quality of the placed copies
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

// imageWidths hands out the pixel widths of a document's images, one width per
// distinct image: gofpdf orders image objects by width alone, so two different
// images of the same width would come out in either order and the same reports
// would not give the same bytes. A photo placed twice keeps one width (and is
// stored once); another photo of the same natural width is made a pixel wider.
type imageWidths map[int]string

func (ws imageWidths) claim(w int, id string) int {
	for {
		if cur, ok := ws[w]; !ok {
			ws[w] = id
			return w
		} else if cur == id {
			return w
		}
		w++
	}
}

// photoJob is one photo on its way to the page.
type photoJob struct {
	block    *model.PhotoBlock
	name     string // for messages: the caption, else the UUID
	data     []byte
	cfg      image.Config
	format   string
	quarters int     // clockwise quarter turns the reporter asked for
	w, h     int     // the print copy's size, turned
	wm, hm   float64 // placed size, mm
	tw, th   int     // placed size, pixels
}

// preparePhotos makes the placed copies of blocks, several at once. Fetching and
// reading the headers comes first; then each photo gets its width in pixels, in
// order (see imageWidths); then decoding, resampling and encoding, which take about
// the same time for every photo, so each core takes the next photo when it is done
// with one.
func preparePhotos(ctx context.Context, opt *Options, blocks []*model.PhotoBlock, widths imageWidths) ([]placedPhoto, error) {
	out := make([]placedPhoto, len(blocks))
	if len(blocks) == 0 {
		return out, nil
	}
	if opt.Photo == nil {
		return nil, model.Errorf(model.EINTERNAL, "pdf.photo.nosource")
	}
	jobs := make([]photoJob, len(blocks))
	err := forEach(ctx, len(blocks), func(ctx context.Context, i int) error {
		var err error
		jobs[i], err = fetchPhoto(ctx, opt, blocks[i])
		return err
	})
	if err != nil {
		return nil, err
	}
	for i := range jobs {
		j := &jobs[i]
		natural := j.tw
		j.tw = widths.claim(j.tw, fmt.Sprintf("%s/%d/%d", j.block.UUID, j.block.PhotoID, j.quarters))
		if j.tw != natural {
			j.th = max(1, int(math.Round(float64(j.tw)*j.hm/j.wm)))
		}
	}
	var mu sync.Mutex
	done := 0
	if opt.Progress != nil {
		opt.Progress(0, len(blocks))
	}
	err = forEach(ctx, len(blocks), func(ctx context.Context, i int) error {
		p, err := jobs[i].place(ctx)
		if err != nil {
			return err
		}
		out[i] = p
		jobs[i].data = nil
		mu.Lock()
		defer mu.Unlock()
		done++
		if opt.Progress != nil {
			opt.Progress(done, len(blocks))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// forEach calls fn for 0 ≤ i < n on as many goroutines as there are cores. An
// error, or ctx's end, stops the calls not yet made. It returns the error of the
// lowest i that failed for a reason of its own (a call stopped because another
// failed does not count), so that people are told about the first photo in the
// report that has a problem.
func forEach(ctx context.Context, n int, fn func(ctx context.Context, i int) error) error {
	// A context of its own, not errgroup's: the calls it stops must see it
	// cancelled (context.Canceled), not ended by another call's error.
	inner, cancel := context.WithCancel(ctx)
	defer cancel()
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	errs := make([]error, n)
	for i := 0; i < n && inner.Err() == nil; i++ {
		g.Go(func() error {
			// Called even when another call failed meanwhile: one with a lower i
			// may fail for a reason of its own, which is the one to tell.
			if errs[i] = fn(inner, i); errs[i] != nil {
				cancel()
			}
			return nil
		})
	}
	g.Wait()
	if ctx.Err() != nil {
		return canceled(ctx)
	}
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	return nil
}

// fetchPhoto fetches the print copy of b, reads its header and works out its
// placed size.
func fetchPhoto(ctx context.Context, opt *Options, b *model.PhotoBlock) (photoJob, error) {
	j := photoJob{block: b, name: text(b.Caption)}
	if j.name == "" {
		j.name = b.UUID
	}
	f, err := opt.Photo(ctx, b)
	if err != nil {
		if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			return j, canceled(ctx)
		}
		if model.ErrorCode(err) == model.ENOTFOUND {
			return j, model.Errorf(model.ENOTFOUND, "pdf.photo.missing", j.name)
		}
		return j, err
	}
	j.data = f.Data
	j.cfg, j.format, err = image.DecodeConfig(bytes.NewReader(f.Data))
	if err != nil || j.cfg.Width <= 0 || j.cfg.Height <= 0 {
		return j, model.Errorf(model.EINVALID, "pdf.photo.damaged", j.name)
	}
	j.quarters = b.Rotation / 90 & 3
	j.w, j.h = j.cfg.Width, j.cfg.Height
	if j.quarters&1 == 1 {
		j.w, j.h = j.h, j.w
	}
	j.wm, j.hm = photoBox(j.w, j.h)
	j.tw = int(math.Round(j.wm / 25.4 * float64(opt.dpi())))
	j.th = int(math.Round(j.hm / 25.4 * float64(opt.dpi())))
	if j.tw >= j.w || j.th >= j.h { // never enlarged
		j.tw, j.th = j.w, j.h
	}
	j.tw, j.th = max(j.tw, 1), max(j.th, 1)
	return j, nil
}

// place returns the photo at its placed size: the print copy as it is when it is
// that size already (or not much larger), else decoded, resampled, turned and
// encoded again.
func (j *photoJob) place(ctx context.Context) (placedPhoto, error) {
	if j.format == "jpeg" && j.quarters == 0 && j.tw == j.w && isPlainJPEG(j.cfg) {
		return placedPhoto{jpeg: j.data, wm: j.wm, hm: j.hm, px: j.w, py: j.h}, nil
	}
	img, _, err := image.Decode(bytes.NewReader(j.data))
	if err != nil {
		return placedPhoto{}, model.Errorf(model.EINVALID, "pdf.photo.damaged", j.name)
	}
	if ctx.Err() != nil {
		return placedPhoto{}, canceled(ctx)
	}
	out := photo.Scale(img, j.tw, j.th, j.quarters)
	var buf bytes.Buffer
	buf.Grow(j.tw * j.th / 4)
	if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: photoQuality}); err != nil {
		return placedPhoto{}, model.Errorf(model.EINVALID, "pdf.photo.damaged", j.name)
	}
	return placedPhoto{jpeg: buf.Bytes(), wm: j.wm, hm: j.hm, px: out.Bounds().Dx(), py: out.Bounds().Dy()}, nil
}

// isPlainJPEG reports whether gofpdf can embed a JPEG as it is: colour or gray, not
// CMYK.
func isPlainJPEG(cfg image.Config) bool {
	return cfg.ColorModel == color.YCbCrModel || cfg.ColorModel == color.GrayModel
}
