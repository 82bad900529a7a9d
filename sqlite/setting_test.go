package sqlite_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/sqlite"
)

func TestSettingService(t *testing.T) {
	db := MustOpenDB(t)
	s := sqlite.NewSettingService(db)
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		if err := s.SetSetting(ctx, model.SettingAgencyName, "  Cổng Thông tin điện tử quận Hồng Phúc "); err != nil {
			t.Fatal(err)
		}
		if err := s.SetSetting(ctx, model.SettingPrintDPI, "300"); err != nil {
			t.Fatal(err)
		}
		got, err := s.Setting(ctx, model.SettingAgencyName)
		if err != nil {
			t.Fatal(err)
		} else if want := "Cổng Thông tin điện tử quận Hồng Phúc"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		all, err := s.Settings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{model.SettingAgencyName: "Cổng Thông tin điện tử quận Hồng Phúc", model.SettingPrintDPI: "300"}
		if !reflect.DeepEqual(all, want) {
			t.Errorf("got %v, want %v", all, want)
		}
	})
	t.Run("Unset", func(t *testing.T) {
		if got, err := s.Setting(ctx, model.SettingReporter); err != nil || got != "" {
			t.Errorf("got %q, %v; want empty", got, err)
		}
		if err := s.SetSetting(ctx, model.SettingPrintDPI, ""); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Setting(ctx, model.SettingPrintDPI); got != "" {
			t.Errorf("got %q, want the setting removed", got)
		}
	})
	t.Run("ErrUnknownKey", func(t *testing.T) {
		err := s.SetSetting(ctx, "agency.fax", "0225 3000 000")
		msg := model.ErrorMessage(err)
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(msg, `"agency.fax"`) || !strings.Contains(msg, model.SettingAgencyPhones) {
			t.Fatalf("got %q, want the key named and the keys listed", msg)
		}
		if _, err := s.Setting(ctx, "agency.fax"); model.ErrorCode(err) != model.EINVALID {
			t.Errorf("got %v, want %v", err, model.EINVALID)
		}
	})
	t.Run("ErrInvalidValue", func(t *testing.T) {
		err := s.SetSetting(ctx, model.SettingLanguage, "fr")
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "vi hoặc en") {
			t.Fatalf("got %v, want the language sentence", err)
		}
		if got, _ := s.Setting(ctx, model.SettingLanguage); got != "" {
			t.Errorf("got %q stored, want nothing", got)
		}
	})
}
