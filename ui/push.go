package ui

import (
	"context"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
)

// Portal is what the window needs from the portal side (package wordpress, wired by
// the command): the profiles, pushing a report, the offline queue, and where a
// report stands.
type Portal struct {
	Profiles func(ctx context.Context) ([]string, error)
	// Push sends the report, or puts it in the offline queue when the portal
	// cannot be reached (Pushed.Queued); ECONFLICT when the post was changed on the
	// portal since the last push (ask, then push with overwrite).
	Push func(ctx context.Context, reportID int64, portal, status string, overwrite bool, progress func(done, total int)) (*Pushed, error)
	// SendQueued sends what waits; pushes the portal still cannot take keep waiting.
	// It calls around before sending a report, from its own goroutine, and what
	// around returned once that push is over: the window steps its editor aside
	// meanwhile when it holds that report, as for a push of its own.
	SendQueued func(ctx context.Context, around func(reportID int64) (after func())) error
	// Where says where the report stands on the portals, in the interface language.
	Where func(ctx context.Context, reportID int64) (string, error)

	// Pending lists the posts waiting for review on the portal that Newsdesk made
	// (an editor's queue); nil leaves the queue out.
	Pending func(ctx context.Context, portal string) ([]PendingPost, error)
	// Open brings a portal post into the library, photo by photo, and returns the
	// report it landed in with what the reader should know (warnings).
	// What came in is as an import says it (created, updated, unchanged, or a
	// conflict: a linked copy beside the library's report, to merge).
	Open func(ctx context.Context, portal string, postID int64, progress func(done, total int)) (res *model.ImportResult, warnings []string, err error)
}

// Pushed is what a push did, to say so.
type Pushed struct {
	Link     string   // the post's address
	Where    string   // where the report stands on the portal now
	Warnings []string // what the reporter should know (a missing category, photos left out…)
	// Queued: the portal could not be reached, and the push waits in the offline
	// queue (nothing else is set).
	Queued bool
}

// PendingPost is a post waiting for review on the portal.
type PendingPost struct {
	ID       int64
	Author   string
	Headline string
	Modified time.Time
}

// queueRetry is how often the window tries again to send the pushes that wait.
const queueRetry = time.Minute

// ShowPush asks which portal and which post status, then pushes the open report in
// the background with per-photo progress and a way to cancel.
func (m *MainWindow) ShowPush() {
	if m.Editor == nil || m.svc.Portal == nil {
		return
	}
	r := m.Editor.Report()
	if err := r.Ready(); err != nil {
		showInformation(msg.T("ui.push.title"), model.ErrorMessage(err), m.Window)
		return
	}
	id := r.ID
	var profiles []string
	m.load(func(ctx context.Context) (err error) {
		profiles, err = m.svc.Portal.Profiles(ctx)
		return err
	}, func() {
		// Another report may have been opened while the profiles were read.
		if m.Editor != nil && m.Editor.Report().ID == id {
			m.askPush(r, profiles)
		}
	})
}

// askPush asks which of the profiles and which post status, then pushes r.
func (m *MainWindow) askPush(r *model.Report, profiles []string) {
	if len(profiles) == 0 {
		showInformation(msg.T("ui.push.title"), msg.T("ui.push.noprofile"), m.Window)
		return
	}
	portal := widget.NewSelect(profiles, nil)
	portal.SetSelectedIndex(0)
	// "" keeps the post's status on the portal (model.PushStatus): a re-push never
	// takes a live article offline unless asked. The first choice is the model's
	// (Status.OfferedPush).
	statuses := []string{"", model.PostPending, model.PostDraft, model.PostPublish}
	status := widget.NewSelect([]string{msg.T("ui.push.keep"), msg.T("ui.push.pending"), msg.T("ui.push.draft"), msg.T("ui.push.publish")}, nil)
	status.SetSelectedIndex(max(slices.Index(statuses, r.Status.OfferedPush()), 0))
	m.Editor.SaveNow()
	showForm(msg.T("ui.push.title"), msg.T("ui.push.send"), msg.T("ui.cancel"), []*widget.FormItem{
		widget.NewFormItem(msg.T("ui.push.portal"), portal),
		widget.NewFormItem(msg.T("ui.push.status"), status),
	}, func(ok bool) {
		if ok {
			m.PushTo(portal.Selected, statuses[status.SelectedIndex()])
		}
	}, m.Window)
}

// PushTo pushes the open report to the portal as a post of that status (what the
// push dialog's Send does). Publishing a report no editor approved asks first, or is
// refused, as the library's setting says; drafts and pending posts are not gated.
func (m *MainWindow) PushTo(portal, status string) {
	if m.Editor == nil || m.svc.Portal == nil {
		return
	}
	r := m.Editor.Report()
	var setting string
	m.load(func(ctx context.Context) error {
		setting = m.unapprovedSetting(ctx)
		return nil
	}, func() {
		if m.Editor != nil && m.Editor.Report().ID == r.ID {
			m.pushGated(r, portal, status, setting)
		}
	})
}

// pushGated pushes r as PushTo says, the library's setting for unapproved
// publishing read.
func (m *MainWindow) pushGated(r *model.Report, portal, status, setting string) {
	switch r.Status.PublishGate(status, setting) {
	case model.PublishOpen:
		m.push(r.ID, portal, status, false)
		return
	case model.PublishRefused:
		m.inform(msg.T("ui.push.title"), msg.T("ui.push.unapproved.refused", r.Status.Label()))
		return
	}
	text := msg.T("ui.push.unapproved.ask", r.Status.Label())
	if m.Inform != nil {
		m.Inform(text)
	}
	showCustomConfirm(msg.T("ui.push.title"), msg.T("ui.push.unapproved.yes"), msg.T("ui.cancel"),
		widget.NewLabel(text), func(ok bool) {
			if ok {
				m.push(r.ID, portal, status, false)
			}
		}, m.Window)
}

// unapprovedSetting is the library's setting for publishing a report not
// approved, as model.Status.PublishGate reads it ("" when there is none).
func (m *MainWindow) unapprovedSetting(ctx context.Context) string {
	if m.svc.Settings == nil {
		return ""
	}
	v, _ := m.svc.Settings.Setting(ctx, model.SettingUnapproved)
	return v
}

func (m *MainWindow) push(id int64, portal, status string, overwrite bool) {
	// A push may move the report's status (in review, published), which gives it a
	// new Rev: the editor saves and goes first (nothing can be typed into it
	// meanwhile), and the report opens again after.
	if e := m.Editor; e != nil && e.Report().ID == id && !e.closed {
		m.stepAside(msg.T("ui.push.busy", portal), func() { m.push(id, portal, status, overwrite) })
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	d := dialog.NewCustom(msg.T("ui.push.title"), msg.T("ui.cancel"),
		container.NewVBox(widget.NewLabel(msg.T("ui.push.working", portal)), bar), m.Window)
	d.SetOnClosed(cancel)
	showDialog(m.Window, d, fyne.Size{})
	go func() {
		defer cancel()
		pushed, err := m.svc.Portal.Push(ctx, id, portal, status, overwrite, func(done, total int) {
			fyne.Do(func() { bar.Max = float64(total); bar.SetValue(float64(done)) })
		})
		cancelled := ctx.Err() != nil && err != nil
		fyne.Do(func() {
			d.Hide()
			switch {
			case cancelled:
				m.showPortalState(id)
			case model.ErrorCode(err) == model.ECONFLICT:
				showConfirm(msg.T("ui.push.title"), model.ErrorMessage(err)+"\n\n"+msg.T("ui.push.overwrite"), func(ok bool) {
					if ok {
						m.push(id, portal, status, true)
					}
				}, m.Window)
			case err == nil && pushed.Queued:
				showInformation(msg.T("ui.push.title"), msg.T("ui.push.queued", portal), m.Window)
				m.showPortalState(id)
			case err != nil:
				showInformation(msg.T("ui.push.title"), model.ErrorMessage(err), m.Window)
			default:
				// Said, with the post's address and what the reporter should know.
				text := msg.T("ui.push.sent", pushed.Where, pushed.Link)
				for _, w := range pushed.Warnings {
					text += "\n\n" + w
				}
				m.inform(msg.T("ui.push.title"), text)
				m.showPortalState(id)
			}
			m.Library.Refresh() // the list shows where each report stands
			if m.Editor == nil && m.opening == 0 {
				m.comeBack(id)
			}
		})
	}()
}

// stepAside saves and takes away the open editor — nothing can be typed into it
// while work that may change its report (a push, an import, a review step, a
// queued push) runs — showing text in its place, then runs then on the UI
// thread. It is the one way work that changes a report underneath the window
// starts; the work ends with comeBack. A report still on its way into the
// editor (openThen) is stopped there and comes back after, so it never shows the
// version from before the work. Meanwhile the list does not open a report on
// its own.
func (m *MainWindow) stepAside(text string, then func()) {
	e := m.Editor
	if e == nil {
		if m.opening != 0 {
			m.aside, m.asideAt = m.opening, fyne.Position{}
			m.openSeq++ // the read under way shows nothing
			m.opening = 0
			m.stopOpeningBar()
			m.showBusy(text, nil)
		}
		then()
		return
	}
	m.aside = e.Report().ID
	m.asideAt = e.scroll.Offset
	m.Editor = nil
	// The report stays in sight, read-only, under a line that says what goes on.
	e.freeze()
	m.Window.Canvas().Unfocus()
	m.showBusy(text, e)
	e.closeThen(then)
}

// holds reports whether the window holds report id: in the editor, or on its
// way there.
func (m *MainWindow) holds(id int64) bool {
	return (m.Editor != nil && m.Editor.Report().ID == id) || (m.Editor == nil && m.opening == id)
}

// showBusy puts text over the editor e, read-only (nil: over nothing).
func (m *MainWindow) showBusy(text string, e *Editor) {
	busy := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	busy.Importance = widget.HighImportance
	var under fyne.CanvasObject = &tapBlocker{}
	if e != nil {
		under = container.NewStack(e.Content(), &tapBlocker{})
	}
	m.editorPane.Objects = []fyne.CanvasObject{container.NewBorder(
		container.NewVBox(busy, widget.NewProgressBarInfinite()), nil, nil, nil, under)}
	m.editorPane.Refresh()
}

// comeBack ends work done with the editor stepped aside: it opens report id, or
// (id 0) the report that was open before.
func (m *MainWindow) comeBack(id int64) {
	before, at := m.aside, m.asideAt
	m.aside, m.asideAt = 0, fyne.Position{} // the open under way keeps the list from opening another
	if id == 0 {
		id = before
	}
	if id <= 0 {
		return
	}
	m.openThen(id, func(e *Editor) {
		// The same report comes back where the reporter was reading, not at the top.
		if before > 0 && e.Report().ID == before && at.Y > 0 {
			e.scroll.Offset = at
			e.scroll.Refresh()
		}
	})
}

// showPortalState shows in the editor's footer where the report stands on the portals.
func (m *MainWindow) showPortalState(id int64) {
	if m.svc.Portal == nil || m.svc.Portal.Where == nil {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		where, err := m.svc.Portal.Where(ctx, id)
		if err != nil || where == "" {
			return
		}
		fyne.Do(func() {
			if m.Editor != nil && m.Editor.Report().ID == id {
				m.Editor.Portal.SetText(where)
			}
		})
	}()
}

// sendQueuedForever tries the offline queue every queueRetry while the window is
// open, so a push asked for offline goes out when the portal answers again.
func (m *MainWindow) sendQueuedForever() {
	if m.svc.Portal == nil || m.svc.Portal.SendQueued == nil {
		return
	}
	go func() {
		t := time.NewTicker(queueRetry)
		defer t.Stop()
		for range t.C {
			m.sendQueued()
		}
	}()
}

// SendQueued tries once, in the background, to send the pushes that wait.
func (m *MainWindow) SendQueued() {
	if m.svc.Portal == nil || m.svc.Portal.SendQueued == nil {
		return
	}
	go m.sendQueued()
}

// sendQueued sends the pushes that wait, stepping the editor aside while its own
// report goes out: the push moves the report's status and revision, and an
// editor left on the old revision would meet a conflict at its next save and
// keep the reporter's typing as a surprise copy.
func (m *MainWindow) sendQueued() {
	m.queueMu.Lock() // one round at a time: the ticker's and a SendQueued
	defer m.queueMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	m.svc.Portal.SendQueued(ctx, m.asideForQueued)
	fyne.Do(func() {
		if m.Editor != nil {
			m.showPortalState(m.Editor.Report().ID)
		}
	})
}

// asideForQueued steps the editor aside (stepAside) when the window holds report
// id, which the queue is about to send, and returns what brings it back: the
// queue round's events reach the window this way. Called off the UI thread.
func (m *MainWindow) asideForQueued(id int64) (after func()) {
	stepped := make(chan bool, 1)
	fyne.Do(func() {
		if !m.holds(id) {
			stepped <- false
			return
		}
		m.stepAside(msg.T("ui.push.queued.busy"), func() { stepped <- true })
	})
	if !<-stepped {
		return func() {}
	}
	return func() {
		fyne.Do(func() {
			m.Library.Refresh()
			if m.Editor == nil && m.opening == 0 {
				m.comeBack(0)
			}
		})
	}
}
