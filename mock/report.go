package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.ReportService = (*ReportService)(nil)

// ReportService is a model.ReportService whose methods call the function fields of the
// same name (FindReportByIDFn for FindReportByID); a method without one panics,
// so a test says exactly what the code under test may call.
type ReportService struct {
	FindReportByIDFn      func(ctx context.Context, id int64) (*model.Report, error)
	FindReportByUUIDFn    func(ctx context.Context, uuid string) (*model.Report, error)
	FindReportsFn         func(ctx context.Context, filter model.ReportFilter) ([]model.ReportSummary, error)
	CountReportsFn        func(ctx context.Context, filter model.ReportFilter) (int, error)
	SearchReportsFn       func(ctx context.Context, query string, limit int) ([]model.ReportSummary, error)
	SearchReportsPrefixFn func(ctx context.Context, query string, limit int) ([]model.ReportSummary, error)
	CreateReportFn        func(ctx context.Context, r *model.Report) error
	UpdateReportFn        func(ctx context.Context, r *model.Report, kind model.SaveKind) error
	SetStatusFn           func(ctx context.Context, id int64, status model.Status, author string, note string) error
	DeleteReportFn        func(ctx context.Context, id int64) error
	ImportReportFn        func(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions) (*model.ImportResult, error)
	ImportReviewFn        func(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions, history []model.Revision, comments []model.Comment) (*model.ImportResult, error)
}

func (m *ReportService) FindReportByID(ctx context.Context, id int64) (*model.Report, error) {
	return m.FindReportByIDFn(ctx, id)
}

func (m *ReportService) FindReportByUUID(ctx context.Context, uuid string) (*model.Report, error) {
	return m.FindReportByUUIDFn(ctx, uuid)
}

func (m *ReportService) FindReports(ctx context.Context, filter model.ReportFilter) ([]model.ReportSummary, error) {
	return m.FindReportsFn(ctx, filter)
}

func (m *ReportService) CountReports(ctx context.Context, filter model.ReportFilter) (int, error) {
	return m.CountReportsFn(ctx, filter)
}

func (m *ReportService) SearchReports(ctx context.Context, query string, limit int) ([]model.ReportSummary, error) {
	return m.SearchReportsFn(ctx, query, limit)
}

func (m *ReportService) SearchReportsPrefix(ctx context.Context, query string, limit int) ([]model.ReportSummary, error) {
	return m.SearchReportsPrefixFn(ctx, query, limit)
}

func (m *ReportService) CreateReport(ctx context.Context, r *model.Report) error {
	return m.CreateReportFn(ctx, r)
}

func (m *ReportService) UpdateReport(ctx context.Context, r *model.Report, kind model.SaveKind) error {
	return m.UpdateReportFn(ctx, r, kind)
}

func (m *ReportService) SetStatus(ctx context.Context, id int64, status model.Status, author string, note string) error {
	return m.SetStatusFn(ctx, id, status, author, note)
}

func (m *ReportService) DeleteReport(ctx context.Context, id int64) error {
	return m.DeleteReportFn(ctx, id)
}

func (m *ReportService) ImportReport(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions) (*model.ImportResult, error) {
	return m.ImportReportFn(ctx, r, photos, opts)
}

func (m *ReportService) ImportReview(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions, history []model.Revision, comments []model.Comment) (*model.ImportResult, error) {
	return m.ImportReviewFn(ctx, r, photos, opts, history, comments)
}
