package textfield

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// The cursor blinks for a while after the last key or click and then stays on, so
// an idle window does not redraw at all. The blink is one animation on the
// driver's frame loop, changing the cursor only twice a second.
const (
	blinkHalf = 530 * time.Millisecond
	blinkFor  = 10 * time.Second
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
