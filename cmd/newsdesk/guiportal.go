package main

import (
	"context"
	"strings"
	"time"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/ui"
)

// portalActions gives the window the portal side: the profiles, pushing with
// progress, the offline queue, where a report stands, and an editor's queue of
// pending posts with opening one into the library.
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
		Push: func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(done, total int)) (*ui.Pushed, error) {
			// The window asked before an unapproved publish (model.PublishGate).
			res, err := m.desk().Push(ctx, desk.PushRequest{ReportID: id, Portal: portal, Unapproved: true, Progress: progress,
				PushOptions: model.PushOptions{Status: status, Overwrite: overwrite}})
			if err != nil {
				return nil, err
			}
			return &ui.Pushed{Link: res.State.Link, Where: res.State.Where(), Warnings: res.Warnings}, nil
		},
		Queue: func(ctx context.Context, id int64, portal, status string) error {
			return m.desk().Queue(ctx, desk.PushRequest{ReportID: id, Portal: portal, PushOptions: model.PushOptions{Status: status}})
		},
		SendQueued: func(ctx context.Context, around func(int64) func()) error {
			_, err := m.desk().SendQueued(ctx, desk.QueueRound{Around: around})
			return err
		},
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
		Pending: func(ctx context.Context, portal string) ([]ui.PendingPost, error) {
			posts, err := m.desk().PendingPosts(ctx, portal)
			if err != nil {
				return nil, err
			}
			out := make([]ui.PendingPost, 0, len(posts))
			for _, p := range posts {
				out = append(out, ui.PendingPost{ID: p.ID, Author: p.Author, Headline: p.Headline, Modified: gmtTime(p.ModifiedGMT)})
			}
			return out, nil
		},
		Open: func(ctx context.Context, portal string, postID int64, progress func(done, total int)) (*model.ImportResult, []string, error) {
			res, err := m.desk().OpenPost(ctx, portal, postID, progress)
			if err != nil {
				return nil, nil, err
			}
			return &model.ImportResult{ReportID: res.ReportID, Outcome: res.Outcome, LinkedID: res.LinkedID,
				Comments: res.Comments}, res.Warnings, nil
		},
	}
}

// gmtTime reads the portal's modified_gmt ("2026-01-08T09:30:00", UTC); zero when
// it is not one.
func gmtTime(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02T15:04:05", s, time.UTC)
	if err != nil {
		return time.Time{}
	}
	return t
}
