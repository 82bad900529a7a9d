package ui_test

import (
	"context"
	"strings"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
	"newsdesk/ui"
)

// TestUseDeskPush: the window's push goes through the use cases: an unapproved
// report the reporter confirmed goes out, a portal out of reach puts it in the
// queue, and an editor's queue of pending posts comes back in order with its
// times.
func TestUseDeskPush(t *testing.T) {
	ctx := context.Background()
	r := model.NewReport("Hội nghị tổng kết")
	r.ID, r.Status = 1, model.StatusDraft
	states := map[int64]*model.PushState{}
	var down bool
	client := &mock.PortalClient{
		PushFn: func(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(int, int)) (*model.PushResult, error) {
			if down {
				return nil, &model.Error{Code: model.EUNAVAILABLE, Message: "Không kết nối được cổng."}
			}
			return &model.PushResult{Sent: r.Clone(), State: &model.PushState{ReportID: r.ID, Portal: portal, PostID: 7,
				PostStatus: opt.Status, Link: "https://cong.example.vn/?p=7"}}, nil
		},
		PendingPostsFn: func(ctx context.Context) ([]model.PendingPost, error) {
			return []model.PendingPost{{ID: 9, Author: "Minh Khôi", Headline: "Bài chờ duyệt", ModifiedGMT: "2026-01-08T09:30:00"}}, nil
		},
	}
	d := &desk.Desk{
		Reports:   &mock.ReportService{FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) { return r.Clone(), nil }},
		Revisions: &mock.RevisionService{RecordHandOffFn: func(context.Context, int64, string, *model.Report, string, model.Channel) error { return nil }},
		Settings:  &mock.SettingService{SettingFn: func(ctx context.Context, key string) (string, error) { return "", nil }},
		Portals: &mock.PortalService{
			FindPortalByNameFn: func(ctx context.Context, name string) (*model.Portal, error) {
				return &model.Portal{Name: name, URL: "https://cong.example.vn", User: "phongvien"}, nil
			},
			FindPushStateFn: func(ctx context.Context, id int64, portal string) (*model.PushState, error) { return states[id], nil },
			SavePushStateFn: func(ctx context.Context, st *model.PushState) error {
				c := *st
				states[st.ReportID] = &c
				return nil
			},
		},
		Connect: func(ctx context.Context, p *model.Portal) (model.PortalClient, error) { return client, nil },
	}
	var svc ui.Services
	svc.UseDesk(d, "")

	got, err := svc.Portal.Push(ctx, 1, "cong", model.PostPublish, false, nil)
	if err != nil || got.Queued || got.Link != "https://cong.example.vn/?p=7" || got.Where == "" {
		t.Fatalf("a confirmed publish of a draft: %+v, %v; want it sent, with its link and where it stands", got, err)
	}
	down = true
	got, err = svc.Portal.Push(ctx, 1, "cong", model.PostPending, false, nil)
	if err != nil || !got.Queued || !states[1].Waiting {
		t.Fatalf("a portal out of reach: %+v, %v, waiting %v; want the push queued", got, err, states[1].Waiting)
	}
	posts, err := svc.Portal.Pending(ctx, "cong")
	if err != nil || len(posts) != 1 || posts[0].ID != 9 || !strings.Contains(posts[0].Modified.String(), "2026-01-08 09:30:00") {
		t.Errorf("pending posts: %+v, %v", posts, err)
	}
}
