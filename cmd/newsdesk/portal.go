package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"newsdesk/keyring"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
	"newsdesk/sqlite"
	"newsdesk/wordpress"
)

func init() {
	commands = append(commands,
		&command{name: "portal", needs: true, run: runPortal,
			spec: flagSpec{values: []string{"url", "user", "portal", "output"}, switches: []string{"force", "help"},
				short: map[string]string{"o": "output"}}},
		&command{name: "push", needs: true, run: runPush,
			spec: flagSpec{values: []string{"portal", "status"},
				switches: []string{"text-only", "overwrite", "queue", "queued", "unapproved", "help"}}},
	)
	helpBefore("help", "portal", "push")
}

// secretStore keeps application passwords; the operating system's keyring, or one
// in memory in tests.
type secretStore interface {
	Get(account string) (string, error)
	Set(account, password string) error
	Delete(account string) error
}

var secrets secretStore = keyring.New()

// keyringWarned is set once the command has said that no keyring service runs.
var keyringWarned bool

// passwordEnv is where the password is read from when no keyring service runs.
const passwordEnv = "NEWSDESK_PORTAL_PASSWORD"

func (m *Main) portals() *sqlite.PortalService { return sqlite.NewPortalService(m.db) }

// secretAccount is the keyring entry of a profile: the user on the site.
func secretAccount(p *model.Portal) string { return p.User + "@" + p.URL }

// noKeyring says that no keyring service runs and the environment variable is
// used instead: once per command, and only the first time on this computer
// (a marker in the user's configuration folder) unless always — adding a portal,
// whose password is then not stored, always says it.
func (m *Main) noKeyring(always bool) {
	if keyringWarned {
		return
	}
	keyringWarned = true
	if !always && !m.firstNotice("no-keyring") {
		return
	}
	fmt.Fprintln(m.Stderr, "newsdesk: "+msg.T("cli.portal.nokeyring", passwordEnv))
}

// portalPassword returns the profile's application password: from the keyring
// (unless fresh), else NEWSDESK_PORTAL_PASSWORD, else asked on the terminal.
func (m *Main) portalPassword(p *model.Portal, fresh bool) (string, error) {
	if !fresh {
		s, err := secrets.Get(secretAccount(p))
		if err == nil && s != "" {
			return s, nil
		} else if errors.Is(err, keyring.ErrUnavailable) {
			m.noKeyring(false)
		}
	}
	if s := strings.TrimSpace(m.Getenv(passwordEnv)); s != "" {
		return s, nil
	}
	if s, ok := m.askPassword(p); ok && s != "" {
		return s, nil
	}
	return "", model.Errorf(model.EUNAUTHORIZED, "cli.portal.nopassword", p.User, p.Name, passwordEnv)
}

// isTerminal reports whether w is a terminal (a person reads it), not a file or
// a pipe.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// askPassword asks for the password on the terminal, without echo; ok is false
// when standard input is not a terminal.
func (m *Main) askPassword(p *model.Portal) (string, bool) {
	f, ok := m.Stdin.(*os.File)
	if !ok || !isTerminal(f) {
		return "", false
	}
	fmt.Fprint(m.Stderr, msg.T("cli.portal.prompt", p.User, p.URL))
	// Read without echo by the terminal's own means (x/term): stty, used before,
	// does not exist on Windows, where the password showed as it was typed.
	pass, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(m.Stderr)
	if err != nil {
		return "", false
	}
	return strings.TrimSpace(string(pass)), true
}

// runPortal: `newsdesk portal add NAME --url URL --user USER`, `portal list`,
// `portal remove NAME`, `portal pending --portal NAME`, `portal open POSTID
// --portal NAME`.
func runPortal(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) == 0 {
		return usageErr("cli.portal.sub")
	}
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
		s := m.portals()
		p, err := s.FindPortalByName(ctx, a.pos[1])
		if err != nil {
			return err
		}
		if err := s.DeletePortal(ctx, p.Name); err != nil {
			return err
		}
		if err := secrets.Delete(secretAccount(p)); errors.Is(err, keyring.ErrUnavailable) {
			m.noKeyring(false)
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
	base, err := wordpress.CheckURL(siteURL)
	if err != nil {
		return err
	}
	s := m.portals()
	p := &model.Portal{Name: a.pos[1], URL: base, User: strings.TrimSpace(user)}
	if _, err := s.FindPortalByName(ctx, p.Name); err == nil {
		return model.Errorf(model.ECONFLICT, "sqlite.portal.exists", p.Name)
	}
	password, err := m.portalPassword(p, true)
	if err != nil {
		return err
	}
	c, err := wordpress.NewClient(p.URL, p.User, password)
	if err != nil {
		return err
	}
	acct, err := c.Me(ctx)
	if err != nil {
		m.logDetail(err)
		return err
	}
	if err := s.CreatePortal(ctx, p); err != nil {
		return err
	}
	if err := secrets.Set(secretAccount(p), password); err != nil {
		m.noKeyring(true)
	}
	yes := func(capability string) string {
		if acct.Can(capability) {
			return msg.T("cli.portal.yes")
		}
		return msg.T("cli.portal.no")
	}
	fmt.Fprintln(m.Stdout, msg.T("cli.portal.added", p.Name, acct.Name, acct.Role()))
	fmt.Fprintln(m.Stdout, msg.T("cli.portal.may", yes("edit_posts"), yes("upload_files"), yes("publish_posts"), yes("manage_categories")))
	if plugin, err := c.Plugin(ctx); err == nil && plugin != nil {
		fmt.Fprintln(m.Stdout, msg.T("cli.portal.plugin.yes", plugin.Version))
	} else if err == nil {
		fmt.Fprintln(m.Stdout, msg.T("cli.portal.plugin.no"))
	}
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
		fmt.Fprintln(m.Stderr, "newsdesk: "+w)
	}
	took := time.Since(start).Round(10 * time.Millisecond).Seconds()
	if res.Outcome == model.ImportConflict {
		fmt.Fprintln(m.Stderr, "newsdesk: "+msg.T("cli.portal.open.conflict", res.LinkedID, res.ReportID))
	}
	fmt.Fprintln(m.Stderr, msg.T("cli.portal.open.done", msg.T("cli.portal.outcome."+string(res.Outcome)), res.Downloaded, res.Reused, took))
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
		fmt.Fprintln(m.Stderr, "newsdesk: "+d)
	}
}
