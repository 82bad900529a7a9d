package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.PortalService = (*PortalService)(nil)

// PortalService is a model.PortalService whose methods call the function fields of the
// same name (FindReportByIDFn for FindReportByID); a method without one panics,
// so a test says exactly what the code under test may call.
type PortalService struct {
	FindPortalsFn       func(ctx context.Context) ([]model.Portal, error)
	FindPortalByNameFn  func(ctx context.Context, name string) (*model.Portal, error)
	CreatePortalFn      func(ctx context.Context, p *model.Portal) error
	DeletePortalFn      func(ctx context.Context, name string) error
	FindPushStatesFn    func(ctx context.Context, reportID int64) ([]model.PushState, error)
	FindPushStateFn     func(ctx context.Context, reportID int64, portal string) (*model.PushState, error)
	SavePushStateFn     func(ctx context.Context, s *model.PushState) error
	FindWaitingPushesFn func(ctx context.Context) ([]model.PushState, error)
	FindRefusedPushesFn func(ctx context.Context) ([]model.PushState, error)
}

func (m *PortalService) FindPortals(ctx context.Context) ([]model.Portal, error) {
	return m.FindPortalsFn(ctx)
}

func (m *PortalService) FindPortalByName(ctx context.Context, name string) (*model.Portal, error) {
	return m.FindPortalByNameFn(ctx, name)
}

func (m *PortalService) CreatePortal(ctx context.Context, p *model.Portal) error {
	return m.CreatePortalFn(ctx, p)
}

func (m *PortalService) DeletePortal(ctx context.Context, name string) error {
	return m.DeletePortalFn(ctx, name)
}

func (m *PortalService) FindPushStates(ctx context.Context, reportID int64) ([]model.PushState, error) {
	return m.FindPushStatesFn(ctx, reportID)
}

func (m *PortalService) FindPushState(ctx context.Context, reportID int64, portal string) (*model.PushState, error) {
	return m.FindPushStateFn(ctx, reportID, portal)
}

func (m *PortalService) SavePushState(ctx context.Context, s *model.PushState) error {
	return m.SavePushStateFn(ctx, s)
}

func (m *PortalService) FindWaitingPushes(ctx context.Context) ([]model.PushState, error) {
	return m.FindWaitingPushesFn(ctx)
}

func (m *PortalService) FindRefusedPushes(ctx context.Context) ([]model.PushState, error) {
	return m.FindRefusedPushesFn(ctx)
}
