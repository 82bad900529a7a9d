package ui

import "fyne.io/fyne/v2"

// PickPhotosIn opens the photo picker on a folder, as the folder dialog does:
// the folder is listed in the background.
func (e *Editor) PickPhotosIn(dir fyne.ListableURI) { e.pickPhotosIn(dir) }

// ShowPhotoPicker opens the photo picker on a folder listed at once, so a test
// sees the picker before any picture is made.
func (e *Editor) ShowPhotoPicker(dir fyne.ListableURI) {
	items, err := dir.List()
	e.showPhotoPicker(dir, items, err)
}
