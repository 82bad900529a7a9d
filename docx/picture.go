package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // print copies are JPEG or PNG; a GIF one is read all the same
	"image/jpeg"
	_ "image/png"
	"math"
	"runtime"

	_ "golang.org/x/image/webp" // and a WebP one
	"golang.org/x/sync/errgroup"

	"newsdesk/model"
	"newsdesk/photo"
	"newsdesk/vntext"
)

// How photos go into the document: at 200 dots an inch of their placed size, as
// the PDF prints them (1,339 pixels across the column), so that a report of 30
// photos stays a file mail takes; a print copy about that size already goes in
// as it is.
const (
	photoDPI     = 200
	photoQuality = 85
	emuPerMM     = 36000
)

// placed is one photo block as the document shows it.
type placed struct {
	rel    string // the relationship id of its picture
	cx, cy int64  // size on the page, EMU
}

// pictureFile is one picture stored in the document.
type pictureFile struct {
	name string // word/… path, "media/photo1.jpeg"
	rel  string
	ext  string
	data []byte
}

// pictures are a report's photos as the document holds them: one placed per
// photo block, in body order, and one file per distinct photo.
type pictures struct {
	placed []placed
	files  []pictureFile
}

func (p *pictures) has(ext string) bool {
	for _, f := range p.files {
		if f.ext == ext {
			return true
		}
	}
	return false
}

// preparePictures fetches each photo's print copy, turns it as the reporter
// turned it, and brings it to the document's size, on every core.
func preparePictures(ctx context.Context, r *model.Report, get PhotoFunc) (*pictures, error) {
	blocks := r.Photos()
	p := &pictures{placed: make([]placed, len(blocks))}
	if len(blocks) == 0 {
		return p, nil
	}
	// A photo placed twice (same photo, same turn) is stored once.
	type job struct {
		block *model.PhotoBlock
		file  int
	}
	var jobs []job
	byKey := map[string]int{}
	for i, b := range blocks {
		key := fmt.Sprintf("%s/%d/%d", b.UUID, b.PhotoID, b.Rotation)
		f, ok := byKey[key]
		if !ok {
			f = len(p.files)
			byKey[key] = f
			n := f + 1
			p.files = append(p.files, pictureFile{rel: fmt.Sprintf("rIdPhoto%d", n)})
			jobs = append(jobs, job{block: b, file: f})
		}
		p.placed[i].rel = p.files[f].rel
	}
	sizes := make([][2]int64, len(p.files))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, j := range jobs {
		g.Go(func() error {
			if get == nil {
				return model.Errorf(model.EINVALID, "docx.photo.missing", photoName(j.block))
			}
			data, ext, cx, cy, err := picture(gctx, j.block, get)
			if err != nil {
				return err
			}
			f := &p.files[j.file]
			f.data, f.ext = data, ext
			f.name = fmt.Sprintf("media/photo%d.%s", j.file+1, ext)
			sizes[j.file] = [2]int64{cx, cy}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		if ctx.Err() != nil {
			return nil, errors.Join(model.Errorf(model.EINVALID, "docx.canceled"), context.Cause(ctx))
		}
		return nil, err
	}
	for i, b := range blocks {
		key := fmt.Sprintf("%s/%d/%d", b.UUID, b.PhotoID, b.Rotation)
		s := sizes[byKey[key]]
		p.placed[i].cx, p.placed[i].cy = s[0], s[1]
	}
	return p, nil
}

// picture returns the bytes of b's picture as the document stores it, their
// extension, and the size the photo takes on the page.
func picture(ctx context.Context, b *model.PhotoBlock, get PhotoFunc) (data []byte, ext string, cx, cy int64, err error) {
	f, err := get(ctx, b)
	if err != nil {
		if model.ErrorCode(err) == model.ENOTFOUND {
			return nil, "", 0, 0, model.Errorf(model.ENOTFOUND, "docx.photo.missing", photoName(b))
		}
		return nil, "", 0, 0, err
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(f.Data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, "", 0, 0, model.Errorf(model.EINVALID, "docx.photo.damaged", photoName(b))
	}
	quarters := b.Rotation / 90 & 3
	w, h := cfg.Width, cfg.Height
	if quarters&1 == 1 {
		w, h = h, w
	}
	wm := columnMM
	hm := wm * float64(h) / float64(w)
	if hm > maxPhotoMM {
		hm = maxPhotoMM
		wm = hm * float64(w) / float64(h)
	}
	cx, cy = int64(math.Round(wm*emuPerMM)), int64(math.Round(hm*emuPerMM))

	tw := max(1, int(math.Round(wm/25.4*photoDPI)))
	th := max(1, int(math.Round(hm/25.4*photoDPI)))
	if tw >= w*10/11 || th >= h*10/11 { // never enlarged, nor resampled for little
		if quarters == 0 && (format == "jpeg" || format == "png") {
			return f.Data, format, cx, cy, nil
		}
		tw, th = w, h
	}
	img, _, err := image.Decode(bytes.NewReader(f.Data))
	if err != nil {
		return nil, "", 0, 0, model.Errorf(model.EINVALID, "docx.photo.damaged", photoName(b))
	}
	if ctx.Err() != nil {
		return nil, "", 0, 0, ctx.Err()
	}
	out := photo.Scale(img, tw, th, quarters)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: photoQuality}); err != nil {
		return nil, "", 0, 0, model.Errorf(model.EINVALID, "docx.photo.damaged", photoName(b))
	}
	return buf.Bytes(), "jpeg", cx, cy, nil
}

// photoName names a photo in messages: its caption, else its UUID.
func photoName(b *model.PhotoBlock) string {
	if c := vntext.OneLine(b.Caption); c != "" {
		return c
	}
	return b.UUID
}
