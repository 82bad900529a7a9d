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
	"newsdesk/vntext"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.name.title": {VI: "Bạn là ai?", EN: "Who are you?"},
		"ui.name.why": {
			VI: "Góp ý và các bước duyệt bài ghi tên người làm. Tên được lưu trong thiết lập (có thể sửa sau).",
			EN: "Comments and review steps record who took them. Your name is kept in the settings (you can change it later)."},
		"ui.name.label":  {VI: "Tên của bạn", EN: "Your name"},
		"ui.name.needed": {VI: "Hãy nhập tên của bạn để tiếp tục.", EN: "Enter your name to go on."},
	})
}

// haveName reports whether the library knows the user's name, which comments and
// review steps record. When it does not, it asks for it and, once given, runs
// again (the action that needed it); the caller stops there.
func haveName(settings model.SettingService, typing *textfield.Typing, win fyne.Window, again func()) bool {
	if settings == nil || win == nil {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	name, err := settings.Setting(ctx, model.SettingReporter)
	cancel()
	if err != nil || strings.TrimSpace(name) != "" {
		return true
	}
	entry := textfield.NewEntry(typing) // a Vietnamese name, typed as everywhere else
	why := widget.NewLabel(msg.T("ui.name.why"))
	why.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm(msg.T("ui.name.title"), msg.T("ui.ok"), msg.T("ui.cancel"), []*widget.FormItem{
		widget.NewFormItem("", why),
		widget.NewFormItem(msg.T("ui.name.label"), entry),
	}, func(ok bool) {
		if !ok {
			return
		}
		name := vntext.OneLine(entry.Text)
		if name == "" {
			showInformation(msg.T("ui.name.title"), msg.T("ui.name.needed"), win)
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := settings.SetSetting(ctx, model.SettingReporter, name); err != nil {
			showError(err, win)
			return
		}
		again()
	}, win)
	showDialog(win, d, fyne.NewSize(480, 240))
	win.Canvas().Focus(entry)
	return false
}
