package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"newsdesk/msg"
)

func init() {
	msg.Register(map[string]msg.Text{
		"cli.help.delete": {
			VI: "newsdesk delete MÃ [--yes]              xoá bài viết cùng lịch sử và góp ý của nó\n\nTrên cửa sổ dòng lệnh, lệnh hỏi lại trước khi xoá; trong tập lệnh, thêm --yes. Ảnh không còn bài nào dùng được dọn bằng newsdesk photo prune.",
			EN: "newsdesk delete ID [--yes]             delete a report with its history and comments\n\nOn a terminal it asks before deleting; in a script, add --yes. Photos no report uses any more go with newsdesk photo prune."},
		"cli.delete.ask":  {VI: "Xoá bài #%d «%s» cùng lịch sử và góp ý của nó? [c/K] ", EN: "Delete report #%d «%s» with its history and comments? [y/N] "},
		"cli.delete.yes":  {VI: "Hãy thêm --yes để xoá bài #%d «%s» (không hỏi lại được khi không chạy trên cửa sổ dòng lệnh).", EN: "Add --yes to delete report #%d «%s» (there is no terminal to ask on)."},
		"cli.delete.kept": {VI: "Không xoá; bài #%d vẫn còn.", EN: "Not deleted; report #%d is still there."},
		"cli.delete.done": {VI: "Đã xoá bài #%d «%s».", EN: "Deleted report #%d «%s»."},
	})
}

// runDelete deletes a report: `newsdesk delete ID [--yes]`. A report the window
// cannot show (too large, say) can be removed from here too.
func runDelete(ctx context.Context, m *Main, a *args) error {
	if err := a.want(1, 1); err != nil {
		return err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return err
	}
	r, err := m.findReport(ctx, id)
	if err != nil {
		return err
	}
	headline := r.Headline
	if len([]rune(headline)) > 80 {
		headline = string([]rune(headline)[:79]) + "…"
	}
	if !a.isSet("yes") {
		if !isTerminal(m.Stdin) {
			return usageErr("cli.delete.yes", id, headline)
		}
		fmt.Fprint(m.Stderr, msg.T("cli.delete.ask", id, headline))
		answer, _ := bufio.NewReader(m.Stdin).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "c" && a != "yes" && a != "có" && a != "co" {
			fmt.Fprintln(m.Stderr, msg.T("cli.delete.kept", id))
			return nil
		}
	}
	if err := m.Reports.DeleteReport(ctx, id); err != nil {
		return err
	}
	fmt.Fprintln(m.Stderr, msg.T("cli.delete.done", id, headline))
	return nil
}
