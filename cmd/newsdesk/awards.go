package main

import (
	"context"
	"fmt"

	"newsdesk/model"
)

// runAwardsImport adds a CSV or XLSX list of recipients as a new award-list block at
// the end of the body. A file with any bad row adds nothing.
func runAwardsImport(ctx context.Context, m *Main, a *args) error {
	if err := a.want(2, 2); err != nil {
		return err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return err
	}
	list := &model.AwardList{}
	list.Form, _ = a.value("form")
	list.By, _ = a.value("by")
	list.Decision, _ = a.value("decision")
	if d, ok := a.value("date"); ok {
		if list.Date, err = model.ParseDate(d); err != nil {
			return &usageError{msg: model.ErrorMessage(err)}
		}
	}
	if _, err := m.findReport(ctx, id); err != nil {
		return err
	}
	if err := m.desk().ImportAwardFile(ctx, id, a.pos[1], list); err != nil {
		return err
	}
	c, i := list.Count()
	fmt.Fprintln(m.Stderr, msgT("cli.awards.imported", c, i))
	return nil
}
