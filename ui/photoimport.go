package ui

import (
	"context"
	"image"
	"io"
	"os"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/photo"
)

// maxPhotoFile is the largest file photo import reads: far above any camera photo.
const maxPhotoFile = 200 << 20

// photoImport brings image files into the report in the background, one after the
// other, with a progress bar and a way to cancel. A bad file is named with its
// reason at the end; the others still come in.
type photoImport struct {
	e      *Editor
	cancel context.CancelFunc
	bar    *widget.ProgressBar
	label  *widget.Label
	dlg    dialog.Dialog

	mu       sync.Mutex
	failures []string
	added    int
}

// ImportPhotos adds the image files at uris as photo blocks at the end of the body.
// It returns at once; done (if not nil) is called on the UI thread when it ends.
func (e *Editor) ImportPhotos(uris []fyne.URI, done func()) {
	if len(uris) == 0 {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &photoImport{e: e, cancel: cancel, bar: widget.NewProgressBar(), label: widget.NewLabel("")}
	p.bar.Max = float64(len(uris))
	if e.win != nil {
		p.dlg = dialog.NewCustom(msg.T("ui.photos.importing"), msg.T("ui.cancel"),
			container.NewVBox(p.label, p.bar), e.win)
		p.dlg.SetOnClosed(cancel)
		showDialog(e.win, p.dlg, fyne.Size{})
	}
	go func() {
		defer cancel()
		for i, u := range uris {
			if ctx.Err() != nil {
				break
			}
			name := u.Name()
			fyne.Do(func() { p.label.SetText(msg.T("ui.photos.progress", i+1, len(uris), name)) })
			photo, err := readAndAdd(ctx, e.svc.Photos, u)
			if err != nil {
				if ctx.Err() != nil {
					break
				}
				p.mu.Lock()
				p.failures = append(p.failures, model.ErrorMessage(err))
				p.mu.Unlock()
			} else {
				fyne.DoAndWait(func() {
					e.InsertBlock(len(e.report.Body), model.Block{Kind: model.BlockPhoto,
						Photo: &model.PhotoBlock{PhotoID: photo.ID, UUID: photo.UUID}})
					e.loadThumbs()
				})
				p.mu.Lock()
				p.added++
				p.mu.Unlock()
			}
			fyne.Do(func() { p.bar.SetValue(float64(i + 1)) })
		}
		fyne.Do(func() {
			if p.dlg != nil {
				p.dlg.Hide()
			}
			p.report()
			if done != nil {
				done()
			}
		})
	}()
}

func (p *photoImport) report() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.failures) == 0 {
		if p.added > 0 {
			p.e.Status.SetText(msg.T("ui.photos.added", p.added))
		}
		return
	}
	text := msg.T("ui.photos.failed", p.added, len(p.failures)) + "\n\n" + strings.Join(p.failures, "\n")
	p.e.Status.SetText(msg.T("ui.photos.failed", p.added, len(p.failures)))
	if p.e.win != nil {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustom(msg.T("ui.photos.failed.title"), msg.T("ui.ok"), container.NewVScroll(l), p.e.win)
		showDialog(p.e.win, d, fyne.NewSize(560, 320))
	}
}

func readAndAdd(ctx context.Context, photos model.PhotoService, u fyne.URI) (*model.Photo, error) {
	rc, err := storage.Reader(u)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "ui.file.unreadable", u.Name())
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxPhotoFile+1))
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "ui.file.unreadable", u.Name())
	}
	if len(data) > maxPhotoFile {
		return nil, model.Errorf(model.EINVALID, "ui.file.huge", u.Name(), maxPhotoFile>>20)
	}
	return photos.AddPhoto(ctx, u.Name(), data)
}

// pickPhotos asks for a folder, then for the photos in it to import (several at
// once: Fyne's file dialog picks one file only), and imports them.
func (e *Editor) pickPhotos() {
	if e.win == nil {
		return
	}
	chooseFolder(e.win, e.svc.FileDialogs, msg.T("ui.files.folder.photos"), e.pickPhotosIn)
}

// photoExtensions are the file names the picker offers; the import itself checks
// the content, and says what a HEIC or RAW file is and how to get a JPEG.
var photoExtensions = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".webp": true, ".gif": true, ".heic": true, ".heif": true}

// pickPhotosIn offers the photos of a folder to tick, then imports those ticked.
func (e *Editor) pickPhotosIn(dir fyne.ListableURI) {
	// A folder on a slow disk or a network share takes its time to list: not on
	// the UI thread.
	go func() {
		items, err := dir.List()
		fyne.Do(func() {
			if !e.closed { // another report was opened meanwhile: its photos are not these
				e.showPhotoPicker(dir, items, err)
			}
		})
	}()
}

// showPhotoPicker shows the photos of a folder's listing to tick.
func (e *Editor) showPhotoPicker(dir fyne.ListableURI, items []fyne.URI, err error) {
	if err != nil {
		showError(model.Errorf(model.EINVALID, "ui.file.unreadable", dir.Name()), e.win)
		return
	}
	var photos []fyne.URI
	for _, u := range items {
		if photoExtensions[strings.ToLower(u.Extension())] {
			photos = append(photos, u)
		}
	}
	sort.Slice(photos, func(i, j int) bool { return photos[i].Name() < photos[j].Name() })
	if len(photos) == 0 {
		showInformation(msg.T("ui.photos.pick.title"), msg.T("ui.photos.pick.none", dir.Name()), e.win)
		return
	}
	chosen := make([]bool, len(photos))
	checks := container.NewVBox()
	var boxes []*widget.Check
	var previews []*canvas.Image
	for i, u := range photos {
		i := i
		c := widget.NewCheck(u.Name(), func(on bool) { chosen[i] = on })
		boxes = append(boxes, c)
		img := canvas.NewImageFromResource(previewPending())
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(previewW, previewW*3/4))
		previews = append(previews, img)
		// A tap on the picture ticks it too.
		checks.Add(container.NewBorder(nil, nil, newTapArea(img, func() { c.SetChecked(!c.Checked) }), nil, c))
	}
	ctx, closed := context.WithCancel(context.Background())
	go loadPreviews(ctx, photos, previews)
	all := widget.NewButton(msg.T("ui.photos.pick.all"), func() {
		for _, c := range boxes {
			c.SetChecked(true)
		}
	})
	content := container.NewBorder(container.NewHBox(all), nil, nil, nil, container.NewVScroll(checks))
	d := dialog.NewCustomConfirm(msg.T("ui.photos.pick.title"), msg.T("ui.photos.pick.import"), msg.T("ui.cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		var uris []fyne.URI
		for i, on := range chosen {
			if on {
				uris = append(uris, photos[i])
			}
		}
		e.ImportPhotos(uris, nil)
	}, e.win)
	d.SetOnClosed(closed)
	showDialog(e.win, d, fyne.NewSize(560, 520))
}

// previewW is the width of a photo's picture in the picker.
const previewW = 96

// previewBytes is how much of a photo file is read for its preview: the EXIF
// block, with the camera's small picture, sits at the start.
const previewBytes = 256 << 10

// previewWorkers is how many photos the picker decodes at once for the pictures
// their camera did not keep: each decode takes most of a second of one core and
// up to hundreds of MB (within photo's decoding budget).
const previewWorkers = 2

// previewPending is the picker's picture before it is known (dimmed),
// previewBroken the one for a file that cannot be read as a photo (in the error
// colour). Made when asked: the theme is not there before the app.
func previewPending() fyne.Resource { return theme.NewDisabledResource(theme.FileImageIcon()) }

func previewBroken() fyne.Resource { return theme.NewErrorThemedResource(theme.BrokenImageIcon()) }

// loadPreviews shows a picture for each photo of the picker, in the background
// until ctx ends (the picker closes). First the small pictures cameras and phones
// keep in a photo's EXIF block (photo.Preview), read one after another from the
// files' first bytes: a folder of camera photos is recognisable at once. Then, for
// the photos without one, a picture made from the photo itself (photo.Thumbnail),
// a few at a time; a file that is no readable photo shows a broken picture.
func loadPreviews(ctx context.Context, photos []fyne.URI, previews []*canvas.Image) {
	var missing []int
	for i, u := range photos {
		if ctx.Err() != nil {
			return
		}
		data, err := readPhotoFile(u, previewBytes)
		if err != nil {
			showPreview(ctx, previews[i], nil)
			continue
		}
		if img := photo.Preview(data); img != nil {
			showPreview(ctx, previews[i], img)
			continue
		}
		missing = append(missing, i)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(previewWorkers, len(missing)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				data, err := readPhotoFile(photos[i], maxPhotoFile)
				if ctx.Err() != nil {
					continue
				}
				var img image.Image
				if err == nil {
					img, _ = photo.Thumbnail(photos[i].Name(), data, 2*previewW)
				}
				showPreview(ctx, previews[i], img)
			}
		}()
	}
feed:
	for _, i := range missing {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}

// readPhotoFile reads at most limit bytes of the file at u. It reads it as a
// file, not through Fyne's storage: its registry of URI schemes is not safe to read
// while the UI thread registers one.
func readPhotoFile(u fyne.URI, limit int64) ([]byte, error) {
	f, err := os.Open(filePath(u))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// showPreview puts img into the picker's picture p, or the broken mark when img
// is nil, unless the picker has closed.
func showPreview(ctx context.Context, p *canvas.Image, img image.Image) {
	fyne.Do(func() {
		if ctx.Err() != nil {
			return
		}
		if img == nil {
			p.Resource, p.Image = previewBroken(), nil
		} else {
			p.Resource, p.Image = nil, img
		}
		p.Refresh()
	})
}
