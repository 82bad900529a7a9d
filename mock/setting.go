package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.SettingService = (*SettingService)(nil)

// SettingService is a model.SettingService whose methods call the function fields of the
// same name (FindReportByIDFn for FindReportByID); a method without one panics,
// so a test says exactly what the code under test may call.
type SettingService struct {
	SettingFn    func(ctx context.Context, key string) (string, error)
	SetSettingFn func(ctx context.Context, key string, value string) error
	SettingsFn   func(ctx context.Context) (map[string]string, error)
}

func (m *SettingService) Setting(ctx context.Context, key string) (string, error) {
	return m.SettingFn(ctx, key)
}

func (m *SettingService) SetSetting(ctx context.Context, key string, value string) error {
	return m.SetSettingFn(ctx, key, value)
}

func (m *SettingService) Settings(ctx context.Context) (map[string]string, error) {
	return m.SettingsFn(ctx)
}
