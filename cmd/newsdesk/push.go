package main

import (
	"context"
	"fmt"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/wordpress"
)

// runPush: `newsdesk push ID --portal NAME [--status draft|pending|publish]
// [--text-only] [--overwrite] [--queue]`, or `newsdesk push --queued`.
func runPush(ctx context.Context, m *Main, a *args) error {
	if a.isSet("queued") {
		if len(a.pos) != 0 {
			return usageErr("cli.push.queued.args")
		}
		return pushQueued(ctx, m, nil, func(line string) { fmt.Fprintln(m.Stderr, line) })
	}
	if err := a.want(1, 1); err != nil {
		return err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return err
	}
	name, _ := a.value("portal")
	if name == "" {
		return usageErr("cli.push.portal")
	}
	// No --status: an existing post keeps its status, a new one is pending.
	status, _ := a.value("status")
	if status == model.PostPublish {
		// Approval is what allows publishing; the library's setting says whether
		// --unapproved (the command line's way of confirming) may override it.
		r, err := m.findReport(ctx, id)
		if err != nil {
			return err
		}
		setting, err := m.Settings.Setting(ctx, model.SettingUnapproved)
		if err != nil {
			return err
		}
		switch r.Status.PublishGate(status, setting) {
		case model.PublishRefused:
			return model.Errorf(model.EUNAUTHORIZED, "cli.push.unapproved.refused", r.Status.Label())
		case model.PublishAsk:
			if !a.isSet("unapproved") {
				return model.Errorf(model.EUNAUTHORIZED, "cli.push.unapproved", r.Status.Label())
			}
		}
	}
	opt := wordpress.PushOptions{Status: status, TextOnly: a.isSet("text-only"), Overwrite: a.isSet("overwrite")}
	err = m.push(ctx, id, name, opt)
	if model.ErrorCode(err) == model.EUNAVAILABLE {
		if a.isSet("queue") {
			return m.queuePush(ctx, id, name, opt, err)
		}
		return &model.Error{Code: model.EUNAVAILABLE, Message: model.ErrorMessage(err) + " " + msg.T("cli.push.nothingchanged")}
	}
	return err
}

// push pushes one report and records where it stands, showing progress on stderr.
func (m *Main) push(ctx context.Context, id int64, portalName string, opt wordpress.PushOptions) error {
	// A line that redraws itself is for a person at a terminal; a log or a
	// script's pipe gets none.
	var progress func(done, total int)
	if isTerminal(m.Stderr) {
		progress = func(done, total int) {
			fmt.Fprintf(m.Stderr, "\r%s", msg.T("cli.push.progress", done, total))
			if done == total {
				fmt.Fprintln(m.Stderr)
			}
		}
	}
	start := time.Now()
	res, err := m.pushWith(ctx, id, portalName, opt, progress)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(m.Stderr, "newsdesk: "+w)
	}
	st := res.State
	took := time.Since(start).Round(10 * time.Millisecond).Seconds()
	if res.Unchanged {
		fmt.Fprintln(m.Stderr, msg.T("cli.push.done.unchanged", st.Where(), took))
	} else {
		kept := len(res.Sent.Photos()) - res.Uploaded
		if opt.TextOnly {
			kept = 0
		}
		fmt.Fprintln(m.Stderr, msg.T("cli.push.done", st.Where(), msg.N(res.Uploaded, "cli.push.uploaded", res.Uploaded),
			msg.N(kept, "cli.push.unchanged", kept), took))
	}
	fmt.Fprintln(m.Stdout, st.Link)
	return nil
}

// pushWith pushes one report and records where it stands, with progress reported
// to the caller (a terminal's line, the window's bar); what the push did is for the
// caller to say.
func (m *Main) pushWith(ctx context.Context, id int64, portalName string, opt wordpress.PushOptions, progress func(done, total int)) (*wordpress.PushResult, error) {
	r, err := m.findReport(ctx, id)
	if err != nil {
		return nil, err
	}
	ps := m.portals()
	p, err := ps.FindPortalByName(ctx, portalName)
	if err != nil {
		return nil, err
	}
	prev, err := ps.FindPushState(ctx, id, p.Name)
	if err != nil {
		return nil, err
	}
	password, err := m.portalPassword(p, false)
	if err != nil {
		return nil, err
	}
	c, err := wordpress.NewClient(p.URL, p.User, password)
	if err != nil {
		return nil, err
	}
	parallel := m.pushParallel(ctx)
	pusher := &wordpress.Pusher{Client: c, Photos: m.Photos, Parallel: parallel, Comments: m.Comments.FindAllComments, Lineage: m.lineage, History: m.history,
		Save: func(ctx context.Context, st *model.PushState) error {
			return ps.SavePushState(context.WithoutCancel(ctx), st)
		},
		Progress: progress,
	}
	// The report's own status follows the portal — sent for review, or published.
	// The post carries the report as it will then be, with the Rev it will have
	// (res.Sent); the library takes both only once the push went through, and
	// keeps what went out in the history: the point a later merge compares both
	// sides against. A push that fails changes nothing here.
	author, _ := m.Settings.Setting(ctx, model.SettingReporter)
	if author == "" {
		author = p.User
	}
	res, err := pusher.Push(ctx, r, prev, p.Name, opt)
	if err != nil {
		m.logDetail(err)
		return nil, err
	}
	if err := m.Revisions.RecordHandOff(context.WithoutCancel(ctx), r.ID, r.Rev, res.Sent, author, model.ChannelPortal); err != nil {
		return nil, err
	}
	return res, nil
}

// pushParallel is the push.parallel setting (model.PushParallel).
func (m *Main) pushParallel(ctx context.Context) int {
	v, _ := m.Settings.Setting(ctx, model.SettingPushParallel)
	return model.PushParallel(v)
}

// refusedByPortal reports whether err refuses the push for good (a post changed
// there, a right the account lacks, content the portal will not take): trying
// again would be refused again. An unreachable portal and errors of this
// computer (the library) are not; the password is looked up before pushing.
func refusedByPortal(err error) bool {
	switch model.ErrorCode(err) {
	case model.ECONFLICT, model.EUNAUTHORIZED, model.EINVALID:
		return true
	}
	return false
}

// queuePush records a push the portal could not take now, to be sent by
// `newsdesk push --queued`.
func (m *Main) queuePush(ctx context.Context, id int64, portalName string, opt wordpress.PushOptions, cause error) error {
	ps := m.portals()
	st, err := ps.FindPushState(ctx, id, portalName)
	if err != nil {
		return err
	}
	if st == nil {
		st = &model.PushState{ReportID: id, Portal: portalName}
	}
	st.Waiting, st.QueuedAt, st.WantStatus, st.TextOnly, st.Failure = true, time.Now().UTC(), opt.Status, opt.TextOnly, ""
	if err := ps.SavePushState(ctx, st); err != nil {
		return err
	}
	if cause != nil {
		fmt.Fprintln(m.Stderr, "newsdesk: "+model.ErrorMessage(cause))
	}
	fmt.Fprintln(m.Stdout, msg.T("cli.push.queued", id, portalName))
	return nil
}

// pushQueued sends the pushes that wait; those the portal still cannot take keep
// waiting. It fails when any push failed. around, when set, is called before a
// waiting report is sent, and what it returns once the push is over: the window
// takes its editor off that report meanwhile. say receives the lines that tell
// what happened (the command line prints them; the window shows where each
// report stands instead).
func pushQueued(ctx context.Context, m *Main, around func(reportID int64) (after func()), say func(line string)) error {
	if around == nil {
		around = func(int64) func() { return func() {} }
	}
	waiting, err := m.portals().FindWaitingPushes(ctx)
	if err != nil {
		return err
	}
	var failed error
	for _, w := range waiting {
		// No password here (a locked keyring, a script without the variable) is a
		// problem of this computer: the push waits, and says why.
		if p, err := m.portals().FindPortalByName(ctx, w.Portal); err == nil {
			if _, err := m.portalPassword(p, false); err != nil {
				say("newsdesk: " + msg.T("cli.push.queued.failed", w.ReportID, w.Portal, model.ErrorMessage(err)))
				failed = err
				continue
			}
		}
		after := around(w.ReportID)
		err := m.push(ctx, w.ReportID, w.Portal, wordpress.PushOptions{Status: w.WantStatus, TextOnly: w.TextOnly})
		after()
		if err == nil {
			continue
		}
		say("newsdesk: " + msg.T("cli.push.queued.failed", w.ReportID, w.Portal, model.ErrorMessage(err)))
		failed = err
		if !refusedByPortal(err) || ctx.Err() != nil {
			continue // out of reach, or a problem here (no password…): it waits for the next try
		}
		// Refused: trying again would be refused again. It leaves the queue, saying
		// why, where the report stands.
		ps := m.portals()
		st, ferr := ps.FindPushState(context.WithoutCancel(ctx), w.ReportID, w.Portal)
		if ferr != nil || st == nil {
			continue
		}
		st.Waiting, st.Failure = false, model.ErrorMessage(err)
		if serr := ps.SavePushState(context.WithoutCancel(ctx), st); serr != nil {
			m.logDetail(serr)
		}
	}
	// Refused pushes stay in sight until someone settles them (a push that goes
	// through clears the refusal).
	refused, err := m.portals().FindRefusedPushes(ctx)
	if err != nil {
		return err
	}
	for _, st := range refused {
		say("newsdesk: " + msg.T("cli.push.queued.refused", st.ReportID, st.Portal, st.Failure))
		if failed == nil {
			failed = model.Errorf(model.ECONFLICT, "cli.push.queued.unsettled", len(refused))
		}
	}
	if len(waiting) == 0 && len(refused) == 0 {
		say(msg.T("cli.push.queued.none"))
	}
	return failed
}
