package desk

import (
	"context"
	"strings"

	"newsdesk/model"
)

// client finds the profile and connects with its account.
func (d *Desk) client(ctx context.Context, portal string) (*model.Portal, model.PortalClient, error) {
	p, err := d.Portals.FindPortalByName(ctx, portal)
	if err != nil {
		return nil, nil, err
	}
	c, err := d.Connect(ctx, p)
	if err != nil {
		return nil, nil, err
	}
	return p, c, nil
}

// PortalNames lists the portal profiles by name.
func (d *Desk) PortalNames(ctx context.Context) ([]string, error) {
	list, err := d.Portals.FindPortals(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, p := range list {
		names = append(names, p.Name)
	}
	return names, nil
}

// Where says where report id stands on each portal it went to ("cong: Chờ
// duyệt · …", model.PushState.Where), "" when it went to none.
func (d *Desk) Where(ctx context.Context, id int64) (string, error) {
	states, err := d.Portals.FindPushStates(ctx, id)
	if err != nil {
		return "", err
	}
	var parts []string
	for i := range states {
		parts = append(parts, states[i].Portal+": "+states[i].Where())
	}
	return strings.Join(parts, " · "), nil
}

// PendingPosts lists the posts waiting for review on the portal that carry a
// report, newest first: an editor's queue.
func (d *Desk) PendingPosts(ctx context.Context, portal string) ([]model.PendingPost, error) {
	_, c, err := d.client(ctx, portal)
	if err != nil {
		return nil, err
	}
	posts, err := c.PendingPosts(ctx)
	if err != nil {
		d.log(err)
		return nil, err
	}
	return posts, nil
}

// OpenPost brings a post into the library as the report it carries. When the
// report came in but where it stands on the portal could not be recorded, that is
// a warning, not a failure: the report is there to work on (its next push finds
// the post again by the report's identity).
func (d *Desk) OpenPost(ctx context.Context, portal string, postID int64, progress func(done, total int)) (*model.OpenResult, error) {
	p, c, err := d.client(ctx, portal)
	if err != nil {
		return nil, err
	}
	res, err := c.OpenPost(ctx, postID, p.Name, progress)
	if err != nil {
		d.log(err)
		if res == nil || res.ReportID == 0 {
			return nil, err
		}
		res.Warnings = append(res.Warnings, model.ErrorMessage(err))
	}
	return res, nil
}
