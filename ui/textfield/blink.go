package textfield

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// The cursor blinks for a while after the last key or click and then stays on, so
// an idle window does not redraw at all. Fyne (2.7) has no partial repaint: a
// Refresh of the 2-pixel cursor marks the whole window dirty, and the next frame
// clears and draws every object of it again. The blink therefore refreshes the
// cursor rectangle alone, only when its phase changes (an animation on the
// driver's frame loop, which repaints nothing by itself), and blinks for 5
// seconds, as Windows' caret does. Under software GL each phase change costs a
// full frame (about 40 ms of one core at 1366×768, nearly all of it shading), so
// the blink's cost is its number of changes: 10 s of blinking cost 7 % of a core.
const (
	blinkHalf = 530 * time.Millisecond
	blinkFor  = 5 * time.Second
)

type blinker struct {
	cursor  *canvas.Rectangle
	anim    *fyne.Animation
	last    time.Time
	on      bool // the blink's phase: cursor drawn
	enabled bool // the field shows a cursor at all (focused, editable)
}

// wake shows the cursor and restarts the blinking, when run is true (the field has
// focus).
func (b *blinker) wake(run bool) {
	b.last = time.Now()
	b.on = true
	if b.enabled && b.cursor != nil && b.cursor.Hidden {
		b.cursor.Show()
	}
	if !run || b.anim != nil || !fyne.CurrentApp().Settings().ShowAnimations() {
		return
	}
	b.anim = fyne.NewAnimation(time.Second, b.tick)
	b.anim.RepeatCount = fyne.AnimationRepeatForever
	b.anim.Curve = fyne.AnimationLinear
	b.anim.Start()
}

func (b *blinker) tick(float32) {
	since := time.Since(b.last)
	b.on = since >= blinkFor || (since/blinkHalf)%2 == 0
	if b.enabled && b.cursor != nil && b.cursor.Hidden == b.on {
		b.cursor.Hidden = !b.on
		b.cursor.Refresh()
	}
	if since >= blinkFor {
		b.stop()
	}
}

func (b *blinker) stop() {
	b.on = true
	if b.anim != nil {
		b.anim.Stop()
		b.anim = nil
	}
}
