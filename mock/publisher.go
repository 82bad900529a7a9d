package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.Publisher = (*Publisher)(nil)

// Publisher is a model.Publisher whose methods call the function fields of the
// same name (FindReportByIDFn for FindReportByID); a method without one panics,
// so a test says exactly what the code under test may call.
type Publisher struct {
	PushFn func(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(done, total int)) (*model.PushResult, error)
}

func (m *Publisher) Push(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(done, total int)) (*model.PushResult, error) {
	return m.PushFn(ctx, r, prev, portal, opt, progress)
}
