package main

import (
	"context"
	"fmt"
)

// runSample adds the team's sample conference report, a new one (new UUID) each time.
func runSample(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	id, err := m.desk().AddSample(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, id)
	return nil
}
