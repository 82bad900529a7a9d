package main

import (
	"context"
	"fmt"

	"newsdesk/msg"
)

func init() {
	msg.Register(map[string]msg.Text{
		"cli.help.check": {
			VI: "newsdesk check                         kiểm tra toàn bộ tệp thư viện xem có hỏng không\n\nĐọc hết tệp thư viện (SQLite integrity_check). Nếu hỏng, lệnh cho biết chỗ hỏng và cách khôi phục từ bản sao lưu; thoát với mã 1.",
			EN: "newsdesk check                         check the whole library file for damage\n\nReads the whole library file (SQLite's integrity_check). When it is damaged, says where and how to restore it from a backup, and exits 1."},
		"cli.check.ok": {VI: "Thư viện %s không có chỗ hỏng.", EN: "The library %s has no damage."},
	})
}

// runCheck reads the whole library looking for damage: `newsdesk check`.
func runCheck(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	if err := m.db.Check(ctx, true); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, msg.T("cli.check.ok", m.dbPath))
	return nil
}
