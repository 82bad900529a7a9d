package textfield

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// TestBlinkRests: the cursor blinks twice a second after a key and stays shown
// from 5 seconds on, so that an idle window stops redrawing: each change of the
// cursor costs a whole window's frame.
func TestBlinkRests(t *testing.T) {
	test.NewTempApp(t)
	b := &blinker{cursor: canvas.NewRectangle(nil), enabled: true}
	changes := 0
	shown := true
	start := time.Now()
	for at := time.Duration(0); at < 20*time.Second; at += 10 * time.Millisecond {
		b.last = start.Add(-at) // at after the last key
		b.tick(0)
		if !b.cursor.Hidden != shown {
			shown = !shown
			changes++
		}
		if at >= blinkFor && b.cursor.Hidden {
			t.Fatalf("%v after the last key the cursor is hidden, want it shown for good", at)
		}
	}
	if changes < 8 || changes > 10 {
		t.Errorf("the cursor changed %d times after a key, want 8 to 10 (twice a second for 5 s)", changes)
	}
}
