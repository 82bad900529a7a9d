package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// ShowSettings edits the settings kept in the library (so the commands see them too):
// the user's name and role (which picks the list's start view), whether a report not
// approved may be published, the default source tag, the agency details printed on PDFs,
// the print resolution and the interface language.
func (m *MainWindow) ShowSettings() {
	if m.svc.Settings == nil {
		return
	}
	var current map[string]string
	m.load(func(ctx context.Context) (err error) {
		current, err = m.svc.Settings.Settings(ctx)
		return err
	}, func() { m.showSettings(current) })
}

func (m *MainWindow) showSettings(current map[string]string) {
	entries := map[string]*textfield.Entry{}
	var items []*widget.FormItem
	language := widget.NewSelect([]string{"Tiếng Việt", "English"}, nil)
	if current[model.SettingLanguage] == "en" {
		language.SetSelectedIndex(1)
	} else {
		language.SetSelectedIndex(0)
	}
	dpi := widget.NewSelect([]string{"200", "300"}, nil)
	if current[model.SettingPrintDPI] == "300" {
		dpi.SetSelectedIndex(1)
	} else {
		dpi.SetSelectedIndex(0)
	}
	roleNames := make([]string, len(model.Roles))
	for i, r := range model.Roles {
		roleNames[i] = r.Label()
	}
	role := widget.NewSelect(roleNames, nil)
	oldRole, _ := model.ParseRole(current[model.SettingRole])
	for i, r := range model.Roles {
		if r == oldRole {
			role.SetSelectedIndex(i)
		}
	}
	unapproved := widget.NewSelect([]string{msg.T("ui.settings.unapproved.ask"), msg.T("ui.settings.unapproved.refuse")}, nil)
	if current[model.SettingUnapproved] == "refuse" {
		unapproved.SetSelectedIndex(1)
	} else {
		unapproved.SetSelectedIndex(0)
	}
	giveBack := widget.NewCheck(msg.T("ui.settings.typing.give_back"), nil)
	giveBack.SetChecked(model.SettingOn(current[model.SettingGiveBack]))
	brackets := widget.NewCheck(msg.T("ui.settings.typing.brackets"), nil)
	brackets.SetChecked(model.SettingOn(current[model.SettingBrackets]))
	onOff := func(c *widget.Check) string {
		if c.Checked {
			return "on"
		}
		return "off"
	}
	tone := widget.NewSelect([]string{msg.T("ui.settings.tone.old"), msg.T("ui.settings.tone.new")}, nil)
	if current[model.SettingToneStyle] == model.ToneNew {
		tone.SetSelectedIndex(1)
	} else {
		tone.SetSelectedIndex(0)
	}
	for _, s := range model.Settings {
		switch s.Key {
		case model.SettingToneStyle:
			item := widget.NewFormItem(msg.T("ui.settings."+s.Key), tone)
			item.HintText = msg.T("ui.settings.tone.hint")
			items = append(items, item)
			continue
		case model.SettingCheckWords:
			e := textfield.NewEntry(m.svc.typing())
			e.SetText(current[s.Key])
			entries[s.Key] = e
			item := widget.NewFormItem(msg.T("ui.settings."+s.Key), e)
			item.HintText = msg.T("ui.settings.words.hint")
			items = append(items, item)
			continue
		case model.SettingGiveBack:
			item := widget.NewFormItem(msg.T("ui.settings.typing"), giveBack)
			item.HintText = msg.T("ui.settings.typing.give_back.hint")
			items = append(items, item)
		case model.SettingBrackets:
			items = append(items, widget.NewFormItem("", brackets))
		case model.SettingRole:
			item := widget.NewFormItem(msg.T("ui.settings.user.role"), role)
			item.HintText = msg.T("ui.settings.user.role.hint")
			items = append(items, item)
		case model.SettingUnapproved:
			items = append(items, widget.NewFormItem(msg.T("ui.settings.review.unapproved_publish"), unapproved))
		case model.SettingLanguage:
			items = append(items, widget.NewFormItem(msg.T("ui.settings."+s.Key), language))
			items[len(items)-1].HintText = msg.T("ui.settings.language.restart")
		case model.SettingEditorPlace:
			continue // the window's own
		case model.SettingTyping:
			continue // the toolbar's switch
		case model.SettingPushParallel:
			continue // for a slow line, from the command line: newsdesk settings push.parallel 1
		case model.SettingPrintDPI:
			items = append(items, widget.NewFormItem(msg.T("ui.settings."+s.Key), dpi))
		default:
			e := textfield.NewEntry(m.svc.typing())
			e.SetText(current[s.Key])
			entries[s.Key] = e
			item := widget.NewFormItem(msg.T("ui.settings."+s.Key), e)
			item.HintText = msg.T(s.Help)
			items = append(items, item)
		}
	}
	oldLanguage := current[model.SettingLanguage]
	// The form scrolls: it is taller than a small screen.
	d := dialog.NewCustomConfirm(msg.T("ui.settings.title"), msg.T("ui.save"), msg.T("ui.cancel"),
		container.NewVScroll(widget.NewForm(items...)), func(ok bool) {
			if !ok {
				return
			}
			values := map[string]string{model.SettingLanguage: "vi", model.SettingPrintDPI: dpi.Selected,
				model.SettingRole: string(model.Roles[max(role.SelectedIndex(), 0)]), model.SettingUnapproved: "ask"}
			if unapproved.SelectedIndex() == 1 {
				values[model.SettingUnapproved] = "refuse"
			}
			values[model.SettingGiveBack], values[model.SettingBrackets] = onOff(giveBack), onOff(brackets)
			values[model.SettingToneStyle] = model.ToneOld
			if tone.SelectedIndex() == 1 {
				values[model.SettingToneStyle] = model.ToneNew
			}
			if language.SelectedIndex() == 1 {
				values[model.SettingLanguage] = "en"
			}
			for k, e := range entries {
				values[k] = e.Text
			}
			// Written off the UI thread; what they change in the window follows.
			m.load(func(ctx context.Context) error {
				for _, s := range model.Settings {
					if s.Key == model.SettingTyping || s.Key == model.SettingPushParallel || s.Key == model.SettingEditorPlace {
						continue
					}
					if err := m.svc.Settings.SetSetting(ctx, s.Key, values[s.Key]); err != nil {
						return err
					}
				}
				return nil
			}, func() {
				setKeys(m.svc.typing(), values[model.SettingGiveBack], values[model.SettingBrackets])
				if newRole := model.Role(values[model.SettingRole]); newRole != m.role {
					m.setRole(newRole)
				}
				if values[model.SettingLanguage] != oldLanguage && !(oldLanguage == "" && values[model.SettingLanguage] == "vi") {
					showInformation(msg.T("ui.settings.title"), msg.T("ui.settings.language.restart"), m.Window)
				}
			})
		}, m.Window)
	showDialog(m.Window, d, fyne.NewSize(720, 640))
}
