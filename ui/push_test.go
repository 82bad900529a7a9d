package ui_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// fakePortal records what the window asks of the portal side.
type fakePortal struct {
	mu       sync.Mutex
	pushErr  error
	pushed   []int64
	statuses []string
	queued   []int64
	where    string
	progress bool
}

func (f *fakePortal) portal() *ui.Portal {
	return &ui.Portal{
		Profiles: func(context.Context) ([]string, error) { return []string{"cong"}, nil },
		Push: func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(int, int)) (*ui.Pushed, error) {
			progress(1, 2)
			progress(2, 2)
			f.mu.Lock()
			defer f.mu.Unlock()
			f.pushed = append(f.pushed, id)
			f.statuses = append(f.statuses, status)
			f.progress = true
			if model.ErrorCode(f.pushErr) == model.EUNAVAILABLE { // queued, as desk.PushOrQueue does
				f.queued = append(f.queued, id)
				f.where = "đang chờ gửi"
				return &ui.Pushed{Queued: true}, nil
			}
			if f.pushErr != nil {
				return nil, f.pushErr
			}
			f.where = "chờ duyệt"
			return &ui.Pushed{Link: "http://cong.example/?p=5", Where: "Chờ duyệt trên cổng",
				Warnings: []string{"Cổng chưa có chuyên mục “Ngành Nội vụ”."}}, nil
		},
		SendQueued: func(context.Context, func(int64) func()) error { return nil },
		Where: func(ctx context.Context, id int64) (string, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.where == "" {
				return "", nil
			}
			return "cong: " + f.where, nil
		},
	}
}

func TestPushShowsWhereTheReportStands(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	lib.CreateReport(nil, r)
	f := &fakePortal{}
	m := ui.NewMainWindow(newApp(t), ui.Services{Reports: lib, Photos: lib, Portal: f.portal()}, "library.sqlite")
	var said informs
	m.Inform = said.add
	opened(t, m)
	m.PushTo("cong", model.PostPending)
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Portal.Text == "cong: chờ duyệt" })
	eventually(t, func() bool { return m.Library.PortalOf(r.ID) == "cong: chờ duyệt" }) // and the list
	if len(f.pushed) != 1 || f.pushed[0] != r.ID {
		t.Errorf("pushed %v, want the open report", f.pushed)
	}
	// Said, with the post's address and what the push warned of.
	if all := said.all(); !strings.Contains(all, "http://cong.example/?p=5") || !strings.Contains(all, "Ngành Nội vụ") {
		t.Errorf("the window said %q, want the link and the warning", all)
	}
}

func TestPushWaitsWhenThePortalIsDown(t *testing.T) {
	newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	lib.CreateReport(nil, r)
	f := &fakePortal{pushErr: &model.Error{Code: model.EUNAVAILABLE, Message: "không kết nối được"}}
	m := ui.NewMainWindow(newApp(t), ui.Services{Reports: lib, Photos: lib, Portal: f.portal()}, "library.sqlite")
	opened(t, m)
	m.PushTo("cong", model.PostPending)
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.queued) == 1 })
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Portal.Text == "cong: đang chờ gửi" })
}

// TestPushDialogStatus: the push dialog keeps the post's status on the portal
// unless asked (a re-push never takes a live article offline), and offers an
// approved report for publishing.
func TestPushDialogStatus(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, c := range []struct {
		status model.Status
		shown  string
		sent   string
	}{
		{model.StatusPublished, "Giữ trạng thái trên cổng (bài mới: chờ duyệt)", ""},
		{model.StatusDraft, "Giữ trạng thái trên cổng (bài mới: chờ duyệt)", ""},
		{model.StatusApproved, "Đăng ngay", model.PostPublish},
	} {
		t.Run(string(c.status), func(t *testing.T) {
			a := newApp(t)
			lib := newLibrary()
			r := addReport(lib, "Hội nghị tổng kết", c.status)
			f := &fakePortal{}
			m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: f.portal()}, "library.sqlite")
			m.Inform = func(string) {}
			eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == r.ID })
			opened(t, m)
			m.ShowPush()
			var shown []string
			var send *widget.Button
			for _, o := range objectsIn(topDialog(t, m.Window)) {
				switch o := o.(type) {
				case *widget.Select:
					shown = append(shown, o.Selected)
				case *widget.Button:
					if o.Text == msg.T("ui.push.send") {
						send = o
					}
				}
			}
			if len(shown) != 2 || shown[1] != c.shown {
				t.Fatalf("the dialog shows %q, want the status %q", shown, c.shown)
			}
			test.Tap(send)
			eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.statuses) == 1 })
			if f.statuses[0] != c.sent {
				t.Errorf("sent status %q, want %q", f.statuses[0], c.sent)
			}
			closeEditor(t, m)
		})
	}
}

// TestPushComesBackWhereTheReporterWas: the report leaves the editor while it is
// sent and comes back scrolled where it was, not at the top.
func TestPushComesBackWhereTheReporterWas(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	for i := 0; i < 40; i++ {
		r.Body = append(r.Body, model.Paragraph(strings.Repeat("Đoạn văn dài của bài viết. ", 12)))
	}
	r.Normalize()
	lib.CreateReport(nil, r)
	f := &fakePortal{}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: f.portal()}, "library.sqlite")
	m.Inform = func(string) {}
	m.Window.Resize(fyne.NewSize(1200, 700))
	opened(t, m)
	settleFor(200 * time.Millisecond) // the first load ends
	before := m.Editor
	s := before.Scroll()
	s.Offset.Y = 900
	s.Refresh()
	m.PushTo("cong", model.PostPending)
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.pushed) == 1 })
	eventually(t, func() bool {
		e := m.Editor
		return e != nil && e != before && e.Scroll().Offset.Y == 900
	})
	closeEditor(t, m)
}

// TestQueuedPushStepsAside: a push that waited in the queue goes out while its
// report is open with fresh typing. The typing is saved first, the report comes
// back at the revision the push left, and the next save lands in that report:
// no conflict, no surprise copy of the reporter's typing.
func TestQueuedPushStepsAside(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	r.Body = []model.Block{model.Paragraph("Đoạn đầu.")}
	r.Normalize()
	lib.CreateReport(nil, r)
	portal := (&fakePortal{}).portal()
	var sentLead string
	portal.SendQueued = func(ctx context.Context, around func(int64) func()) error {
		after := around(r.ID)
		defer after()
		// A push that went through: the library's copy takes the status and
		// revision the post carries (as RecordHandOff does).
		lib.mu.Lock()
		defer lib.mu.Unlock()
		got := lib.reports[r.ID]
		sentLead = got.Lead
		got.Status, got.Rev = model.StatusReview, model.NewRev()
		return nil
	}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: portal}, "library.sqlite")
	m.Inform = func(string) {}
	opened(t, m)
	before := m.Editor
	test.Type(before.Lead, "Sáng nay")
	m.SendQueued()
	eventually(t, func() bool {
		e := m.Editor
		return e != nil && e != before && e.Report().Status == model.StatusReview
	})
	if sentLead != "Sáng nay" {
		t.Errorf("the push sent the lead %q, want the typing saved before it went", sentLead)
	}
	test.Type(m.Editor.Lead, " ở hội trường.")
	m.Editor.Close()
	lib.mu.Lock()
	defer lib.mu.Unlock()
	if n := len(lib.reports); n != 1 {
		t.Errorf("the library holds %d reports, want 1: the typing became a copy", n)
	}
	if got := lib.reports[r.ID]; got.Lead != "Sáng nay ở hội trường." || got.Status != model.StatusReview {
		t.Errorf("the report holds %q (%s), want the typing from before and after the push, submitted", got.Lead, got.Status)
	}
}

// TestReportStaysInSightWhilePushed: while a push runs, the report stays on the
// screen, read-only, under a line saying it is being sent (the area used to go
// blank); afterwards it opens again.
func TestReportStaysInSightWhilePushed(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	r.Lead = "Sáng nay, Sở Nội vụ tổ chức hội nghị."
	r.Normalize()
	lib.CreateReport(nil, r)
	release := make(chan struct{})
	f := &fakePortal{}
	p := f.portal()
	push := p.Push
	p.Push = func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(int, int)) (*ui.Pushed, error) {
		<-release
		return push(ctx, id, portal, status, overwrite, progress)
	}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: p}, "library.sqlite")
	m.Inform = func(string) {}
	m.Window.Resize(fyne.NewSize(1200, 700))
	opened(t, m)
	m.PushTo("cong", model.PostPending)
	var lead *textfield.Paragraph
	eventually(t, func() bool {
		lead = nil
		walk(m.Window.Content(), func(o fyne.CanvasObject) {
			if p, ok := o.(*textfield.Paragraph); ok && p.Text() == r.Lead {
				lead = p
			}
		})
		return m.Editor == nil && lead != nil
	})
	if !lead.ReadOnly() {
		t.Error("the report can be typed into while it is sent")
	}
	close(release)
	eventually(t, func() bool { return m.Editor != nil && !m.Editor.Lead.ReadOnly() })
	closeEditor(t, m)
}
