package model_test

import (
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
)

// TestCheckStep: the review's steps by role, as both the window and the command
// line apply them.
func TestCheckStep(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, c := range []struct {
		role     model.Role
		from, to model.Status
		note     string
		want     string // "" when allowed, else a word of the refusal
	}{
		{model.RoleReporter, model.StatusDraft, model.StatusReview, "", ""},
		{model.RoleReporter, model.StatusChanges, model.StatusReview, "", ""},
		{model.RoleReporter, model.StatusReview, model.StatusReview, "", "không thể gửi duyệt lúc này"},
		{model.RoleReporter, model.StatusReview, model.StatusApproved, "", "Với vai trò “Phóng viên”"},
		{model.RoleReporter, model.StatusDraft, model.StatusApproved, "", "không thể duyệt bài"},
		{model.RoleReporter, model.StatusApproved, model.StatusPublished, "", "đánh dấu đã đăng"},
		{model.RoleEditor, model.StatusReview, model.StatusApproved, "", ""},
		{model.RoleEditor, model.StatusReview, model.StatusChanges, "Bổ sung tên đơn vị.", ""},
		{model.RoleEditor, model.StatusReview, model.StatusChanges, "  ", "cần sửa gì"},
		{model.RoleEditor, model.StatusDraft, model.StatusApproved, "", "“Bản nháp”, không thể duyệt lúc này"},
		{model.RoleEditor, model.StatusApproved, model.StatusPublished, "", ""},
		{model.RoleEditor, model.StatusDraft, model.StatusReview, "", "Với vai trò “Biên tập viên”"},
		{model.RoleClerk, model.StatusApproved, model.StatusPublished, "", "Với vai trò “Văn thư”"},
		{model.RoleEditor, model.StatusPublished, model.StatusDraft, "", "đưa về bản nháp"},
	} {
		err := c.from.CheckStep(c.to, c.role, c.note)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s %s→%s: refused (%v), want allowed", c.role, c.from, c.to, err)
		case c.want != "" && (err == nil || model.ErrorCode(err) != model.EINVALID || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s %s→%s: got %v, want a refusal saying %q", c.role, c.from, c.to, err, c.want)
		}
	}
	// What the window offers is what the rule allows.
	if got := model.StatusReview.Next(model.RoleEditor); len(got) != 2 {
		t.Errorf("an editor on a report in review may take %v, want approve and changes", got)
	}
	if got := model.StatusReview.Next(model.RoleReporter); len(got) != 0 {
		t.Errorf("a reporter on a report in review may take %v, want none", got)
	}
}

func TestPublishGate(t *testing.T) {
	for _, c := range []struct {
		status        model.Status
		post, setting string
		want          model.PublishGate
	}{
		{model.StatusApproved, model.PostPublish, "refuse", model.PublishOpen},
		{model.StatusPublished, model.PostPublish, "", model.PublishOpen},
		{model.StatusDraft, model.PostPending, "refuse", model.PublishOpen},
		{model.StatusDraft, model.PostPublish, "", model.PublishAsk},
		{model.StatusReview, model.PostPublish, "ask", model.PublishAsk},
		{model.StatusReview, model.PostPublish, "refuse", model.PublishRefused},
	} {
		if got := c.status.PublishGate(c.post, c.setting); got != c.want {
			t.Errorf("%s as %s with %q: got %d, want %d", c.status, c.post, c.setting, got, c.want)
		}
	}
}
