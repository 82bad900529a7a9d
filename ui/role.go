package ui

import (
	"context"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.view.reporter":   {VI: "Việc của tôi", EN: "My work"},
		"ui.view.editor":     {VI: "Hàng chờ duyệt", EN: "Review queue"},
		"ui.view.clerk":      {VI: "Đã duyệt, chờ in", EN: "Ready to print"},
		"ui.window.title":    {VI: "Newsdesk — %s: %s", EN: "Newsdesk — %s: %s"},
		"ui.window.readonly": {VI: "(chỉ đọc)", EN: "(read-only)"},
	})
}

// viewName is the name of the role's start view, as the filter offers it first.
func viewName(r model.Role) string { return msg.T("ui.view." + string(r)) }

// loadRole reads the user's role from the settings (a reporter's when unreadable).
// It reads the library: never on the UI thread.
func (m *MainWindow) loadRole() model.Role {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := m.svc.Settings.Setting(ctx, model.SettingRole)
	if err != nil {
		return model.RoleReporter
	}
	r, err := model.ParseRole(s)
	if err != nil {
		return model.RoleReporter
	}
	return r
}

// setTitle titles the window, saying when the library is read-only.
func (m *MainWindow) setTitle(title string) {
	if m.svc.ReadOnly {
		title += " " + msg.T("ui.window.readonly")
	}
	m.Window.SetTitle(title)
}

// Role returns the user's role as the window uses it ("" without settings).
func (m *MainWindow) Role() model.Role { return m.role }

// setRole switches the window to the role's view: the list starts on the statuses the
// role works on, the title says so, and the review tools follow.
func (m *MainWindow) setRole(r model.Role) {
	m.role = r
	m.setTitle(msg.T("ui.window.title", r.Label(), viewName(r)))
	m.Library.SetView(viewName(r), r.StartStatuses())
	if m.pendingButton != nil {
		if r == model.RoleEditor {
			m.pendingButton.Show()
		} else {
			m.pendingButton.Hide()
		}
	}
	m.updateReviewBar()
}
