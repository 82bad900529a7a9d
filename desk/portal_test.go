package desk_test

import (
	"context"
	"strings"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
)

// TestOpenPost: a post that came in but whose place on the portal was not
// recorded opens with a warning, in both front ends; one that did not come in is
// an error, its detail logged.
func TestOpenPost(t *testing.T) {
	ctx := context.Background()
	w := newWorld(nil)
	notRecorded := model.Errorf(model.EINTERNAL, "sqlite.busy")
	var opened *model.OpenResult
	var openErr error
	w.desk.Connect = func(ctx context.Context, p *model.Portal) (model.PortalClient, error) {
		return &mock.PortalClient{OpenPostFn: func(ctx context.Context, id int64, portal string, progress func(int, int)) (*model.OpenResult, error) {
			if portal != "cong" || id != 412 {
				t.Errorf("opened post %d on %q", id, portal)
			}
			return opened, openErr
		}}, nil
	}
	opened, openErr = &model.OpenResult{ReportID: 5, Outcome: model.ImportCreated}, notRecorded
	res, err := w.desk.OpenPost(ctx, "cong", 412, nil)
	if err != nil || res.ReportID != 5 || len(res.Warnings) != 1 || res.Warnings[0] != model.ErrorMessage(notRecorded) {
		t.Errorf("got %+v, %v; want the report with a warning", res, err)
	}
	opened, openErr = nil, model.Errorf(model.EUNAVAILABLE, "wordpress.unreachable")
	if _, err := w.desk.OpenPost(ctx, "cong", 412, nil); model.ErrorCode(err) != model.EUNAVAILABLE {
		t.Errorf("got %v, want the portal out of reach", err)
	}
	if len(w.logged) != 2 {
		t.Errorf("logged %v, want both details", w.logged)
	}
	if _, err := w.desk.OpenPost(ctx, "khong-co", 412, nil); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("got %v for an unknown profile, want ENOTFOUND", err)
	}
}

// TestWhere: where a report stands names each portal it went to; the window's
// footer and list show it.
func TestWhere(t *testing.T) {
	d := &desk.Desk{Portals: &mock.PortalService{
		FindPushStatesFn: func(ctx context.Context, id int64) ([]model.PushState, error) {
			return []model.PushState{{ReportID: id, Portal: "cong", PostID: 7, PostStatus: model.PostPending},
				{ReportID: id, Portal: "so", Waiting: true}}, nil
		},
		FindPortalsFn: func(ctx context.Context) ([]model.Portal, error) {
			return []model.Portal{{Name: "cong"}, {Name: "so"}}, nil
		},
	}}
	where, err := d.Where(context.Background(), 3)
	if err != nil || !strings.HasPrefix(where, "cong: ") || !strings.Contains(where, " · so: ") {
		t.Errorf("got %q, %v; want both portals named", where, err)
	}
	if names, _ := d.PortalNames(context.Background()); strings.Join(names, ",") != "cong,so" {
		t.Errorf("got profiles %q", names)
	}
}
