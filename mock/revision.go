package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.RevisionService = (*RevisionService)(nil)

// RevisionService is a model.RevisionService whose methods call the function fields of the
// same name (FindReportByIDFn for FindReportByID); a method without one panics,
// so a test says exactly what the code under test may call.
type RevisionService struct {
	FindRevisionsFn    func(ctx context.Context, reportID int64) ([]model.Revision, error)
	FindRevisionByIDFn func(ctx context.Context, id int64) (*model.Revision, error)
	KeepRevisionFn     func(ctx context.Context, reportID int64, reason model.RevisionReason) error
	RecordHandOffFn    func(ctx context.Context, reportID int64, fromRev string, sent *model.Report, author string, via model.Channel) error
}

func (m *RevisionService) FindRevisions(ctx context.Context, reportID int64) ([]model.Revision, error) {
	return m.FindRevisionsFn(ctx, reportID)
}

func (m *RevisionService) FindRevisionByID(ctx context.Context, id int64) (*model.Revision, error) {
	return m.FindRevisionByIDFn(ctx, id)
}

func (m *RevisionService) KeepRevision(ctx context.Context, reportID int64, reason model.RevisionReason) error {
	return m.KeepRevisionFn(ctx, reportID, reason)
}

func (m *RevisionService) RecordHandOff(ctx context.Context, reportID int64, fromRev string, sent *model.Report, author string, via model.Channel) error {
	return m.RecordHandOffFn(ctx, reportID, fromRev, sent, author, via)
}
