package ui

import "fyne.io/fyne/v2"

// PickPhotosIn opens the photo picker on a folder, as the folder dialog does.
func (e *Editor) PickPhotosIn(dir fyne.ListableURI) { e.pickPhotosIn(dir) }
