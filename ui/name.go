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

// withName runs then once the library knows the user's name, which comments and
// review steps record. The name is read in the background; when there is none,
// it is asked for and, once given, kept, and then runs. Cancelled, nothing runs.
func withName(settings model.SettingService, typing *textfield.Typing, win fyne.Window, then func()) {
	if settings == nil || win == nil {
		then()
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		name, err := settings.Setting(ctx, model.SettingReporter)
		cancel()
		fyne.Do(func() {
			if err != nil || strings.TrimSpace(name) != "" {
				then()
				return
			}
			askName(settings, typing, win, then)
		})
	}()
}

// askName asks for the user's name, keeps it, then runs then.
func askName(settings model.SettingService, typing *textfield.Typing, win fyne.Window, then func()) {
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
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			err := settings.SetSetting(ctx, model.SettingReporter, name)
			cancel()
			fyne.Do(func() {
				if err != nil {
					showError(err, win)
					return
				}
				then()
			})
		}()
	}, win)
	showDialog(win, d, fyne.NewSize(480, 240))
	win.Canvas().Focus(entry)
}
