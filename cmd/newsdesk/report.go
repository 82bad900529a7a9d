package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/plaintext"
	"newsdesk/terminal"
	"newsdesk/vntext"
)

// runSample adds the team's sample conference report, a new one (new UUID) each time.
func runSample(ctx context.Context, m *Main, a *args) error {
	return m.printID(m.desk().AddSample(ctx))
}

func runNew(ctx context.Context, m *Main, a *args) error {
	headline, _ := a.value("headline")
	if vntext.OneLine(headline) == "" {
		return usageErr("cli.new.headline")
	}
	r := model.NewReport(headline)
	err := m.desk().CreateDraft(ctx, r)
	return m.printID(r.ID, err)
}

// printID prints a report's (or comment's) ID on stdout, for a script to take.
func (m *Main) printID(id int64, err error) error {
	if err == nil {
		fmt.Fprintln(m.Stdout, id)
	}
	return err
}

func runList(ctx context.Context, m *Main, a *args) error {
	var filter model.ReportFilter
	if s, ok := a.value("status"); ok {
		st, err := model.ParseStatus(s)
		if err != nil {
			return &usageError{msg: model.ErrorMessage(err)}
		}
		filter.Status = &st
	}
	list, err := m.Reports.FindReports(ctx, filter)
	for _, r := range list {
		fmt.Fprintf(m.Stdout, "%d\t%s\t%s\t%s\n", r.ID, r.Status, r.UpdatedAt.Local().Format(plaintext.TimeLayout), vntext.OneLine(r.Headline))
	}
	return err
}

func runSearch(ctx context.Context, m *Main, a *args) error {
	limit := 20
	if s, ok := a.value("limit"); ok {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return usageErr("cli.limit.invalid", s)
		}
		limit = n
	}
	list, err := m.Reports.SearchReports(ctx, strings.Join(a.pos, " "), limit)
	for _, r := range list {
		fmt.Fprintf(m.Stdout, "%d\t%s\n", r.ID, vntext.OneLine(r.Headline))
	}
	return err
}

// runStatus takes a review step (model.Status.CheckStep), by the same rules
// as the window's buttons.
func runStatus(ctx context.Context, m *Main, a *args) error {
	st, err := model.ParseStatus(a.pos[1])
	if err != nil {
		return &usageError{msg: model.ErrorMessage(err)}
	}
	note, _ := a.value("note")
	d := m.desk()
	role, err := d.Role(ctx)
	if err != nil {
		return err
	}
	err = d.Step(ctx, a.id, st, role, note)
	if model.ErrorCode(err) == model.ENOTFOUND {
		return model.Errorf(model.ENOTFOUND, "cli.report.notfound", a.id)
	}
	return err
}

func runShow(ctx context.Context, m *Main, a *args) error {
	if a.isSet("checks") {
		fmt.Fprint(m.Stdout, plaintext.Checks(a.report, m.desk().Checks(ctx, a.report)))
	} else {
		fmt.Fprint(m.Stdout, plaintext.Report(a.report))
	}
	return nil
}

// findReport loads a report named on the command line, saying which ID is missing.
func (m *Main) findReport(ctx context.Context, id int64) (*model.Report, error) {
	r, err := m.Reports.FindReportByID(ctx, id)
	if model.ErrorCode(err) == model.ENOTFOUND {
		return nil, model.Errorf(model.ENOTFOUND, "cli.report.notfound", id)
	}
	return r, err
}

// runDelete deletes a report: `newsdesk delete ID [--yes]`. A report the window
// cannot show (too large, say) can be removed from here too.
func runDelete(ctx context.Context, m *Main, a *args) error {
	headline := vntext.Shorten(a.report.Headline, 80)
	switch {
	case a.isSet("yes"):
	case !terminal.Is(m.Stdin):
		return usageErr("cli.delete.yes", a.id, headline)
	case !terminal.Confirm(m.Stdin, m.Stderr, msg.T("cli.delete.ask", a.id, headline)):
		fmt.Fprintln(m.Stderr, msg.T("cli.delete.kept", a.id))
		return nil
	}
	if err := m.Reports.DeleteReport(ctx, a.id); err != nil {
		return err
	}
	fmt.Fprintln(m.Stderr, msg.T("cli.delete.done", a.id, headline))
	return nil
}

// runSettings shows every setting, shows one, or sets one.
func runSettings(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) == 0 {
		all, err := m.Settings.Settings(ctx)
		for _, s := range model.Settings {
			fmt.Fprintf(m.Stdout, "%s\t%s\n", s.Key, all[s.Key])
		}
		return err
	}
	if _, ok := model.FindSetting(a.pos[0]); !ok {
		return usageErr("cli.setting.unknown", a.pos[0])
	}
	if len(a.pos) == 2 {
		return m.Settings.SetSetting(ctx, a.pos[0], a.pos[1])
	}
	v, err := m.Settings.Setting(ctx, a.pos[0])
	if err == nil {
		fmt.Fprintln(m.Stdout, v)
	}
	return err
}

// runCheck reads the whole library looking for damage: `newsdesk check`.
func runCheck(ctx context.Context, m *Main, a *args) error {
	if err := m.db.Check(ctx, true); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, msg.T("cli.check.ok", m.dbPath))
	return nil
}

func runPhotoAdd(ctx context.Context, m *Main, a *args) error {
	var words model.PhotoBlock
	words.Caption, _ = a.value("caption")
	words.Credit, _ = a.value("credit")
	words.Alt, _ = a.value("alt")
	return m.desk().AddPhotoFile(ctx, a.id, a.pos[1], words)
}

// runPhotoPrune removes the photos no report and no revision uses any more (a
// photo block deleted, a report deleted) and says how many.
func runPhotoPrune(ctx context.Context, m *Main, a *args) error {
	n, err := m.Photos.DeleteUnusedPhotos(ctx, model.UnusedPhotoAge)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, msg.T("cli.photo.pruned", n))
	return nil
}

// runAwardsImport adds a CSV or XLSX list of recipients as a new award-list block at
// the end of the body. A file with any bad row adds nothing.
func runAwardsImport(ctx context.Context, m *Main, a *args) (err error) {
	list := &model.AwardList{}
	list.Form, _ = a.value("form")
	list.By, _ = a.value("by")
	list.Decision, _ = a.value("decision")
	if d, ok := a.value("date"); ok {
		if list.Date, err = model.ParseDate(d); err != nil {
			return &usageError{msg: model.ErrorMessage(err)}
		}
	}
	if _, err := m.findReport(ctx, a.id); err != nil {
		return err
	}
	if err := m.desk().ImportAwardFile(ctx, a.id, a.pos[1], list); err != nil {
		return err
	}
	c, i := list.Count()
	fmt.Fprintln(m.Stderr, msg.T("cli.awards.imported", c, i))
	return nil
}
