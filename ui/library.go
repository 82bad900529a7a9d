package ui

import (
	"context"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// searchDelay is how long the search box waits after the last key before searching,
// so typing a word runs one search, not one per letter.
const searchDelay = 150 * time.Millisecond

// Library is the window's list of reports: newest change first, with a search box
// that finds as the reporter types.
type Library struct {
	reports model.ReportService

	Search *textfield.Entry
	// Filter picks the reports by status: the role's view first when there is one
	// (SetView), then every report, then each status.
	Filter *widget.Select
	List   *widget.List
	Status *widget.Label

	// total is how many reports the library holds, counted when a view that
	// hides some has loaded (-1: not known).
	total int

	// OnLoaded is called on the UI thread each time the list has loaded.
	OnLoaded func(items []model.ReportSummary)
	// Where, when set, says where reports stand on the portal, shown in their rows;
	// it runs off the UI thread for the reports the list shows first.
	Where func(ctx context.Context, ids []int64) map[int64]string

	view []model.Status // the role's start view; nil: none

	mu    sync.Mutex
	items []model.ReportSummary
	where map[int64]string // report → where it stands on the portal
	timer *time.Timer
	seq   int
}

// NewLibrary builds the report list on the given service; Refresh loads it. The
// search box types Vietnamese with the shared typing switch (nil: Telex).
func NewLibrary(reports model.ReportService, typing *textfield.Typing) *Library {
	l := &Library{reports: reports}
	if typing == nil {
		typing = textfield.NewTyping(textfield.Telex)
	}
	l.Search = textfield.NewEntry(typing)
	l.Search.SetPlaceHolder(msg.T("ui.search.placeholder"))
	l.Search.OnChanged = func(string) { l.scheduleRefresh() }
	l.Filter = widget.NewSelect(filterChoices(""), nil)
	fitChoices(l.Filter)
	l.Filter.SetSelectedIndex(0)
	l.Filter.OnChanged = func(string) { l.Refresh() }
	l.Status = widget.NewLabel("")
	l.Status.Truncation = fyne.TextTruncateEllipsis // a long view name never widens the list
	l.List = widget.NewList(
		func() int { l.mu.Lock(); defer l.mu.Unlock(); return len(l.items) },
		func() fyne.CanvasObject {
			// Two lines: the headline, then where the report stands (its status, last
			// change, place on the portal), each cut to the pane's width.
			headline := widget.NewLabel("")
			headline.Truncation = fyne.TextTruncateEllipsis
			headline.TextStyle = fyne.TextStyle{Bold: true}
			state := widget.NewLabel("")
			state.Truncation = fyne.TextTruncateEllipsis
			state.SizeName = theme.SizeNameCaptionText
			return container.New(layout.NewCustomPaddedVBoxLayout(0), headline, state)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l.mu.Lock()
			if i >= len(l.items) {
				l.mu.Unlock()
				return
			}
			r := l.items[i]
			portal := l.where[r.ID]
			l.mu.Unlock()
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(r.Headline)
			state := r.Status.Label() + " · " + r.UpdatedAt.Local().Format("02/01/2006 15:04")
			if portal != "" {
				state += " · " + portal
			}
			row.Objects[1].(*widget.Label).SetText(state)
		},
	)
	return l
}

// filterChoices are the filter's choices: the view named first when there is one,
// then every report, then each status.
func filterChoices(view string) []string {
	var choices []string
	if view != "" {
		choices = append(choices, view)
	}
	choices = append(choices, msg.T("ui.filter.all"))
	for _, s := range model.Statuses {
		choices = append(choices, s.Label())
	}
	return choices
}

// fitChoices makes the select wide enough to show its longest choice whole: a
// select is as wide as its placeholder text, which shows only while nothing is
// chosen ("Hàng chờ …", "Mọi trạng t…" before).
func fitChoices(s *widget.Select) {
	longest := ""
	for _, o := range s.Options {
		if len([]rune(o)) > len([]rune(longest)) {
			longest = o
		}
	}
	s.PlaceHolder = longest
}

// SetView makes the list start on a view of the reports in those statuses, offered
// first in the filter under that name, and shows it.
func (l *Library) SetView(name string, statuses []model.Status) {
	l.view = append([]model.Status(nil), statuses...)
	l.Filter.OnChanged = nil
	l.Filter.SetOptions(filterChoices(name))
	fitChoices(l.Filter)
	l.Filter.SetSelectedIndex(0)
	l.Filter.OnChanged = func(string) { l.Refresh() }
	l.Refresh()
}

// filter is the report filter the Filter's choice stands for.
func (l *Library) filter() model.ReportFilter {
	i := l.Filter.SelectedIndex()
	if l.view != nil {
		if i <= 0 {
			return model.ReportFilter{Statuses: l.view}
		}
		i--
	}
	if i > 0 && i <= len(model.Statuses) {
		return model.ReportFilter{Status: &model.Statuses[i-1]}
	}
	return model.ReportFilter{}
}

// filtered reports whether the list shows a view of the library, not all of it.
func (l *Library) filtered() bool {
	f := l.filter()
	return f.Status != nil || len(f.Statuses) > 0
}

// matches says whether a report's status passes the filter.
func matches(f model.ReportFilter, s model.Status) bool {
	if f.Status != nil && s != *f.Status {
		return false
	}
	if len(f.Statuses) == 0 {
		return true
	}
	for _, st := range f.Statuses {
		if s == st {
			return true
		}
	}
	return false
}

// Items returns the reports the list shows, in order.
func (l *Library) Items() []model.ReportSummary {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]model.ReportSummary(nil), l.items...)
}

func (l *Library) scheduleRefresh() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.timer != nil {
		l.timer.Stop()
	}
	l.timer = time.AfterFunc(searchDelay, func() { fyne.Do(l.Refresh) })
}

// Refresh reloads the list for the current search text, off the UI thread, and shows
// the result when it arrives (a newer search wins over an older one still running).
func (l *Library) Refresh() {
	raw := l.Search.Text
	query := strings.TrimSpace(raw)
	filter := l.filter()
	l.mu.Lock()
	l.seq++
	seq := l.seq
	l.mu.Unlock()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if query != "" {
			found, err := l.reports.SearchReportsPrefix(ctx, raw, 200)
			var items []model.ReportSummary
			for _, r := range found {
				if matches(filter, r.Status) {
					items = append(items, r)
				}
			}
			fyne.Do(func() { l.show(seq, query, items, err, true) })
			return
		}
		// The whole library a page at a time: the first page shows at once, so a
		// large library is usable while the rest arrives.
		var items []model.ReportSummary
		for page := firstPage; ; page = laterPage {
			f := filter
			f.Limit, f.Offset = page, len(items)
			got, err := l.reports.FindReports(ctx, f)
			if err != nil {
				fyne.Do(func() { l.show(seq, query, items, err, true) })
				return
			}
			items = append(items, got...)
			done := len(got) < page
			total := -1
			if done && (filter.Status != nil || len(filter.Statuses) > 0) {
				if n, err := l.reports.CountReports(ctx, model.ReportFilter{}); err == nil {
					total = n
				}
			}
			shown := append([]model.ReportSummary(nil), items...)
			fyne.Do(func() {
				l.total = total
				l.show(seq, query, shown, nil, done)
			})
			if done || l.stale(seq) {
				return
			}
		}
	}()
}

// Pages of the report list: a small first one to show at once, larger ones after.
const (
	firstPage = 200
	laterPage = 2000
)

func (l *Library) stale(seq int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return seq != l.seq
}

func (l *Library) show(seq int, query string, items []model.ReportSummary, err error, complete bool) {
	l.mu.Lock()
	if seq != l.seq {
		l.mu.Unlock()
		return
	}
	if err == nil {
		l.items = items
	}
	l.mu.Unlock()
	switch {
	case err != nil:
		l.Status.SetText(model.ErrorMessage(err))
	case query != "" && len(items) == 0:
		l.Status.SetText(msg.T("ui.search.none", query))
	case query != "":
		l.Status.SetText(msg.T("ui.search.count", len(items)))
	case !complete:
		l.Status.SetText(msg.T("ui.library.loading", len(items)))
	case l.filtered() && l.total >= 0:
		// Not "in the library": the view hides the rest, which are counted apart.
		l.Status.SetText(msg.T("ui.library.count.of", len(items), l.total, l.Filter.Selected))
	case l.filtered():
		l.Status.SetText(msg.N(len(items), "ui.library.count.view", len(items), l.Filter.Selected))
	default:
		l.Status.SetText(msg.T("ui.library.count", len(items)))
	}
	l.List.Refresh()
	if err == nil && l.OnLoaded != nil {
		l.OnLoaded(items)
	}
	if err == nil && complete {
		l.loadWhere(seq, items)
	}
}

// PortalOf returns where the report stands on the portal as its row shows it.
func (l *Library) PortalOf(id int64) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.where[id]
}

// whereLimit bounds how many rows get their portal state: the ones seen first.
const whereLimit = 500

// loadWhere fetches where the listed reports stand on the portal, in the background.
func (l *Library) loadWhere(seq int, items []model.ReportSummary) {
	if l.Where == nil || len(items) == 0 {
		return
	}
	ids := make([]int64, 0, min(len(items), whereLimit))
	for _, r := range items[:min(len(items), whereLimit)] {
		ids = append(ids, r.ID)
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		where := l.Where(ctx, ids)
		fyne.Do(func() {
			if l.stale(seq) {
				return
			}
			l.mu.Lock()
			l.where = where
			l.mu.Unlock()
			l.List.Refresh()
		})
	}()
}
