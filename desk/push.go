package desk

import (
	"context"
	"errors"
	"time"

	"newsdesk/model"
)

// ErrConfirm is what Push returns when publishing the report needs the user's
// say-so (it is not approved and the library's setting asks): the window asks,
// the command line wants --unapproved; then PushRequest.Unapproved is set.
var ErrConfirm = errors.New("publishing an unapproved report needs confirming")

// PushRequest is what the user asked for.
type PushRequest struct {
	ReportID int64
	Portal   string
	model.PushOptions
	// Unapproved confirms publishing a report not approved, where the library's
	// setting lets the user decide (model.PublishAsk).
	Unapproved bool
	// Progress, when set, is told of each photo done.
	Progress func(done, total int)
	// QueueOffline puts the push in the offline queue when the portal cannot be
	// reached (PushOrQueue).
	QueueOffline bool
}

// Push sends a report to a portal and records where it stands. Publishing follows
// the publish policy (model.Status.PublishGate with the library's setting): refused,
// it is an EUNAUTHORIZED error; to be confirmed, ErrConfirm. The report's status
// follows the portal — sent for review, or published — and the library takes it,
// and keeps what went out in the history, only once the push went through: the
// point a later merge compares both sides against. A push that fails changes
// nothing here; the portal's detail goes to the log.
func (d *Desk) Push(ctx context.Context, req PushRequest) (*model.PushResult, error) {
	r, err := d.pushable(ctx, req)
	if err != nil {
		return nil, err
	}
	p, client, err := d.client(ctx, req.Portal)
	if err != nil {
		return nil, err
	}
	return d.push(ctx, r, p, client, req)
}

// pushable reads the report a push asks for and applies the publish policy.
func (d *Desk) pushable(ctx context.Context, req PushRequest) (*model.Report, error) {
	r, err := d.report(ctx, req.ReportID)
	if err != nil {
		return nil, err
	}
	if req.Status == model.PostPublish {
		setting, err := d.Settings.Setting(ctx, model.SettingUnapproved)
		if err != nil {
			return nil, err
		}
		switch r.Status.PublishGate(req.Status, setting) {
		case model.PublishRefused:
			return nil, model.Errorf(model.EUNAUTHORIZED, "desk.push.unapproved.refused", r.Status.Label())
		case model.PublishAsk:
			if !req.Unapproved {
				return nil, ErrConfirm
			}
		}
	}
	return r, nil
}

// push sends report r with the client already connected for profile p.
func (d *Desk) push(ctx context.Context, r *model.Report, p *model.Portal, client model.PortalClient, req PushRequest) (*model.PushResult, error) {
	prev, err := d.Portals.FindPushState(ctx, r.ID, p.Name)
	if err != nil {
		return nil, err
	}
	author, _ := d.Settings.Setting(ctx, model.SettingReporter)
	if author == "" {
		author = p.User
	}
	res, err := client.Push(ctx, r, prev, p.Name, req.PushOptions, req.Progress)
	if err != nil {
		d.log(err)
		return nil, err
	}
	if err := d.Revisions.RecordHandOff(context.WithoutCancel(ctx), r.ID, r.Rev, res.Sent, author, model.ChannelPortal); err != nil {
		return nil, err
	}
	return res, nil
}

// PushOrQueue is Push, except that with req.QueueOffline a portal out of reach
// (an EUNAVAILABLE error) puts the push in the offline queue, to go out when the
// portal answers again: queued is then true and err says why the portal could
// not be reached. The window always asks for it; the command line with --queue.
func (d *Desk) PushOrQueue(ctx context.Context, req PushRequest) (res *model.PushResult, queued bool, err error) {
	res, err = d.Push(ctx, req)
	if model.ErrorCode(err) != model.EUNAVAILABLE || !req.QueueOffline {
		return res, false, err
	}
	if qerr := d.Queue(context.WithoutCancel(ctx), req); qerr != nil {
		return nil, false, qerr
	}
	return nil, true, err
}

// Queue records a push the portal could not take now, to be sent by SendQueued
// (the window's queue round, `newsdesk push --queued`).
func (d *Desk) Queue(ctx context.Context, req PushRequest) error {
	st, err := d.Portals.FindPushState(ctx, req.ReportID, req.Portal)
	if err != nil {
		return err
	}
	if st == nil {
		st = &model.PushState{ReportID: req.ReportID, Portal: req.Portal}
	}
	st.Waiting, st.QueuedAt, st.WantStatus, st.TextOnly, st.Failure = true, time.Now().UTC(), req.Status, req.TextOnly, ""
	return d.Portals.SavePushState(ctx, st)
}

// QueueRound is how the caller takes part in a round of queued pushes.
type QueueRound struct {
	// Around, when set, is called before a waiting report is sent, and what it
	// returns once the push is over: the window takes its editor off that report
	// meanwhile.
	Around func(reportID int64) (after func())
	// Progress, when set, is told of each photo done of the push under way.
	Progress func(done, total int)
	// Sent, when set, is told of each push that went through.
	Sent func(st model.PushState, res *model.PushResult, took time.Duration)
	// Failed, when set, is told of each push that did not go through, in words
	// (model.ErrorMessage).
	Failed func(st model.PushState, err error)
	// Refused, when set, is told of each push the portal refused that nobody has
	// settled yet (st.Failure says why).
	Refused func(st model.PushState)
}

// SendQueued sends the pushes that wait, oldest first; those the portal still
// cannot take keep waiting, those it refuses (model.RefusedByPortal) leave the
// queue with the reason kept where the report stands. Refused pushes stay in sight
// until a push settles them. It returns how many pushes were waiting, and fails
// when any push failed or a refusal is unsettled.
func (d *Desk) SendQueued(ctx context.Context, round QueueRound) (waiting int, err error) {
	around := round.Around
	if around == nil {
		around = func(int64) func() { return func() {} }
	}
	list, err := d.Portals.FindWaitingPushes(ctx)
	if err != nil {
		return 0, err
	}
	var failed error
	fail := func(w model.PushState, err error) {
		failed = err
		if round.Failed != nil {
			round.Failed(w, err)
		}
	}
	for _, w := range list {
		// No password here (a locked keyring, a script without the variable) is a
		// problem of this computer: the push waits, and says why; the editor is
		// not stepped aside for nothing.
		p, client, err := d.client(ctx, w.Portal)
		if err != nil {
			fail(w, err)
			continue
		}
		req := PushRequest{ReportID: w.ReportID, Portal: w.Portal, Unapproved: true, Progress: round.Progress,
			PushOptions: model.PushOptions{Status: w.WantStatus, TextOnly: w.TextOnly}}
		after := around(w.ReportID)
		start := time.Now()
		r, err := d.pushable(ctx, req)
		var res *model.PushResult
		if err == nil {
			res, err = d.push(ctx, r, p, client, req)
		}
		after()
		if err == nil {
			if round.Sent != nil {
				round.Sent(w, res, time.Since(start))
			}
			continue
		}
		fail(w, err)
		if !model.RefusedByPortal(err) || ctx.Err() != nil {
			continue // out of reach, or a problem here: it waits for the next try
		}
		// Refused: trying again would be refused again. It leaves the queue, saying
		// why, where the report stands.
		st, ferr := d.Portals.FindPushState(context.WithoutCancel(ctx), w.ReportID, w.Portal)
		if ferr != nil || st == nil {
			continue
		}
		st.Waiting, st.Failure = false, model.ErrorMessage(err)
		d.log(d.Portals.SavePushState(context.WithoutCancel(ctx), st))
	}
	refused, err := d.Portals.FindRefusedPushes(ctx)
	if err != nil {
		return len(list), err
	}
	for _, st := range refused {
		if round.Refused != nil {
			round.Refused(st)
		}
		if failed == nil {
			failed = model.Errorf(model.ECONFLICT, "desk.push.queued.unsettled", len(refused))
		}
	}
	return len(list), failed
}
