package ui_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"

	"newsdesk/model"
	"newsdesk/photo/phototest"
	"newsdesk/ui"
)

// TestPhotoPickerShowsPictures: the picker shows a camera photo's own small
// picture beside its name (upright), and a photo without one by its name alone.
func TestPhotoPickerShowsPictures(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	lib.CreateReport(nil, r)
	dir := t.TempDir()
	var thumb bytes.Buffer
	jpeg.Encode(&thumb, image.NewGray(image.Rect(0, 0, 16, 12)), nil)
	os.WriteFile(filepath.Join(dir, "DSC_0001.jpg"), phototest.WithThumbnail(phototest.CameraJPEG(64, 48, 0), thumb.Bytes(), 6), 0o644)
	os.WriteFile(filepath.Join(dir, "DSC_0002.jpg"), phototest.CameraJPEG(64, 48, 0), 0o644)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	list, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	m.Editor.PickPhotosIn(list)
	var pictures []*canvas.Image
	eventually(t, func() bool {
		pictures = nil
		if top := m.Window.Canvas().Overlays().Top(); top != nil {
			walk(top, func(o fyne.CanvasObject) {
				if img, ok := o.(*canvas.Image); ok && img.MinSize().Width == 96 { // not the boxes' icons
					pictures = append(pictures, img)
				}
			})
		}
		return len(pictures) == 2 && pictures[0].Image != nil
	})
	if b := pictures[0].Image.Bounds(); b.Dx() != 12 || b.Dy() != 16 {
		t.Errorf("the first photo's picture is %dx%d, want its 16x12 thumbnail turned upright", b.Dx(), b.Dy())
	}
	if pictures[1].Image != nil {
		t.Error("a photo without a camera picture got one")
	}
}
