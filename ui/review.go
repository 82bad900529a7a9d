package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.review.status":       {VI: "Trạng thái: %s", EN: "Status: %s"},
		"ui.review.submit":       {VI: "Gửi duyệt", EN: "Submit for review"},
		"ui.review.approve":      {VI: "Duyệt", EN: "Approve"},
		"ui.review.changes":      {VI: "Yêu cầu sửa…", EN: "Request changes…"},
		"ui.review.title":        {VI: "Duyệt bài", EN: "Review"},
		"ui.review.busy":         {VI: "Đang lưu bước duyệt…", EN: "Recording the review step…"},
		"ui.review.note":         {VI: "Cần sửa gì?", EN: "What needs changing?"},
		"ui.review.note.hint":    {VI: "Ví dụ: Kiểm tra lại chức vụ của người chủ trì ở đoạn 2.", EN: "e.g. Check the chair's title in paragraph 2."},
		"ui.review.by.submitted": {VI: "%s gửi duyệt lúc %s", EN: "%s submitted it at %s"},
		"ui.review.by.changes":   {VI: "Biên tập viên %s yêu cầu sửa", EN: "Editor %s requested changes"},
		"ui.review.by.approved":  {VI: "Biên tập viên %s đã duyệt", EN: "Editor %s approved it"},
		"ui.review.by.published": {VI: "%s đánh dấu đã đăng", EN: "%s marked it published"},
		"ui.menu.review":         {VI: "Duyệt bài", EN: "Review"},
		"ui.menu.compare":        {VI: "So sánh phiên bản…", EN: "Compare revisions…"},
	})
}

// reviewBar sits under the editor's header: where the report stands in review, who
// decided last and what they said, and the review steps the user's role may take.
type reviewBar struct {
	box     *fyne.Container
	status  *widget.Label
	note    *widget.Label
	buttons *fyne.Container
}

func (m *MainWindow) newReviewBar() *reviewBar {
	b := &reviewBar{status: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		note: widget.NewLabel(""), buttons: container.NewHBox()}
	b.note.Wrapping = fyne.TextWrapWord
	b.note.Hide()
	b.box = container.NewVBox(container.NewBorder(nil, nil, b.status, b.buttons, b.note), widget.NewSeparator())
	return b
}

// ReviewBarText is what the review bar says: the status and the last decision.
func (m *MainWindow) ReviewBarText() string {
	if m.review == nil {
		return ""
	}
	s := m.review.status.Text
	if m.review.note.Visible() && m.review.note.Text != "" {
		s += "\n" + m.review.note.Text
	}
	return s
}

// ReviewButtons lists the review bar's buttons by their labels.
func (m *MainWindow) ReviewButtons() []string {
	if m.review == nil {
		return nil
	}
	var out []string
	for _, o := range m.review.buttons.Objects {
		if b, ok := o.(*widget.Button); ok {
			out = append(out, b.Text)
		}
	}
	return out
}

// updateReviewBar shows the open report's status, the buttons the role has for it,
// and, loaded in the background, the last review decision while it still holds.
func (m *MainWindow) updateReviewBar() {
	if m.review == nil || m.Editor == nil {
		return
	}
	r := m.Editor.Report()
	b := m.review
	b.status.SetText(msg.T("ui.review.status", r.Status.Label()))
	b.buttons.RemoveAll()
	// The buttons are the steps the role may take from here (model.Status.Next).
	for _, next := range r.Status.Next(m.stepRole()) {
		switch next {
		case model.StatusReview:
			submit := widget.NewButtonWithIcon(msg.T("ui.review.submit"), theme.MailSendIcon(), m.Submit)
			submit.Importance = widget.HighImportance
			b.buttons.Add(submit)
		case model.StatusApproved:
			approve := widget.NewButtonWithIcon(msg.T("ui.review.approve"), theme.ConfirmIcon(), m.Approve)
			approve.Importance = widget.HighImportance
			b.buttons.Add(approve)
		case model.StatusChanges:
			b.buttons.Add(widget.NewButtonWithIcon(msg.T("ui.review.changes"), theme.MailReplyIcon(), m.RequestChanges))
		}
	}
	if m.svc.Revisions == nil {
		return
	}
	id, status, ed := r.ID, r.Status, m.Editor
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		revs, err := m.svc.Revisions.FindRevisions(ctx, id)
		if err != nil {
			return
		}
		text := lastDecision(revs, status)
		fyne.Do(func() {
			if m.Editor != ed {
				return
			}
			b.note.SetText(text)
			if text == "" {
				b.note.Hide()
			} else {
				b.note.Show()
			}
		})
	}()
}

// lastDecision says who took the newest review step and what they wrote, when that
// step is what set the report's present status.
func lastDecision(revs []model.Revision, status model.Status) string {
	for _, rev := range revs { // newest first
		var key string
		switch rev.Reason {
		case model.ReasonSubmitted, model.ReasonChanges, model.ReasonApproved, model.ReasonPublished:
			key = "ui.review.by." + string(rev.Reason)
		default:
			continue
		}
		if model.StatusReason(status) != rev.Reason {
			return ""
		}
		var s string
		if rev.Reason == model.ReasonSubmitted {
			s = msg.T(key, rev.Author, rev.CreatedAt.Local().Format("15:04 02/01/2006"))
		} else {
			s = msg.T(key, rev.Author)
		}
		s = strings.Join(strings.Fields(s), " ") // no double space when the author is unknown
		if rev.Note != "" {
			s += ": " + rev.Note
		} else {
			s += "."
		}
		return s
	}
	return ""
}

// stepRole is the role the review's steps are checked for: a library without
// the setting is a reporter's.
func (m *MainWindow) stepRole() model.Role {
	if m.role == "" {
		return model.RoleReporter
	}
	return m.role
}

// mayStep says whether the user may move the open report to status to with the
// note (model.Status.CheckStep), and explains why not.
func (m *MainWindow) mayStep(to model.Status, note string) bool {
	if m.Editor == nil {
		return false
	}
	return m.stepOK(m.Editor.Report().Status.CheckStep(to, m.stepRole(), note))
}

// stepOK says err, a refused step, when there is one, and reports whether there
// was none.
func (m *MainWindow) stepOK(err error) bool {
	if err != nil {
		m.inform(msg.T("ui.review.title"), model.ErrorMessage(err))
	}
	return err == nil
}

// Submit sends the open report for review (a reporter's "Gửi duyệt").
func (m *MainWindow) Submit() {
	m.stepWithName(model.StatusReview)
}

// Approve approves the open report for publishing (an editor's "Duyệt").
func (m *MainWindow) Approve() {
	m.stepWithName(model.StatusApproved)
}

// stepWithName takes the step to status to once the library knows who takes it
// (withName), when the user may take it then.
func (m *MainWindow) stepWithName(to model.Status) {
	if !m.mayStep(to, "") {
		return
	}
	id := m.Editor.Report().ID
	withName(m.svc.Settings, m.svc.typing(), m.Window, func() {
		if m.Editor != nil && m.Editor.Report().ID == id && m.mayStep(to, "") {
			m.setStatus(to, "")
		}
	})
}

// RequestChanges asks the editor what needs changing, then sends the report back.
func (m *MainWindow) RequestChanges() {
	// The note comes from the dialog: the step is checked now, the note after.
	if m.Editor == nil || !m.stepOK(m.Editor.Report().Status.CanStep(model.StatusChanges, m.stepRole())) {
		return
	}
	id := m.Editor.Report().ID
	withName(m.svc.Settings, m.svc.typing(), m.Window, func() {
		if m.Editor != nil && m.Editor.Report().ID == id {
			m.askChanges()
		}
	})
}

// askChanges asks what needs changing, then sends the report back with it.
func (m *MainWindow) askChanges() {
	note := noteField(m.svc.typing(), msg.T("ui.review.note.hint"))
	d := dialog.NewForm(msg.T("ui.review.changes"), msg.T("ui.ok"), msg.T("ui.cancel"),
		[]*widget.FormItem{widget.NewFormItem(msg.T("ui.review.note"), rows(note, 4))}, func(ok bool) {
			if ok {
				m.RequestChangesWith(note.Text())
			}
		}, m.Window)
	showDialog(m.Window, d, fyne.NewSize(560, 260))
	m.Window.Canvas().Focus(note)
}

// RequestChangesWith sends the open report back to its reporter with the note; an
// empty note is refused, since the reporter must learn what to change.
func (m *MainWindow) RequestChangesWith(note string) {
	if !m.mayStep(model.StatusChanges, vntext.Clean(note)) {
		return
	}
	m.setStatus(model.StatusChanges, note)
}

// setStatus saves the editor's pending text, then sets the status with the note (the
// library records the user as author) and reopens the report: the status change
// gives the report a new Rev, which the old editor would collide with.
func (m *MainWindow) setStatus(status model.Status, note string) {
	id := m.Editor.Report().ID
	// The step gives the report a new Rev: the editor saves and steps aside first.
	role := m.stepRole()
	m.stepAside(msg.T("ui.review.busy"), func() {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := m.desk().Step(ctx, id, status, role, note)
			fyne.Do(func() {
				m.comeBack(id)
				m.Library.Refresh()
				if err != nil {
					m.inform(msg.T("ui.review.title"), model.ErrorMessage(err))
				}
			})
		}()
	})
}

// closeThen stops the editor like Close, but waits for its last save off the UI
// thread (the snapshot is taken here, on it), then runs after on it.
func (e *Editor) closeThen(after func()) {
	if e.closed {
		after()
		return
	}
	snap := e.snapshot()
	e.closed = true
	e.rememberPeople(snap)
	go func() {
		e.saver.closeWith(snap)
		fyne.Do(after)
	}()
}

// inform shows a short message; Inform, when set (tests), receives it as well.
func (m *MainWindow) inform(title, text string) {
	if m.Inform != nil {
		m.Inform(text)
	}
	showInformation(title, text, m.Window)
}
