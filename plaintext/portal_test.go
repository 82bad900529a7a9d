package plaintext_test

import (
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/msg/msgtest"
	"newsdesk/plaintext"
)

// TestPortalLines: what a push, an opened post and a new portal profile say at
// the terminal, in both languages: the photos counted apart (none kept by a push
// of the text alone), the account's rights one by one.
func TestPortalLines(t *testing.T) {
	msgtest.Check(t, "plaintext.")
	defer msg.SetLang(msg.Current())
	msg.SetLang(msg.English)
	sent := model.NewReport("Hội nghị")
	for range 3 {
		sent.Body = append(sent.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: model.NewUUID()}})
	}
	res := &model.PushResult{Sent: sent, Uploaded: 1, State: &model.PushState{Portal: "cong", PostID: 7, PostStatus: model.PostPending}}
	where := res.State.Where()
	if got, want := plaintext.Pushed(res, false, 1234*time.Millisecond), where+": 1 photo uploaded, 2 unchanged, 1.2 s.\n"; got != want {
		t.Errorf("push: %q, want %q", got, want)
	}
	if got, want := plaintext.Pushed(res, true, time.Second), where+": 1 photo uploaded, 0 unchanged, 1.0 s.\n"; got != want {
		t.Errorf("text-only push: %q, want %q", got, want)
	}
	opened := &model.OpenResult{Outcome: model.ImportCreated, Downloaded: 4, Reused: 1}
	if got := plaintext.Opened(opened, 2*time.Second); got == "" || got == "\n" {
		t.Errorf("opened: %q", got)
	}
	acct := &model.PortalAccount{Name: "Minh Khôi", Role: "author", MayWrite: true, MayUpload: true, NoPlugin: true}
	got := plaintext.Account("cong", acct)
	msg.SetLang(msg.Vietnamese)
	if vi := plaintext.Account("cong", acct); vi == got {
		t.Errorf("the account's lines are the same in both languages: %q", got)
	}
	for _, want := range []string{"cong", "Minh Khôi", "author", "yes", "no"} {
		if !strings.Contains(got, want) {
			t.Errorf("account lines %q lack %q", got, want)
		}
	}
}
