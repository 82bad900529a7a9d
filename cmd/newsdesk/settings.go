package main

import (
	"context"
	"fmt"

	"newsdesk/model"
)

// runSettings shows every setting, shows one, or sets one.
func runSettings(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 2); err != nil {
		return err
	}
	switch len(a.pos) {
	case 0:
		all, err := m.Settings.Settings(ctx)
		if err != nil {
			return err
		}
		for _, s := range model.Settings {
			fmt.Fprintf(m.Stdout, "%s\t%s\n", s.Key, all[s.Key])
		}
		return nil
	case 1:
		if _, ok := model.FindSetting(a.pos[0]); !ok {
			return usageErr("cli.setting.unknown", a.pos[0])
		}
		v, err := m.Settings.Setting(ctx, a.pos[0])
		if err != nil {
			return err
		}
		fmt.Fprintln(m.Stdout, v)
		return nil
	}
	if _, ok := model.FindSetting(a.pos[0]); !ok {
		return usageErr("cli.setting.unknown", a.pos[0])
	}
	return m.Settings.SetSetting(ctx, a.pos[0], a.pos[1])
}
