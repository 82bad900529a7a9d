package desk_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
)

// world is a desk over mocks: one report per ID, a portal "cong", the settings
// given, and a publisher whose push the test decides.
type world struct {
	desk     *desk.Desk
	reports  map[int64]*model.Report
	states   map[int64]*model.PushState // by report, on "cong"
	pushed   []int64
	handOffs []string // "ID author channel"
	logged   []error
	push     func(r *model.Report) (*model.PushResult, error)
	password error // Connect's error
}

func newWorld(settings map[string]string, reports ...*model.Report) *world {
	w := &world{reports: map[int64]*model.Report{}, states: map[int64]*model.PushState{}}
	for _, r := range reports {
		w.reports[r.ID] = r
	}
	w.push = func(r *model.Report) (*model.PushResult, error) {
		sent := r.Clone()
		sent.Rev = model.NewRev()
		return &model.PushResult{Sent: sent, State: &model.PushState{ReportID: r.ID, Portal: "cong", PostID: 7, Link: "https://cong.example.vn/?p=7"}}, nil
	}
	pub := &mock.PortalClient{PushFn: func(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(int, int)) (*model.PushResult, error) {
		w.pushed = append(w.pushed, r.ID)
		return w.push(r)
	}}
	w.desk = &desk.Desk{
		Reports: &mock.ReportService{FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) {
			if r, ok := w.reports[id]; ok {
				return r.Clone(), nil
			}
			return nil, model.Errorf(model.ENOTFOUND, "sqlite.report.notfound", id)
		}},
		Revisions: &mock.RevisionService{RecordHandOffFn: func(ctx context.Context, id int64, fromRev string, sent *model.Report, author string, via model.Channel) error {
			w.handOffs = append(w.handOffs, strings.Join([]string{sent.Headline, author, string(via)}, " · "))
			return nil
		}},
		Settings: &mock.SettingService{SettingFn: func(ctx context.Context, key string) (string, error) { return settings[key], nil }},
		Portals: &mock.PortalService{
			FindPortalByNameFn: func(ctx context.Context, name string) (*model.Portal, error) {
				if name != "cong" {
					return nil, model.Errorf(model.ENOTFOUND, "sqlite.portal.notfound", name)
				}
				return &model.Portal{Name: "cong", URL: "https://cong.example.vn", User: "phongvien"}, nil
			},
			FindPushStateFn: func(ctx context.Context, id int64, portal string) (*model.PushState, error) {
				if st, ok := w.states[id]; ok {
					c := *st
					return &c, nil
				}
				return nil, nil
			},
			SavePushStateFn: func(ctx context.Context, st *model.PushState) error {
				c := *st
				w.states[st.ReportID] = &c
				return nil
			},
			FindWaitingPushesFn: func(ctx context.Context) ([]model.PushState, error) {
				var out []model.PushState
				for id := int64(1); id <= int64(len(w.reports)); id++ {
					if st, ok := w.states[id]; ok && st.Waiting {
						out = append(out, *st)
					}
				}
				return out, nil
			},
			FindRefusedPushesFn: func(ctx context.Context) ([]model.PushState, error) {
				var out []model.PushState
				for id := int64(1); id <= int64(len(w.reports)); id++ {
					if st, ok := w.states[id]; ok && st.Failure != "" && !st.Waiting {
						out = append(out, *st)
					}
				}
				return out, nil
			},
		},
		Connect: func(ctx context.Context, p *model.Portal) (model.PortalClient, error) {
			if w.password != nil {
				return nil, w.password
			}
			return pub, nil
		},
		Log: func(err error) { w.logged = append(w.logged, err) },
	}
	return w
}

func report(id int64, headline string, status model.Status) *model.Report {
	r := model.NewReport(headline)
	r.ID, r.Status, r.Rev = id, status, model.NewRev()
	return r
}

// TestPublishGate: publishing follows the library's rule, whichever front end asks.
// An approved report goes; an unapproved one needs a confirmation where the
// setting asks, and is refused where it refuses, the portal never reached.
func TestPublishGate(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name      string
		status    model.Status
		setting   string
		confirmed bool
		want      string // "pushed", "confirm", "refused"
	}{
		{"Approved", model.StatusApproved, "refuse", false, "pushed"},
		{"AskUnconfirmed", model.StatusReview, "ask", false, "confirm"},
		{"AskDefault", model.StatusDraft, "", false, "confirm"},
		{"AskConfirmed", model.StatusReview, "ask", true, "pushed"},
		{"Refused", model.StatusReview, "refuse", true, "refused"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(map[string]string{model.SettingUnapproved: c.setting}, report(1, "Hội nghị tổng kết", c.status))
			_, err := w.desk.Push(ctx, desk.PushRequest{ReportID: 1, Portal: "cong", Unapproved: c.confirmed,
				PushOptions: model.PushOptions{Status: model.PostPublish}})
			got := "pushed"
			switch {
			case errors.Is(err, desk.ErrConfirm):
				got = "confirm"
			case model.ErrorCode(err) == model.EUNAUTHORIZED:
				got = "refused"
			case err != nil:
				t.Fatal(err)
			}
			if got != c.want || (len(w.pushed) == 1) != (c.want == "pushed") {
				t.Errorf("got %s with %d pushes, want %s", got, len(w.pushed), c.want)
			}
		})
	}
	// Not publishing: no gate.
	w := newWorld(map[string]string{model.SettingUnapproved: "refuse"}, report(1, "Hội nghị", model.StatusDraft))
	if _, err := w.desk.Push(ctx, desk.PushRequest{ReportID: 1, Portal: "cong", PushOptions: model.PushOptions{Status: model.PostPending}}); err != nil || len(w.pushed) != 1 {
		t.Errorf("a pending push: %v, %d pushes; want it sent", err, len(w.pushed))
	}
}

// TestPushRecordsTheHandOff: the library takes what went out only once the push
// went through, in the reporter's name (the portal account's without one); a push
// that fails records nothing and logs the portal's detail.
func TestPushRecordsTheHandOff(t *testing.T) {
	ctx := context.Background()
	w := newWorld(map[string]string{model.SettingReporter: "Thanh Hà"}, report(1, "Hội nghị tổng kết", model.StatusDraft))
	res, err := w.desk.Push(ctx, desk.PushRequest{ReportID: 1, Portal: "cong"})
	if err != nil || res.State.Link == "" {
		t.Fatalf("got %+v, %v", res, err)
	}
	if len(w.handOffs) != 1 || w.handOffs[0] != "Hội nghị tổng kết · Thanh Hà · portal" {
		t.Errorf("hand-offs %q, want the report sent to the portal in the reporter's name", w.handOffs)
	}

	w = newWorld(nil, report(1, "Hội nghị tổng kết", model.StatusDraft))
	if _, err := w.desk.Push(ctx, desk.PushRequest{ReportID: 1, Portal: "cong"}); err != nil {
		t.Fatal(err)
	}
	if len(w.handOffs) != 1 || !strings.HasSuffix(w.handOffs[0], "phongvien · portal") {
		t.Errorf("hand-offs %q, want the account's name without a reporter's", w.handOffs)
	}

	w = newWorld(nil, report(1, "Hội nghị tổng kết", model.StatusDraft))
	down := model.Errorf(model.EUNAVAILABLE, "wordpress.unreachable")
	w.push = func(*model.Report) (*model.PushResult, error) { return nil, down }
	if _, err := w.desk.Push(ctx, desk.PushRequest{ReportID: 1, Portal: "cong"}); !errors.Is(err, down) {
		t.Errorf("got %v, want the portal's error", err)
	}
	if len(w.handOffs) != 0 || len(w.logged) != 1 {
		t.Errorf("hand-offs %q, logged %v; want nothing recorded, the detail logged", w.handOffs, w.logged)
	}
}

// TestSendQueued: a round of queued pushes sends what the portal takes, keeps
// waiting what it cannot reach, takes out of the queue what it refuses (with the
// reason, in sight until settled), and never steps the window's editor aside for
// a push that cannot start (no password).
func TestSendQueued(t *testing.T) {
	ctx := context.Background()
	w := newWorld(nil,
		report(1, "Bài gửi được", model.StatusDraft),
		report(2, "Bài cổng không tới", model.StatusDraft),
		report(3, "Bài cổng từ chối", model.StatusDraft))
	for id := int64(1); id <= 3; id++ {
		if err := w.desk.Queue(ctx, desk.PushRequest{ReportID: id, Portal: "cong"}); err != nil {
			t.Fatal(err)
		}
	}
	w.push = func(r *model.Report) (*model.PushResult, error) {
		switch r.ID {
		case 2:
			return nil, model.Errorf(model.EUNAVAILABLE, "wordpress.unreachable")
		case 3:
			return nil, model.Errorf(model.ECONFLICT, "wordpress.conflict")
		}
		sent := r.Clone()
		st := &model.PushState{ReportID: r.ID, Portal: "cong", PostID: 9}
		w.states[r.ID] = st // the push's own Save: no longer waiting
		return &model.PushResult{Sent: sent, State: st}, nil
	}
	var aside, sent, failed, refused []int64
	round := desk.QueueRound{
		Around: func(id int64) func() {
			aside = append(aside, id)
			return func() {}
		},
		Sent:    func(st model.PushState, res *model.PushResult, took time.Duration) { sent = append(sent, st.ReportID) },
		Failed:  func(st model.PushState, err error) { failed = append(failed, st.ReportID) },
		Refused: func(st model.PushState) { refused = append(refused, st.ReportID) },
	}
	n, err := w.desk.SendQueued(ctx, round)
	if n != 3 || model.ErrorCode(err) == "" {
		t.Errorf("got %d waiting, %v; want 3 and a failure", n, err)
	}
	if len(aside) != 3 || len(sent) != 1 || sent[0] != 1 || len(failed) != 2 || len(refused) != 1 || refused[0] != 3 {
		t.Errorf("aside %v sent %v failed %v refused %v", aside, sent, failed, refused)
	}
	if st := w.states[2]; !st.Waiting {
		t.Errorf("the push out of reach left the queue: %+v", st)
	}
	if st := w.states[3]; st.Waiting || st.Failure == "" {
		t.Errorf("the refused push %+v, want out of the queue with its reason", st)
	}

	// Next round, no password on this computer: nothing stepped aside, the push
	// out of reach still waits, the refusal still in sight.
	aside, refused = nil, nil
	w.password = model.Errorf(model.EUNAUTHORIZED, "desk.portal.nopassword", "phongvien", "cong", desk.PasswordEnv)
	if _, err := w.desk.SendQueued(ctx, round); err == nil {
		t.Error("a round with no password succeeded")
	}
	if len(aside) != 0 || !w.states[2].Waiting || len(refused) != 1 {
		t.Errorf("aside %v, waiting %v, refused %v", aside, w.states[2].Waiting, refused)
	}
}

// TestPushOrQueue: a portal out of reach puts the push in the offline queue when
// asked (the window always asks, the command line with --queue), keeping the
// reason; without the ask nothing waits; a portal that answers takes the push.
func TestPushOrQueue(t *testing.T) {
	ctx := context.Background()
	down := &model.Error{Code: model.EUNAVAILABLE, Message: "Không kết nối được cổng cong."}
	for _, c := range []struct {
		name    string
		err     error
		ask     bool
		queued  bool
		waiting bool
	}{
		{"DownAsked", down, true, true, true},
		{"DownNotAsked", down, false, false, false},
		{"Refused", model.Errorf(model.EUNAUTHORIZED, "desk.push.unapproved"), true, false, false},
		{"Up", nil, true, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(nil, report(1, "Hội nghị tổng kết", model.StatusDraft))
			if c.err != nil {
				w.push = func(*model.Report) (*model.PushResult, error) { return nil, c.err }
			}
			res, queued, err := w.desk.PushOrQueue(ctx, desk.PushRequest{ReportID: 1, Portal: "cong", QueueOffline: c.ask,
				PushOptions: model.PushOptions{Status: model.PostPending}})
			if queued != c.queued {
				t.Errorf("queued %v, want %v (err %v)", queued, c.queued, err)
			}
			st := w.states[1]
			if waiting := st != nil && st.Waiting; waiting != c.waiting {
				t.Errorf("waiting in the queue: %v, want %v", waiting, c.waiting)
			}
			if c.waiting && st.WantStatus != model.PostPending {
				t.Errorf("the queued push will ask for %q, want %q", st.WantStatus, model.PostPending)
			}
			if c.err != nil && model.ErrorMessage(err) != model.ErrorMessage(c.err) {
				t.Errorf("said %q, want why: %q", model.ErrorMessage(err), model.ErrorMessage(c.err))
			}
			if c.err == nil && (err != nil || res == nil) {
				t.Errorf("a portal that answers: %v, %v", res, err)
			}
		})
	}
}
