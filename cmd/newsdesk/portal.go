package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
	"newsdesk/plaintext"
	"newsdesk/sqlite"
	"newsdesk/terminal"
	"newsdesk/wordpress"
)

func (m *Main) portals() *sqlite.PortalService { return sqlite.NewPortalService(m.db) }

// prompt is the person at the command line, as the use cases ask and tell
// them (desk.Prompt).
type prompt struct{ m *Main }

func (t prompt) Getenv(key string) string { return t.m.Getenv(key) }

func (t prompt) Notice(text string) { t.m.warn(text) }

func (t prompt) FirstTime(name string) bool { return t.m.firstNotice(name) }

// AskPassword asks for the password on the terminal, without echo; ok is false
// when standard input is not a terminal.
func (t prompt) AskPassword(p *model.Portal) (string, bool) {
	return terminal.Password(t.m.Stdin, t.m.Stderr, msg.T("cli.portal.prompt", p.User, p.URL))
}

// runPortal: `newsdesk portal add NAME --url URL --user USER`, `portal list`,
// `portal remove NAME`, `portal pending --portal NAME`, `portal open POSTID
// --portal NAME`.
func runPortal(ctx context.Context, m *Main, a *args) error {
	switch a.pos[0] {
	case "add":
		return portalAdd(ctx, m, a)
	case "pending":
		return portalPending(ctx, m, a)
	case "open":
		return portalOpen(ctx, m, a)
	case "plugin":
		out, _ := a.value("output")
		if len(a.pos) != 1 || out == "" {
			return usageErr("cli.portal.sub")
		}
		err := outfile.Write(out, outfile.Zip, m.outputOptions(a), func(f *os.File) error { return wordpress.WritePlugin(f) })
		if err != nil {
			return withForceHint(err)
		}
		fmt.Fprintln(m.Stdout, msg.T("cli.portal.plugin.written", out))
		return nil
	case "list":
		ps, err := m.portals().FindPortals(ctx)
		if err != nil {
			return err
		}
		for _, p := range ps {
			fmt.Fprintf(m.Stdout, "%s\t%s\t%s\n", p.Name, p.URL, p.User)
		}
		return nil
	case "remove":
		if len(a.pos) != 2 {
			return usageErr("cli.portal.sub")
		}
		p, err := m.desk().RemovePortal(ctx, a.pos[1])
		if err != nil {
			return err
		}
		fmt.Fprintln(m.Stdout, msg.T("cli.portal.removed", p.Name))
		return nil
	}
	return usageErr("cli.portal.sub")
}

func portalAdd(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) != 2 {
		return usageErr("cli.portal.sub")
	}
	siteURL, _ := a.value("url")
	user, _ := a.value("user")
	if siteURL == "" || strings.TrimSpace(user) == "" {
		return usageErr("cli.portal.urluser")
	}
	p, acct, err := m.desk().AddPortal(ctx, a.pos[1], siteURL, user)
	if err != nil {
		return err
	}
	fmt.Fprint(m.Stdout, plaintext.Account(p.Name, acct))
	return nil
}

// portalPending prints the posts pending review that Newsdesk pushed, one a line:
// post ID, author, headline.
func portalPending(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) != 1 {
		return usageErr("cli.portal.sub")
	}
	name, _ := a.value("portal")
	if name == "" {
		return usageErr("cli.push.portal")
	}
	posts, err := m.desk().PendingPosts(ctx, name)
	if err != nil {
		return err
	}
	for _, p := range posts {
		fmt.Fprintf(m.Stdout, "%d\t%s\t%s\n", p.ID, oneLine(p.Author), oneLine(p.Headline))
	}
	if len(posts) == 0 {
		fmt.Fprintln(m.Stderr, msg.T("cli.portal.pending.none"))
	}
	return nil
}

// portalOpen brings a pending post into the library as a report and prints its ID;
// progress, what was done and warnings go to stderr.
func portalOpen(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) != 2 {
		return usageErr("cli.portal.sub")
	}
	postID, err := strconv.ParseInt(a.pos[1], 10, 64)
	if err != nil || postID <= 0 {
		return usageErr("cli.portal.postid", a.pos[1])
	}
	name, _ := a.value("portal")
	if name == "" {
		return usageErr("cli.push.portal")
	}
	start := time.Now()
	res, err := m.desk().OpenPost(ctx, name, postID, m.progressLine())
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		m.warn(w)
	}
	if res.Outcome == model.ImportConflict {
		m.warn(msg.T("cli.portal.open.conflict", res.LinkedID, res.ReportID))
	}
	fmt.Fprint(m.Stderr, plaintext.Opened(res, time.Since(start)))
	fmt.Fprintln(m.Stdout, res.ReportID)
	return nil
}

// logDetail prints what the portal answered, for NEWSDESK_DEBUG.
func (m *Main) logDetail(err error) {
	d := wordpress.Detail(err)
	if d == "" {
		return
	}
	m.logger().Warn("portal", "detail", d)
	if m.Getenv("NEWSDESK_DEBUG") != "" {
		m.warn(d)
	}
}
