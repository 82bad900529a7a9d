package main

import (
	"context"
	"strings"

	"newsdesk/ui"
	"newsdesk/wordpress"
)

// portalActions gives the window the portal side: the profiles, pushing with
// progress, the offline queue and where a report stands.
func (m *Main) portalActions() *ui.Portal {
	return &ui.Portal{
		Profiles: func(ctx context.Context) ([]string, error) {
			list, err := m.portals().FindPortals(ctx)
			if err != nil {
				return nil, err
			}
			var names []string
			for _, p := range list {
				names = append(names, p.Name)
			}
			return names, nil
		},
		Push: func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(done, total int)) error {
			return m.pushWith(ctx, id, portal, wordpress.PushOptions{Status: status, Overwrite: overwrite}, progress)
		},
		Queue: func(ctx context.Context, id int64, portal, status string) error {
			return m.queuePush(ctx, id, portal, wordpress.PushOptions{Status: status}, nil)
		},
		SendQueued: func(ctx context.Context) error { return pushQueued(ctx, m) },
		Where: func(ctx context.Context, id int64) (string, error) {
			states, err := m.portals().FindPushStates(ctx, id)
			if err != nil {
				return "", err
			}
			var parts []string
			for i := range states {
				parts = append(parts, states[i].Portal+": "+states[i].Where())
			}
			return strings.Join(parts, " · "), nil
		},
	}
}
