package ui

import (
	"bytes"
	"context"
	"image"
	_ "image/jpeg" // thumbnails are JPEG
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/photo"
	"newsdesk/ui/textfield"
)

// thumbSize is how large a photo block shows its thumbnail.
var thumbSize = fyne.NewSize(240, 160)

// photoThumb shows a photo's thumbnail, turned by the block's manual rotation.
type photoThumb struct {
	img      *canvas.Image
	decoded  image.Image // upright as stored, before manual rotation
	rotation int
}

func (t *photoThumb) set(decoded image.Image, rotation int) {
	t.decoded, t.rotation = decoded, rotation
	t.img.Image = photo.Rotate(decoded, rotation)
	t.img.Refresh()
}

func (e *Editor) newPhotoView(v *blockView, b *model.Block) fyne.CanvasObject {
	key := b.Key
	photo := func() *model.PhotoBlock {
		if blk := e.block(key); blk != nil && blk.Photo != nil {
			return blk.Photo
		}
		return &model.PhotoBlock{}
	}
	v.thumb = &photoThumb{img: canvas.NewImageFromImage(nil)}
	v.thumb.img.FillMode = canvas.ImageFillContain
	v.thumb.img.SetMinSize(thumbSize)

	var caption *textfield.Paragraph
	people := container.NewVBox() // names offered while a caption names someone
	caption = e.line(msg.T("ui.photo.caption.hint"), b.Photo.Caption, func(s string) {
		photo().Caption = s
		e.suggestInCaption(s, people, func(from, to string) {
			if caption.Text() != from {
				return // typed on since: the suggestion was for another text
			}
			e.loading = true // the block takes the text below, once
			caption.SetText(to)
			e.loading = false
			caption.SetCursorOffset(caption.Len())
			photo().Caption = to
			people.RemoveAll()
			e.changed()
		})
	})
	credit := e.entry(msg.T("ui.photo.credit.hint"), func(s string) { photo().Credit = s })
	credit.SetText(b.Photo.Credit)
	alt := e.line(msg.T("ui.photo.alt.hint"), b.Photo.Alt, func(s string) { photo().Alt = s })
	turn := func(delta int) func() {
		return func() {
			p := photo()
			p.Rotation = ((p.Rotation+delta)%360 + 360) % 360
			if v.thumb.decoded != nil {
				v.thumb.set(v.thumb.decoded, p.Rotation)
			}
			e.changed()
		}
	}
	left := newClickButton("", theme.ContentUndoIcon(), turn(-90))
	right := newClickButton("", theme.ContentRedoIcon(), turn(90))
	v.focus = caption
	v.fields[model.FieldCaption], v.fields[model.FieldCredit], v.fields[model.FieldAlt] = caption, credit, alt
	fields := widget.NewForm(
		widget.NewFormItem(msg.T("ui.photo.caption"), container.NewVBox(caption, people)),
		widget.NewFormItem(msg.T("ui.photo.credit"), credit),
		widget.NewFormItem(msg.T("ui.photo.alt"), alt),
		widget.NewFormItem(msg.T("ui.photo.rotate"), container.NewHBox(left, right)),
	)
	return container.NewBorder(nil, nil, v.thumb.img, nil, fields)
}

// loadThumbs fetches the thumbnails of every photo block in one query, off the UI
// thread, and shows them when they arrive: the text is usable at once.
func (e *Editor) loadThumbs() {
	want := map[int64][]*blockView{}
	var ids []int64
	for i, b := range e.report.Body {
		if b.Photo == nil || e.views == nil || i >= len(e.views) || e.views[i] == nil || e.views[i].thumb == nil {
			continue
		}
		if e.views[i].thumb.decoded != nil {
			continue
		}
		if _, ok := want[b.Photo.PhotoID]; !ok {
			ids = append(ids, b.Photo.PhotoID)
		}
		want[b.Photo.PhotoID] = append(want[b.Photo.PhotoID], e.views[i])
	}
	if len(ids) == 0 || e.svc.Photos == nil {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		thumbs, err := e.svc.Photos.FindThumbs(ctx, ids)
		if err != nil {
			fyne.Do(func() { e.Status.SetText(model.ErrorMessage(err)) })
			return
		}
		decoded := map[int64]image.Image{}
		for id, f := range thumbs {
			if img, _, err := image.Decode(bytes.NewReader(f.Data)); err == nil {
				decoded[id] = img
			}
		}
		fyne.Do(func() {
			for id, views := range want {
				img, ok := decoded[id]
				if !ok {
					continue
				}
				for _, v := range views {
					rotation := 0
					if b := e.block(v.key); b != nil && b.Photo != nil {
						rotation = b.Photo.Rotation
					}
					v.thumb.set(img, rotation)
				}
			}
		})
	}()
}
