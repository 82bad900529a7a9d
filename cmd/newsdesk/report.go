package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"newsdesk/model"
	"newsdesk/plaintext"
	"newsdesk/vntext"
)

func runNew(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	headline, ok := a.value("headline")
	if !ok || vntext.OneLine(headline) == "" {
		return usageErr("cli.new.headline")
	}
	r := model.NewReport(headline)
	if err := m.desk().CreateDraft(ctx, r); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, r.ID)
	return nil
}

func runList(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	var filter model.ReportFilter
	if s, ok := a.value("status"); ok {
		st, err := model.ParseStatus(s)
		if err != nil {
			return &usageError{msg: model.ErrorMessage(err)}
		}
		filter.Status = &st
	}
	list, err := m.Reports.FindReports(ctx, filter)
	if err != nil {
		return err
	}
	for _, r := range list {
		fmt.Fprintf(m.Stdout, "%d\t%s\t%s\t%s\n", r.ID, r.Status, r.UpdatedAt.Local().Format(plaintext.TimeLayout), vntext.OneLine(r.Headline))
	}
	return nil
}

func runSearch(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) == 0 {
		return usageErr("cli.search.query")
	}
	limit := 20
	if s, ok := a.value("limit"); ok {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return usageErr("cli.limit.invalid", s)
		}
		limit = n
	}
	list, err := m.Reports.SearchReports(ctx, strings.Join(a.pos, " "), limit)
	if err != nil {
		return err
	}
	for _, r := range list {
		fmt.Fprintf(m.Stdout, "%d\t%s\n", r.ID, vntext.OneLine(r.Headline))
	}
	return nil
}

func runStatus(ctx context.Context, m *Main, a *args) error {
	if err := a.want(2, 2); err != nil {
		return err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return err
	}
	st, err := model.ParseStatus(a.pos[1])
	if err != nil {
		return &usageError{msg: model.ErrorMessage(err)}
	}
	note, _ := a.value("note")
	// The review's steps by role (model.Status.CheckStep), as the window's buttons.
	d := m.desk()
	role, err := d.Role(ctx)
	if err != nil {
		return err
	}
	err = d.Step(ctx, id, st, role, note)
	if model.ErrorCode(err) == model.ENOTFOUND {
		return model.Errorf(model.ENOTFOUND, "cli.report.notfound", id)
	}
	return err
}

func runShow(ctx context.Context, m *Main, a *args) error {
	r, err := m.reportArg(ctx, a, 1, 1)
	if err != nil {
		return err
	}
	if a.isSet("checks") {
		fmt.Fprint(m.Stdout, plaintext.Checks(r, m.desk().Checks(ctx, r)))
		return nil
	}
	fmt.Fprint(m.Stdout, plaintext.Report(r))
	return nil
}

// findReport loads a report named on the command line, saying which ID is missing.
// reportArg checks the number of positional arguments, the first a report's ID,
// and returns that report.
func (m *Main) reportArg(ctx context.Context, a *args, min, max int) (*model.Report, error) {
	if err := a.want(min, max); err != nil {
		return nil, err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return nil, err
	}
	return m.findReport(ctx, id)
}

func (m *Main) findReport(ctx context.Context, id int64) (*model.Report, error) {
	r, err := m.Reports.FindReportByID(ctx, id)
	if model.ErrorCode(err) == model.ENOTFOUND {
		return nil, model.Errorf(model.ENOTFOUND, "cli.report.notfound", id)
	}
	return r, err
}
