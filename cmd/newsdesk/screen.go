package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// fitScreen keeps the window inside the screen's work area — a 1366×768 laptop
// at 125 %, a 1280-pixel panel, a 1024×600 netbook — since the toolkit opens it
// at the size it asks for, past the screen's edge if need be: the size is shrunk
// to the room there is (never below the window's minimum) and the window centred.
// Called on the toolkit's main thread once the app has started.
func fitScreen(w fyne.Window) {
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return
	}
	_, _, width, height := mon.GetWorkarea()
	scale := w.Canvas().Scale()
	if width <= 0 || height <= 0 || scale <= 0 {
		return
	}
	// Room for the window manager's frame and title bar.
	room := fyne.NewSize(float32(width)/scale-16, float32(height)/scale-48)
	size := w.Canvas().Size()
	if size.Width <= room.Width && size.Height <= room.Height {
		return
	}
	w.Resize(fyne.NewSize(min(size.Width, room.Width), min(size.Height, room.Height)))
	w.CenterOnScreen()
}
