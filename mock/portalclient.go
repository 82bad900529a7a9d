package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.PortalClient = (*PortalClient)(nil)

// PortalClient is a model.PortalClient whose methods call the function fields of
// the same name; a method without one panics.
type PortalClient struct {
	PushFn         func(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(done, total int)) (*model.PushResult, error)
	PendingPostsFn func(ctx context.Context) ([]model.PendingPost, error)
	OpenPostFn     func(ctx context.Context, postID int64, portal string, progress func(done, total int)) (*model.OpenResult, error)
}

func (m *PortalClient) Push(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(done, total int)) (*model.PushResult, error) {
	return m.PushFn(ctx, r, prev, portal, opt, progress)
}

func (m *PortalClient) PendingPosts(ctx context.Context) ([]model.PendingPost, error) {
	return m.PendingPostsFn(ctx)
}

func (m *PortalClient) OpenPost(ctx context.Context, postID int64, portal string, progress func(done, total int)) (*model.OpenResult, error) {
	return m.OpenPostFn(ctx, postID, portal, progress)
}
