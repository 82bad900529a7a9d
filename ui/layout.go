package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// columns lays its objects out side by side, sharing the width by weight, each at
// least as wide as it must be. Unlike a grid, whose every column is as wide as the
// widest object's minimum, its own minimum is only the sum of its objects': a
// table row of a choice and four names fits a laptop's narrow window.
type columns []float32

// newColumns returns a row of objs weighted by w (one weight per object).
func newColumns(w columns, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: w, Objects: objs}
}

func (w columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		size.Width += m.Width
		if i > 0 {
			size.Width += theme.Padding()
		}
		size.Height = max(size.Height, m.Height)
	}
	return size
}

func (w columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) == 0 {
		return
	}
	free := size.Width - theme.Padding()*float32(len(objs)-1)
	// Columns whose share is below their minimum take the minimum; the rest share
	// what remains by weight.
	widths := make([]float32, len(objs))
	fixed := make([]bool, len(objs))
	for changed := true; changed; {
		changed = false
		rest, weights := free, float32(0)
		for i := range objs {
			if fixed[i] {
				rest -= widths[i]
			} else {
				weights += w.weight(i)
			}
		}
		for i, o := range objs {
			if fixed[i] {
				continue
			}
			widths[i] = rest * w.weight(i) / weights
			if m := o.MinSize().Width; widths[i] < m {
				widths[i], fixed[i], changed = m, true, true
			}
		}
	}
	x := float32(0)
	for i, o := range objs {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(widths[i], size.Height))
		x += widths[i] + theme.Padding()
	}
}

func (w columns) weight(i int) float32 {
	if i < len(w) && w[i] > 0 {
		return w[i]
	}
	return 1
}

// besideReport lays out the report (first object) and the column beside it
// (second): the column takes a share of the width that grows with the window,
// between sideWidth and 320 pixels, and the report the rest. No divider to drag
// means none that moves on its own when the report is rebuilt; the report keeps
// its width on a narrow screen.
type besideReport struct{}

func (besideReport) side(width float32) float32 {
	return min(max(width*0.26, sideWidth), 320)
}

func (besideReport) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) < 2 || !objs[1].Visible() {
		return objs[0].MinSize()
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+theme.Padding()+max(b.Width, sideWidth), max(a.Height, b.Height))
}

func (l besideReport) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) < 2 || !objs[1].Visible() {
		objs[0].Move(fyne.NewPos(0, 0))
		objs[0].Resize(size)
		return
	}
	side := max(l.side(size.Width), objs[1].MinSize().Width)
	report := size.Width - side - theme.Padding()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(report, size.Height))
	objs[1].Move(fyne.NewPos(report+theme.Padding(), 0))
	objs[1].Resize(fyne.NewSize(side, size.Height))
}

// wheelScroll is the report's scroll: a notch of the mouse wheel moves it about
// three lines (the toolkit's 25 pixels is one), as word processors do; the small
// steps of a touchpad are left as they come.
type wheelScroll struct {
	container.Scroll
}

func newWheelScroll(content fyne.CanvasObject) *wheelScroll {
	s := &wheelScroll{}
	s.Direction = container.ScrollVerticalOnly
	s.Content = content
	s.ExtendBaseWidget(s)
	return s
}

func (s *wheelScroll) Scrolled(ev *fyne.ScrollEvent) {
	if dy := ev.Scrolled.DY; dy >= 20 || dy <= -20 {
		ev.Scrolled.DY = dy * 2.5
	}
	s.Scroll.Scrolled(ev)
}
