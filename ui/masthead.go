package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.masthead.title": {VI: "Cơ quan in ở đầu trang", EN: "The agency on the printed page"},
		"ui.masthead.why": {
			VI: "Trang in mang tên cơ quan ở đầu và thông tin cơ quan ở chân trang, mà thư viện này chưa có. Hãy điền một lần; có thể sửa sau trong Thiết lập (Ctrl+,).",
			EN: "Printed pages carry the agency's name at the top and its details at the foot, which this library does not have yet. Fill them in once; you can change them later in the settings (Ctrl+,)."},
		"ui.masthead.save":  {VI: "Lưu và tiếp tục", EN: "Save and go on"},
		"ui.masthead.later": {VI: "Để sau", EN: "Later"},
	})
}

// mastheadSettings are the settings that head and foot a printed page, in the
// order the form asks for them.
var mastheadSettings = []string{model.SettingAgencyName, model.SettingAgencyManaging, model.SettingAgencyEditor,
	model.SettingAgencyAddress, model.SettingAgencyPhones, model.SettingAgencyEmail}

// withMasthead runs then once the agency that heads printed pages is known: the
// first time a PDF is made while the settings name no agency, it asks for the
// agency's details (kept in the settings) instead of printing a blank header.
// "Later" goes on without them, and is not asked again until the next start.
func (m *MainWindow) withMasthead(then func()) {
	if m.svc.Settings == nil || m.mastheadAsked {
		then()
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		name, err := m.svc.Settings.Setting(ctx, model.SettingAgencyName)
		fyne.Do(func() {
			if err != nil || strings.TrimSpace(name) != "" || m.mastheadAsked {
				then()
				return
			}
			m.mastheadAsked = true
			m.askMasthead(then)
		})
	}()
}

// askMasthead asks for the agency's details, then runs then.
func (m *MainWindow) askMasthead(then func()) {
	why := widget.NewLabel(msg.T("ui.masthead.why"))
	why.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("", why)}
	entries := map[string]*textfield.Entry{}
	for _, key := range mastheadSettings {
		e := textfield.NewEntry(m.svc.typing())
		entries[key] = e
		item := widget.NewFormItem(msg.T("ui.settings."+key), e)
		if st, ok := model.FindSetting(key); ok {
			item.HintText = msg.T(st.Help)
		}
		items = append(items, item)
	}
	d := dialog.NewForm(msg.T("ui.masthead.title"), msg.T("ui.masthead.save"), msg.T("ui.masthead.later"), items, func(ok bool) {
		if !ok {
			then()
			return
		}
		values := map[string]string{}
		for key, e := range entries {
			values[key] = strings.TrimSpace(e.Text)
		}
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			var failed error
			for _, key := range mastheadSettings {
				if v := values[key]; v != "" {
					if err := m.svc.Settings.SetSetting(ctx, key, v); err != nil {
						failed = err
						break
					}
				}
			}
			fyne.Do(func() {
				if failed != nil {
					showError(failed, m.Window)
				}
				then()
			})
		}()
	}, m.Window)
	showDialog(m.Window, d, fyne.NewSize(640, 0))
	m.Window.Canvas().Focus(entries[model.SettingAgencyName])
}
