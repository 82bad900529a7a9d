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
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.pending.menu":     {VI: "Bài chờ duyệt trên cổng…", EN: "Pending on the portal…"},
		"ui.pending.title":    {VI: "Bài chờ duyệt trên cổng", EN: "Pending on the portal"},
		"ui.pending.loading":  {VI: "Đang hỏi %s…", EN: "Asking %s…"},
		"ui.pending.count":    {VI: "%d bài chờ duyệt trên %s.", EN: "%d posts pending on %s."},
		"ui.pending.none":     {VI: "Không có bài nào do Newsdesk gửi đang chờ duyệt trên %s.", EN: "No post from Newsdesk is pending on %s."},
		"ui.pending.open":     {VI: "Mở", EN: "Open"},
		"ui.pending.row":      {VI: "Bài số %d · %s · %s", EN: "Post %d · %s · %s"},
		"ui.pending.opening":  {VI: "Đang lấy bài số %d từ %s…", EN: "Fetching post %d from %s…"},
		"ui.pending.warnings": {VI: "Đã mở bài. Lưu ý:\n\n%s", EN: "The report is open. Please note:\n\n%s"},
	})
}

// ShowPending lists the posts Newsdesk made that wait for review on the portal (an
// editor's queue), each with a button that brings it into the library and opens it.
func (m *MainWindow) ShowPending() {
	p := m.svc.Portal
	if p == nil || p.Pending == nil || p.Open == nil {
		return
	}
	var profiles []string
	m.load(func(ctx context.Context) (err error) {
		profiles, err = p.Profiles(ctx)
		return err
	}, func() { m.showPending(profiles) })
}

// showPending is the editor's queue, once the portals' names are read.
func (m *MainWindow) showPending(profiles []string) {
	p := m.svc.Portal
	if len(profiles) == 0 {
		m.inform(msg.T("ui.pending.title"), msg.T("ui.push.noprofile"))
		return
	}
	var (
		posts []PendingPost
		d     dialog.Dialog
		seq   int
	)
	status := widget.NewLabel("")
	status.Wrapping = fyne.TextWrapWord
	portal := widget.NewSelect(profiles, nil)
	list := widget.NewList(func() int { return len(posts) },
		func() fyne.CanvasObject {
			headline := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			headline.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("")
			meta.Truncation = fyne.TextTruncateEllipsis
			open := widget.NewButtonWithIcon(msg.T("ui.pending.open"), theme.DownloadIcon(), nil)
			return container.NewBorder(nil, nil, nil, container.NewCenter(open), container.NewVBox(headline, meta))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(posts) {
				return
			}
			post, name := posts[i], portal.Selected
			row := o.(*fyne.Container)
			texts := row.Objects[0].(*fyne.Container)
			texts.Objects[0].(*widget.Label).SetText(post.Headline)
			texts.Objects[1].(*widget.Label).SetText(pendingMeta(post))
			row.Objects[1].(*fyne.Container).Objects[0].(*widget.Button).OnTapped = func() {
				d.Hide()
				m.OpenPending(name, post.ID)
			}
		})
	load := func(name string) {
		seq++
		mine := seq
		posts = nil
		list.Refresh()
		status.SetText(msg.T("ui.pending.loading", name))
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			got, err := p.Pending(ctx, name)
			fyne.Do(func() {
				if mine != seq {
					return
				}
				switch {
				case err != nil:
					status.SetText(model.ErrorMessage(err))
				case len(got) == 0:
					status.SetText(msg.T("ui.pending.none", name))
				default:
					status.SetText(msg.T("ui.pending.count", len(got), name))
				}
				posts = got
				list.Refresh()
			})
		}()
	}
	portal.OnChanged = load
	top := container.NewVBox(status)
	if len(profiles) > 1 {
		top.Objects = append([]fyne.CanvasObject{container.NewBorder(nil, nil, widget.NewLabel(msg.T("ui.push.portal")), nil, portal)}, top.Objects...)
	}
	d = dialog.NewCustom(msg.T("ui.pending.title"), msg.T("ui.close"), container.NewBorder(top, nil, nil, nil, list), m.Window)
	showDialog(m.Window, d, fyne.NewSize(820, 520))
	portal.SetSelectedIndex(0) // loads the first portal's queue
}

func pendingMeta(p PendingPost) string {
	when := ""
	if !p.Modified.IsZero() {
		when = p.Modified.Local().Format("02/01/2006 15:04")
	}
	return msg.T("ui.pending.row", p.ID, p.Author, when)
}

// OpenPending brings post postID from the portal into the library in the background,
// showing progress per photo with a way to cancel, then opens the report and says
// what the reader should know.
func (m *MainWindow) OpenPending(portal string, postID int64) {
	p := m.svc.Portal
	if p == nil || p.Open == nil {
		return
	}
	// The post may bring a new version of the open report: the editor saves and
	// steps aside first.
	m.stepAside(msg.T("ui.pending.opening", postID, portal), func() { m.openPending(p, portal, postID) })
}

func (m *MainWindow) openPending(p *Portal, portal string, postID int64) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	d := dialog.NewCustom(msg.T("ui.pending.title"), msg.T("ui.cancel"),
		container.NewVBox(widget.NewLabel(msg.T("ui.pending.opening", postID, portal)), bar), m.Window)
	d.SetOnClosed(cancel)
	showDialog(m.Window, d, fyne.Size{})
	go func() {
		defer cancel()
		res, warnings, err := p.Open(ctx, portal, postID, func(done, total int) {
			fyne.Do(func() { bar.Max = float64(max(total, 1)); bar.SetValue(float64(done)) })
		})
		cancelled := ctx.Err() != nil && err != nil
		fyne.Do(func() {
			d.Hide()
			switch {
			case cancelled:
				m.comeBack(0)
			case err != nil:
				m.comeBack(0)
				m.inform(msg.T("ui.pending.title"), model.ErrorMessage(err))
			default:
				m.Library.Refresh()
				if res.Outcome == model.ImportConflict {
					// Changed here and on the portal since: both kept, merged part by part.
					m.merge(res.LinkedID, res.ReportID)
				} else {
					m.comeBack(res.ReportID)
				}
				if len(warnings) > 0 {
					m.inform(msg.T("ui.pending.title"), msg.T("ui.pending.warnings", "• "+strings.Join(warnings, "\n• ")))
				}
			}
		})
	}()
}
