package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsdesk/compare"
)

// TestDiffTextWraps: a long side wraps word by word into lines no wider than its
// column, whatever the colours, and keeps every character.
func TestDiffTextWraps(t *testing.T) {
	test.NewTempApp(t)
	text := strings.Repeat("Hội nghị tổng kết công tác năm 2025, ", 30)
	ops := []compare.Op{{Kind: compare.Equal, Text: text[:200]}, {Kind: compare.Insert, Text: "rất lớn,"},
		{Kind: compare.Equal, Text: text[200:] + "\nDòng mới."}}
	d := diffText(ops, compare.Insert)
	if got, want := d.Text(), text[:200]+"[+rất lớn,]"+text[200:]+"\nDòng mới."; got != want {
		t.Fatalf("got %q, want every character kept", got)
	}
	w := test.NewTempWindow(t, d)
	w.Resize(fyne.NewSize(300, 100))
	narrow := d.MinSize()
	w.Resize(fyne.NewSize(900, 100))
	wide := d.MinSize()
	if narrow.Width > 300 || narrow.Height <= wide.Height*2 {
		t.Errorf("min size %v at 300 px and %v at 900 px: want wrapping that follows the width", narrow, wide)
	}
}
