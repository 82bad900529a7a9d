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
		"ui.review.note.needed":  {VI: "Hãy ghi rõ cần sửa gì để phóng viên biết phải làm gì.", EN: "Say what needs changing, so the reporter knows what to do."},
		"ui.review.editoronly":   {VI: "Chỉ biên tập viên mới duyệt bài hay yêu cầu sửa. Vai trò đổi được trong Thiết lập (Ctrl+,).", EN: "Only an editor approves or requests changes. The role is in Settings (Ctrl+,)."},
		"ui.review.notnow":       {VI: "Bài đang ở trạng thái “%s”, không thể %s lúc này.", EN: "The report is “%s”: it cannot be %s now."},
		"ui.review.verb.submit":  {VI: "gửi duyệt", EN: "submitted"},
		"ui.review.verb.approve": {VI: "duyệt", EN: "approved"},
		"ui.review.verb.changes": {VI: "yêu cầu sửa", EN: "sent back for changes"},
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
	if m.canSubmit(r.Status) && m.role != model.RoleEditor && m.role != model.RoleClerk {
		submit := widget.NewButtonWithIcon(msg.T("ui.review.submit"), theme.MailSendIcon(), m.Submit)
		submit.Importance = widget.HighImportance
		b.buttons.Add(submit)
	}
	if m.role == model.RoleEditor && m.canDecide(r.Status) {
		approve := widget.NewButtonWithIcon(msg.T("ui.review.approve"), theme.ConfirmIcon(), m.Approve)
		approve.Importance = widget.HighImportance
		b.buttons.Add(approve)
		b.buttons.Add(widget.NewButtonWithIcon(msg.T("ui.review.changes"), theme.MailReplyIcon(), m.RequestChanges))
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

func (m *MainWindow) canSubmit(s model.Status) bool {
	return s == model.StatusDraft || s == model.StatusChanges
}

func (m *MainWindow) canDecide(s model.Status) bool {
	return s == model.StatusReview
}

// Submit sends the open report for review (a reporter's "Gửi duyệt").
func (m *MainWindow) Submit() {
	if m.Editor == nil || !haveName(m.svc.Settings, m.Window, m.Submit) {
		return
	}
	if s := m.Editor.Report().Status; !m.canSubmit(s) {
		m.inform(msg.T("ui.review.title"), msg.T("ui.review.notnow", s.Label(), msg.T("ui.review.verb.submit")))
		return
	}
	m.setStatus(model.StatusReview, "")
}

// Approve approves the open report for publishing (an editor's "Duyệt").
func (m *MainWindow) Approve() {
	if !m.mayDecide(msg.T("ui.review.verb.approve")) || !haveName(m.svc.Settings, m.Window, m.Approve) {
		return
	}
	m.setStatus(model.StatusApproved, "")
}

// RequestChanges asks the editor what needs changing, then sends the report back.
func (m *MainWindow) RequestChanges() {
	if !m.mayDecide(msg.T("ui.review.verb.changes")) || !haveName(m.svc.Settings, m.Window, m.RequestChanges) {
		return
	}
	note := widget.NewMultiLineEntry()
	note.SetPlaceHolder(msg.T("ui.review.note.hint"))
	note.Wrapping = fyne.TextWrapWord
	note.SetMinRowsVisible(4)
	d := dialog.NewForm(msg.T("ui.review.changes"), msg.T("ui.ok"), msg.T("ui.cancel"),
		[]*widget.FormItem{widget.NewFormItem(msg.T("ui.review.note"), note)}, func(ok bool) {
			if ok {
				m.RequestChangesWith(note.Text)
			}
		}, m.Window)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
	m.Window.Canvas().Focus(note)
}

// RequestChangesWith sends the open report back to its reporter with the note; an
// empty note is refused, since the reporter must learn what to change.
func (m *MainWindow) RequestChangesWith(note string) {
	if !m.mayDecide(msg.T("ui.review.verb.changes")) {
		return
	}
	if strings.TrimSpace(vntext.Clean(note)) == "" {
		m.inform(msg.T("ui.review.title"), msg.T("ui.review.note.needed"))
		return
	}
	m.setStatus(model.StatusChanges, note)
}

// mayDecide says whether the user may take a review decision on the open report, and
// explains why not.
func (m *MainWindow) mayDecide(verb string) bool {
	if m.Editor == nil {
		return false
	}
	if m.role != model.RoleEditor {
		m.inform(msg.T("ui.review.title"), msg.T("ui.review.editoronly"))
		return false
	}
	if s := m.Editor.Report().Status; !m.canDecide(s) {
		m.inform(msg.T("ui.review.title"), msg.T("ui.review.notnow", s.Label(), verb))
		return false
	}
	return true
}

// setStatus saves the editor's pending text, then sets the status with the note (the
// library records the user as author) and reopens the report: the status change
// gives the report a new Rev, which the old editor would collide with.
func (m *MainWindow) setStatus(status model.Status, note string) {
	id := m.Editor.Report().ID
	// The step gives the report a new Rev: the editor saves and steps aside first.
	m.stepAside(msg.T("ui.review.busy"), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := m.svc.Reports.SetStatus(ctx, id, status, "", note)
		m.comeBack(id)
		m.Library.Refresh()
		if err != nil {
			m.inform(msg.T("ui.review.title"), model.ErrorMessage(err))
		}
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
	dialog.ShowInformation(title, text, m.Window)
}
