package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// typingMethods are the choices of the typing switch, in the order the shortcut
// cycles through them, with the setting's word for each.
var typingMethods = []struct {
	method  textfield.Method
	setting string
	label   string
}{
	{textfield.Telex, "telex", "ui.typing.telex"},
	{textfield.VNI, "vni", "ui.typing.vni"},
	{textfield.Off, "off", "ui.typing.off"},
}

// newTypingSwitch sets up the shared typing switch from the library's setting and
// returns the toolbar's selector for it; a change is remembered in the setting.
func (m *MainWindow) newTypingSwitch() *widget.Select {
	t := m.svc.typing()
	var labels []string
	for _, tm := range typingMethods {
		labels = append(labels, msg.T(tm.label))
	}
	sel := widget.NewSelect(labels, nil)
	show := func() {
		for i, tm := range typingMethods {
			if tm.method == t.Method() {
				sel.SetSelectedIndex(i)
			}
		}
	}
	show()
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		if i < 0 || typingMethods[i].method == t.Method() {
			return
		}
		t.SetMethod(typingMethods[i].method)
		m.rememberTyping(typingMethods[i].setting)
	}
	m.typingSelect = sel
	// The library's settings are read off the UI thread; the switch follows them
	// when they come.
	if m.svc.Settings != nil {
		var v, giveBack, brackets string
		m.load(func(ctx context.Context) error {
			v, _ = m.svc.Settings.Setting(ctx, model.SettingTyping)
			giveBack, _ = m.svc.Settings.Setting(ctx, model.SettingGiveBack)
			brackets, _ = m.svc.Settings.Setting(ctx, model.SettingBrackets)
			return nil
		}, func() {
			for _, tm := range typingMethods {
				if tm.setting == v && !m.typingPicked { // a method picked meanwhile stays
					t.SetMethod(tm.method)
				}
			}
			setKeys(t, giveBack, brackets)
			show()
		})
	}
	return sel
}

// CycleTyping switches to the next typing method (Telex, VNI, off): the shortcut.
func (m *MainWindow) CycleTyping() {
	t := m.svc.typing()
	for i, tm := range typingMethods {
		if tm.method == t.Method() {
			next := typingMethods[(i+1)%len(typingMethods)]
			t.SetMethod(next.method)
			m.rememberTyping(next.setting)
			if m.typingSelect != nil {
				m.typingSelect.SetSelectedIndex((i + 1) % len(typingMethods))
			}
			return
		}
	}
}

func (m *MainWindow) rememberTyping(setting string) {
	m.typingPicked = true
	if m.svc.Settings == nil {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		m.svc.Settings.SetSetting(ctx, model.SettingTyping, setting)
	}()
}

// setKeys makes the typing engine follow the settings typing.give_back and
// typing.brackets (both on unless "off").
func setKeys(t *textfield.Typing, giveBack, brackets string) {
	t.SetKeys(textfield.Keys{KeepForeign: !model.SettingOn(giveBack), PlainBrackets: !model.SettingOn(brackets)})
}
