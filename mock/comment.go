package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.CommentService = (*CommentService)(nil)

// CommentService is a model.CommentService whose methods call the function fields
// of the same name; a method without one panics.
type CommentService struct {
	FindCommentsFn    func(ctx context.Context, reportID int64) ([]model.Comment, error)
	FindAllCommentsFn func(ctx context.Context, reportID int64) ([]model.Comment, error)
	CreateCommentFn   func(ctx context.Context, c *model.Comment) error
	ResolveCommentFn  func(ctx context.Context, id int64, resolved bool, by string) error
	DeleteCommentFn   func(ctx context.Context, id int64) error
}

func (m *CommentService) FindComments(ctx context.Context, reportID int64) ([]model.Comment, error) {
	return m.FindCommentsFn(ctx, reportID)
}

func (m *CommentService) FindAllComments(ctx context.Context, reportID int64) ([]model.Comment, error) {
	return m.FindAllCommentsFn(ctx, reportID)
}

func (m *CommentService) CreateComment(ctx context.Context, c *model.Comment) error {
	return m.CreateCommentFn(ctx, c)
}

func (m *CommentService) ResolveComment(ctx context.Context, id int64, resolved bool, by string) error {
	return m.ResolveCommentFn(ctx, id, resolved, by)
}

func (m *CommentService) DeleteComment(ctx context.Context, id int64) error {
	return m.DeleteCommentFn(ctx, id)
}
