package ui_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/photo/phototest"
	"newsdesk/ui"
)

// TestPhotoPickerShowsPictures: the picker shows a camera photo's own small
// picture beside its name (upright); a photo without one gets a picture made from
// the photo in the background, a dimmed placeholder until then; a file that is no
// photo a broken picture in the error colour. The picker opens at once, before
// any picture is made.
func TestPhotoPickerShowsPictures(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị")
	lib.CreateReport(nil, r)
	dir := t.TempDir()
	var thumb bytes.Buffer
	jpeg.Encode(&thumb, image.NewGray(image.Rect(0, 0, 16, 12)), nil)
	os.WriteFile(filepath.Join(dir, "DSC_0001.jpg"), phototest.WithThumbnail(phototest.CameraJPEG(64, 48, 0), thumb.Bytes(), 6), 0o644)
	os.WriteFile(filepath.Join(dir, "DSC_0002.jpg"), phototest.CameraJPEG(640, 480, 6), 0o644)
	os.WriteFile(filepath.Join(dir, "DSC_0003.jpg"), []byte("không phải ảnh"), 0o644)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	list, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	m.Editor.ShowPhotoPicker(list)
	pictures := func() []*canvas.Image {
		var found []*canvas.Image
		if top := m.Window.Canvas().Overlays().Top(); top != nil {
			walk(top, func(o fyne.CanvasObject) {
				if img, ok := o.(*canvas.Image); ok && img.MinSize().Width == 96 { // not the boxes' icons
					found = append(found, img)
				}
			})
		}
		return found
	}
	shown := pictures()
	if len(shown) != 3 {
		t.Fatalf("the picker shows %d pictures, want 3", len(shown))
	}
	for i, p := range shown {
		if p.Resource == nil || !strings.HasPrefix(p.Resource.Name(), "disabled_") {
			t.Errorf("photo %d before its picture is ready shows %v, want the dimmed placeholder", i+1, p.Resource)
		}
	}
	eventually(t, func() bool {
		shown = pictures()
		return shown[0].Resource == nil && shown[1].Resource == nil && shown[2].Resource != nil &&
			strings.HasPrefix(shown[2].Resource.Name(), "error_")
	})
	if b := shown[0].Image.Bounds(); b.Dx() != 12 || b.Dy() != 16 {
		t.Errorf("the first photo's picture is %dx%d, want its 16x12 thumbnail turned upright", b.Dx(), b.Dy())
	}
	if b := shown[1].Image.Bounds(); b.Dx() >= b.Dy() || b.Dy() > 192 {
		t.Errorf("the picture made for the second photo is %dx%d, want it small and upright (portrait)", b.Dx(), b.Dy())
	}
}

// slowFolder is a folder on a share that takes its time to list: List waits
// for gate.
type slowFolder struct {
	fyne.ListableURI
	gate chan struct{}
}

func (f slowFolder) List() ([]fyne.URI, error) {
	<-f.gate
	return f.ListableURI.List()
}

// slowPhotoFolder is a folder holding DSC_0001.jpg that lists once gate is
// closed (by the test, or after 5 s so that a failing test still ends).
func slowPhotoFolder(t *testing.T) slowFolder {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "DSC_0001.jpg"), phototest.CameraJPEG(64, 48, 0), 0o644)
	list, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	slow := slowFolder{ListableURI: list, gate: make(chan struct{})}
	go func() { time.Sleep(5 * time.Second); closeOnce(slow.gate) }()
	return slow
}

// pickerShowsTheFolder reports whether the window's top dialog offers that
// folder's photo.
func pickerShowsTheFolder(m *ui.MainWindow) bool {
	found := false
	if top := m.Window.Canvas().Overlays().Top(); top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if c, ok := o.(*widget.Check); ok && c.Text == "DSC_0001.jpg" {
				found = true
			}
		})
	}
	return found
}

// TestPhotoFolderListedInBackground: a folder that is slow to list (a network
// share) never holds the window; the picker comes once the listing is done.
func TestPhotoFolderListedInBackground(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	r.Normalize()
	lib.CreateReport(nil, r)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	slow := slowPhotoFolder(t)
	timed(t, "listing a slow folder", func() {
		m.Editor.PickPhotosIn(slow)
		settleFor(100 * time.Millisecond)
	})
	closeOnce(slow.gate)
	eventually(t, func() bool { return pickerShowsTheFolder(m) })
}

// TestPhotoFolderListedAfterLeaving: a folder still listing when the reporter
// opens another report brings no picker: its photos would go to the report left.
func TestPhotoFolderListedAfterLeaving(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	first, other := model.NewReport("Hội nghị tổng kết"), model.NewReport("Hội nghị triển khai")
	first.Normalize()
	other.Normalize()
	lib.CreateReport(nil, other)
	lib.CreateReport(nil, first)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib}, "library.sqlite")
	opened(t, m)
	slow := slowPhotoFolder(t)
	leaving := m.Editor
	leaving.PickPhotosIn(slow)
	m.Open(other.ID)
	eventually(t, func() bool { return m.Editor != nil && m.Editor != leaving })
	closeOnce(slow.gate)
	settleFor(200 * time.Millisecond)
	if pickerShowsTheFolder(m) {
		t.Error("the picker came for the report left behind")
	}
}
