package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"newsdesk/assets"
	"newsdesk/awardfile"
	"newsdesk/desk"
	"newsdesk/keyring"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/plaintext"
	"newsdesk/terminal"
	"newsdesk/wordpress"
)

// runPush: `newsdesk push ID --portal NAME [--status draft|pending|publish]
// [--text-only] [--overwrite] [--queue]`, or `newsdesk push --queued`.
func runPush(ctx context.Context, m *Main, a *args) error {
	if a.isSet("queued") {
		if len(a.pos) != 0 {
			return usageErr("cli.push.queued.args")
		}
		return pushQueued(ctx, m)
	}
	if len(a.pos) != 1 {
		return usageErr("cli.args.count")
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
	req := desk.PushRequest{ReportID: id, Portal: name, Unapproved: a.isSet("unapproved"), QueueOffline: a.isSet("queue"),
		PushOptions: model.PushOptions{Status: status, TextOnly: a.isSet("text-only"), Overwrite: a.isSet("overwrite")}}
	queued, err := m.push(ctx, req)
	if queued {
		m.warn(model.ErrorMessage(err))
		fmt.Fprintln(m.Stdout, msg.T("cli.push.queued", id, name))
		return nil
	}
	if errors.Is(err, desk.ErrConfirm) {
		// --unapproved is the command line's way of confirming.
		r, ferr := m.findReport(ctx, id)
		if ferr != nil {
			return ferr
		}
		return model.Errorf(model.EUNAUTHORIZED, "cli.push.unapproved", r.Status.Label())
	}
	if model.ErrorCode(err) == model.EUNAVAILABLE {
		return &model.Error{Code: model.EUNAVAILABLE, Message: model.ErrorMessage(err) + " " + msg.T("cli.push.nothingchanged")}
	}
	return err
}

// push pushes one report, or queues it (desk.PushOrQueue), showing progress on
// stderr and saying what went out.
func (m *Main) push(ctx context.Context, req desk.PushRequest) (queued bool, err error) {
	req.Progress = m.progressLine()
	start := time.Now()
	res, queued, err := m.desk().PushOrQueue(ctx, req)
	if err != nil || queued {
		return queued, err
	}
	m.sayPushed(req.TextOnly, res, time.Since(start))
	return false, nil
}

// progressLine is a line that redraws itself on a terminal (terminal.Progress).
func (m *Main) progressLine() func(done, total int) {
	return terminal.Progress(m.Stderr, func(done, total int) string { return msg.T("cli.push.progress", done, total) })
}

// sayPushed tells what a push did: its warnings and a line on stderr, the post's
// link on stdout.
func (m *Main) sayPushed(textOnly bool, res *model.PushResult, took time.Duration) {
	for _, w := range res.Warnings {
		m.warn(w)
	}
	fmt.Fprint(m.Stderr, plaintext.Pushed(res, textOnly, took))
	fmt.Fprintln(m.Stdout, res.State.Link)
}

// desk is the use cases over the library, wired to the portal, the keyring, the
// terminal and the log: one for the run, made once the library is open.
func (m *Main) desk() *desk.Desk {
	if m.theDesk == nil {
		if m.Keyring == nil {
			m.Keyring = keyring.New()
		}
		m.theDesk = &desk.Desk{Reports: m.Reports, Revisions: m.Revisions, Settings: m.Settings, Portals: m.portals(), Photos: m.Photos,
			Comments: m.Comments, ReadAwards: awardfile.Read, Sample: assets.SampleReport, WordFuncs: wordFuncs, BundleFuncs: bundleFuncs,
			PDFFuncs: pdfFuncs, Connect: m.connect, PortalSignIn: desk.PortalSignIn{CheckURL: wordpress.CheckURL, SignIn: wordpress.SignIn},
			Keyring: m.Keyring, Prompt: prompt{m}, Log: m.logDetail}
	}
	return m.theDesk
}

// connect returns the client for a portal profile, with its password.
func (m *Main) connect(ctx context.Context, p *model.Portal) (model.PortalClient, error) {
	password, err := m.desk().Password(p, false)
	if err != nil {
		return nil, err
	}
	c, err := wordpress.NewClient(p.URL, p.User, password)
	if err != nil {
		return nil, err
	}
	ps, parallel, d := m.portals(), m.pushParallel(ctx), m.desk()
	pusher := &wordpress.Pusher{Client: c, Photos: m.Photos, Parallel: parallel, Comments: m.Comments.FindAllComments,
		Lineage: d.Lineage, History: d.History,
		Save: func(ctx context.Context, st *model.PushState) error {
			return ps.SavePushState(context.WithoutCancel(ctx), st)
		},
	}
	opener := &wordpress.Opener{Client: c, Reports: m.Reports, Photos: m.Photos, Portals: ps, Parallel: parallel}
	return wordpress.PortalClient(pusher, opener), nil
}

// pushParallel is the push.parallel setting (model.PushParallel).
func (m *Main) pushParallel(ctx context.Context) int {
	v, _ := m.Settings.Setting(ctx, model.SettingPushParallel)
	return model.PushParallel(v)
}

// pushQueued sends the pushes that wait (desk.SendQueued), saying on the
// terminal what became of each.
func pushQueued(ctx context.Context, m *Main) error {
	n, err := m.desk().SendQueued(ctx, desk.QueueRound{
		Progress: m.progressLine(),
		Sent: func(st model.PushState, res *model.PushResult, took time.Duration) {
			m.sayPushed(st.TextOnly, res, took)
		},
		Failed: func(st model.PushState, err error) {
			m.warn(msg.T("cli.push.queued.failed", st.ReportID, st.Portal, model.ErrorMessage(err)))
		},
		Refused: func(st model.PushState) {
			m.warn(msg.T("cli.push.queued.refused", st.ReportID, st.Portal, st.Failure))
		},
	})
	if n == 0 && err == nil {
		fmt.Fprintln(m.Stderr, msg.T("cli.push.queued.none"))
	}
	return err
}
