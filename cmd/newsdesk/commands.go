package main

import "context"

// command is one of newsdesk's subcommands: the flags and positional arguments it
// takes, which Run checks before run is called, and its work.
type command struct {
	name     string
	min, max int    // positional arguments: at least min, at most max (-1: no limit)
	few      string // the message for fewer than min, when it has one of its own
	id       bool   // the first positional argument is a report's ID (args.id)
	report   bool   // … of a report the library has, read into args.report
	spec     flagSpec
	run      func(ctx context.Context, m *Main, a *args) error
}

// commands lists the subcommands in the order help shows them, as people reach
// for them; every command also takes --help.
var commands []*command

func init() {
	output := map[string]string{"o": "output"}
	pdf := flagSpec{values: []string{"output", "printer"}, switches: []string{"print", "force"}, short: output}
	bulletin := pdf
	bulletin.values = append([]string{"title", "date"}, pdf.values...)
	commands = []*command{
		{name: "sample", run: runSample},
		{name: "new", run: runNew, spec: flagSpec{values: []string{"headline"}}},
		{name: "list", run: runList, spec: flagSpec{values: []string{"status"}}},
		{name: "show", min: 1, max: 1, report: true, run: runShow, spec: flagSpec{switches: []string{"checks"}}},
		{name: "search", min: 1, max: -1, few: "cli.search.query", run: runSearch, spec: flagSpec{values: []string{"limit"}}},
		{name: "photo add", min: 2, max: 2, report: true, run: runPhotoAdd, spec: flagSpec{values: []string{"caption", "credit", "alt"}}},
		{name: "photo prune", run: runPhotoPrune},
		{name: "awards import", min: 2, max: 2, id: true, run: runAwardsImport, spec: flagSpec{values: []string{"form", "by", "decision", "date"}}},
		{name: "delete", min: 1, max: 1, report: true, run: runDelete, spec: flagSpec{switches: []string{"yes"}}},
		{name: "status", min: 2, max: 2, id: true, run: runStatus, spec: flagSpec{values: []string{"note"}}},
		{name: "comments", min: 1, max: 1, report: true, run: runComments, spec: flagSpec{switches: []string{"all"}}},
		{name: "comment", min: 2, max: 2, report: true, run: runComment, spec: flagSpec{values: []string{"block", "row", "reply"}}},
		{name: "resolve", min: 1, max: 1, run: runResolve, spec: flagSpec{switches: []string{"reopen"}}},
		{name: "settings", max: 2, run: runSettings},
		{name: "export", min: 1, max: 1, id: true, run: runExport,
			spec: flagSpec{values: []string{"output", "photos"}, switches: []string{"review", "force"}, short: output}},
		{name: "import", min: 1, max: 1, run: runImport, spec: flagSpec{switches: []string{"as-copy"}}},
		{name: "check", run: runCheck},
		{name: "pdf", min: 1, max: 1, id: true, run: runPDF, spec: pdf},
		{name: "bulletin", min: 1, max: -1, few: "cli.bulletin.ids", run: runBulletin, spec: bulletin},
		{name: "portal", min: 1, max: -1, few: "cli.portal.sub", run: runPortal,
			spec: flagSpec{values: []string{"url", "user", "portal", "output"}, switches: []string{"force"}, short: output}},
		{name: "push", max: -1, run: runPush,
			spec: flagSpec{values: []string{"portal", "status"}, switches: []string{"text-only", "overwrite", "queue", "queued", "unapproved"}}},
		{name: "help", max: -1, run: runHelp},
	}
}

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// check checks a's positional arguments against what the command takes, reading
// the report its first one names when the command works on one.
func (c *command) check(ctx context.Context, m *Main, a *args) (err error) {
	switch {
	case len(a.pos) < c.min && c.few != "":
		return usageErr(c.few)
	case len(a.pos) < c.min || (c.max >= 0 && len(a.pos) > c.max):
		return usageErr("cli.args.count")
	}
	if c.id || c.report {
		if a.id, err = parseID(a.pos[0]); err != nil {
			return err
		}
	}
	if c.report {
		a.report, err = m.findReport(ctx, a.id)
	}
	return err
}
