package main

import (
	"context"
	"fmt"

	"newsdesk/assets"
	"newsdesk/model"
)

func init() {
	commands = append(commands, &command{name: "sample", needs: true,
		spec: flagSpec{switches: []string{"help"}}, run: runSample})
}

// runSample adds the team's sample conference report, a new one (new UUID) each time.
func runSample(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	id, err := addSample(ctx, m.Reports)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, id)
	return nil
}

// addSample adds the sample report to the library and returns its ID.
func addSample(ctx context.Context, reports model.ReportService) (int64, error) {
	r, photos, err := assets.SampleReport()
	if err != nil {
		return 0, err
	}
	res, err := reports.ImportReport(ctx, r, photos, model.ImportOptions{AsCopy: true, Via: model.ChannelSample})
	if err != nil {
		return 0, err
	}
	return res.ReportID, nil
}
