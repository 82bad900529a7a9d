package main

import (
	"context"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/ui"
)

// portalActions gives the window the portal side: the profiles, pushing with
// progress, the offline queue, where a report stands, and an editor's queue of
// pending posts with opening one into the library.
func (m *Main) portalActions() *ui.Portal {
	return &ui.Portal{
		Profiles: m.desk().PortalNames,
		Push: func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(done, total int)) (*ui.Pushed, error) {
			// The window asked before an unapproved publish (model.PublishGate); a
			// portal out of reach queues the push.
			res, queued, err := m.desk().PushOrQueue(ctx, desk.PushRequest{ReportID: id, Portal: portal, Unapproved: true,
				Progress: progress, QueueOffline: true, PushOptions: model.PushOptions{Status: status, Overwrite: overwrite}})
			if queued {
				return &ui.Pushed{Queued: true}, nil
			}
			if err != nil {
				return nil, err
			}
			return &ui.Pushed{Link: res.State.Link, Where: res.State.Where(), Warnings: res.Warnings}, nil
		},
		SendQueued: func(ctx context.Context, around func(int64) func()) error {
			_, err := m.desk().SendQueued(ctx, desk.QueueRound{Around: around})
			return err
		},
		Where: m.desk().Where,
		Pending: func(ctx context.Context, portal string) ([]ui.PendingPost, error) {
			posts, err := m.desk().PendingPosts(ctx, portal)
			if err != nil {
				return nil, err
			}
			out := make([]ui.PendingPost, 0, len(posts))
			for _, p := range posts {
				out = append(out, ui.PendingPost{ID: p.ID, Author: p.Author, Headline: p.Headline, Modified: p.Modified()})
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
