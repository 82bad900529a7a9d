package ui_test

import (
	"context"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"newsdesk/model"
	"newsdesk/ui"
)

// fakePortal records what the window asks of the portal side.
type fakePortal struct {
	mu       sync.Mutex
	pushErr  error
	pushed   []int64
	queued   []int64
	where    string
	progress bool
}

func (f *fakePortal) portal() *ui.Portal {
	return &ui.Portal{
		Profiles: func(context.Context) ([]string, error) { return []string{"cong"}, nil },
		Push: func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(int, int)) error {
			progress(1, 2)
			progress(2, 2)
			f.mu.Lock()
			defer f.mu.Unlock()
			f.pushed = append(f.pushed, id)
			f.progress = true
			if f.pushErr == nil {
				f.where = "chờ duyệt"
			}
			return f.pushErr
		},
		Queue: func(ctx context.Context, id int64, portal, status string) error {
			f.mu.Lock()
			defer f.mu.Unlock()
			f.queued = append(f.queued, id)
			f.where = "đang chờ gửi"
			return nil
		},
		SendQueued: func(context.Context) error { return nil },
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
	test.NewTempApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	lib.CreateReport(nil, r)
	f := &fakePortal{}
	m := ui.NewMainWindow(test.NewTempApp(t), ui.Services{Reports: lib, Photos: lib, Portal: f.portal()}, "library.sqlite")
	eventually(t, func() bool { return m.Editor != nil })
	m.PushTo("cong", model.PostPending)
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Portal.Text == "cong: chờ duyệt" })
	eventually(t, func() bool { return m.Library.PortalOf(r.ID) == "cong: chờ duyệt" }) // and the list
	if len(f.pushed) != 1 || f.pushed[0] != r.ID {
		t.Errorf("pushed %v, want the open report", f.pushed)
	}
}

func TestPushWaitsWhenThePortalIsDown(t *testing.T) {
	test.NewTempApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	lib.CreateReport(nil, r)
	f := &fakePortal{pushErr: &model.Error{Code: model.EUNAVAILABLE, Message: "không kết nối được"}}
	m := ui.NewMainWindow(test.NewTempApp(t), ui.Services{Reports: lib, Photos: lib, Portal: f.portal()}, "library.sqlite")
	eventually(t, func() bool { return m.Editor != nil })
	m.PushTo("cong", model.PostPending)
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.queued) == 1 })
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Portal.Text == "cong: đang chờ gửi" })
}
