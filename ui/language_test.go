package ui_test

import (
	"testing"

	"fyne.io/fyne/v2/lang"

	"newsdesk/msg"
	"newsdesk/ui"
)

func TestUseLanguage(t *testing.T) {
	newApp(t)
	defer ui.UseLanguage(msg.Vietnamese)
	if err := ui.UseLanguage(msg.Vietnamese); err != nil {
		t.Fatal(err)
	}
	// Fyne's own dialog buttons speak Vietnamese too.
	if got := lang.L("Cancel"); got != "Hủy" {
		t.Errorf("Fyne's Cancel is %q, want Hủy", got)
	}
	if got := msg.T("ui.block.add.paragraph"); got != "Thêm đoạn văn" {
		t.Errorf("got %q", got)
	}
	if err := ui.UseLanguage(msg.English); err != nil {
		t.Fatal(err)
	}
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Errorf("English Cancel is %q", got)
	}
	if got := msg.T("ui.block.add.paragraph"); got != "Add paragraph" {
		t.Errorf("got %q", got)
	}
}
