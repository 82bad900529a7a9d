package ui_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/ui"
)

// TestTypingKeysFollowTheSettings: by default a foreign word gets its keys back
// and [ ] type ơ ư, as in Unikey; a reporter who turned either off in the
// settings gets the engine's own word, and brackets as typed.
func TestTypingKeysFollowTheSettings(t *testing.T) {
	for _, c := range []struct {
		name               string
		giveBack, brackets string
		want               string
	}{
		{"Default", "", "", "Twitter tơ "},
		{"Off", "off", "off", "Tuwitter t[ "},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newApp(t)
			lib := newLibrary()
			r := model.NewReport("Hội nghị")
			lib.CreateReport(nil, r)
			m := ui.NewMainWindow(app, ui.Services{Reports: lib, Photos: lib, Revisions: lib,
				Settings: newSettings(model.SettingGiveBack, c.giveBack, model.SettingBrackets, c.brackets)}, "library.sqlite")
			opened(t, m)
			m.Editor.Lead.SetText("")
			test.Type(m.Editor.Lead, "Twitter t[ ")
			if got := m.Editor.Lead.Text(); got != c.want {
				t.Errorf("typed %q, want %q", got, c.want)
			}
		})
	}
}
