package model_test

import (
	"testing"
	"time"

	"newsdesk/model"
)

// TestDecideImport: what an import does with a report coming in, by what the
// library has — the one rule for bundles and the portal.
func TestDecideImport(t *testing.T) {
	for _, c := range []struct {
		name  string
		state model.ImportState
		want  model.ImportOutcome
	}{
		{"AsCopy", model.ImportState{AsCopy: true, Have: true, Rev: "a", InRev: "a"}, model.ImportCopy},
		{"New", model.ImportState{InRev: "a"}, model.ImportCreated},
		{"SameVersion", model.ImportState{Have: true, Rev: "a", BaseRev: "x", InRev: "a"}, model.ImportUnchanged},
		{"OlderVersion", model.ImportState{Have: true, Rev: "b", BaseRev: "x", InRev: "a", Known: true}, model.ImportUnchanged},
		{"SenderStartedHere", model.ImportState{Have: true, Rev: "a", BaseRev: "x", InRev: "b", InBaseRev: "a"}, model.ImportUpdated},
		{"HistoryWentThrough", model.ImportState{Have: true, Rev: "a", BaseRev: "x", InRev: "c", InBaseRev: "b", History: []string{"c", "b", "a"}}, model.ImportUpdated},
		{"UntouchedSinceItCameIn", model.ImportState{Have: true, Rev: "a", BaseRev: "a", InRev: "c", InBaseRev: "b"}, model.ImportUpdated},
		{"UntouchedButHistoryElsewhere", model.ImportState{Have: true, Rev: "a", BaseRev: "a", InRev: "c", InBaseRev: "b", History: []string{"c", "b"}}, model.ImportConflict},
		{"BothChanged", model.ImportState{Have: true, Rev: "m", BaseRev: "a", InRev: "t", InBaseRev: "a"}, model.ImportConflict},
	} {
		if got := model.DecideImport(c.state); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

// TestImportReasons: the history names the way a report came and went.
func TestImportReasons(t *testing.T) {
	portal, bundle := model.ImportOptions{Via: model.ChannelPortal}, model.ImportOptions{}
	if portal.Received().Label() != "Mở từ cổng" || bundle.Received().Label() != "Nhận từ gói bài" {
		t.Errorf("received: %q, %q", portal.Received().Label(), bundle.Received().Label())
	}
	if portal.Replaced() != model.ReasonPull || bundle.Replaced() != model.ReasonImportBundle {
		t.Errorf("replaced: %s, %s", portal.Replaced(), bundle.Replaced())
	}
	if model.ChannelPortal.Sent() != model.ReasonPushed || model.ChannelBundle.Sent() != model.ReasonSentBundle {
		t.Errorf("sent: %s, %s", model.ChannelPortal.Sent(), model.ChannelBundle.Sent())
	}
}

func TestPendingPostModified(t *testing.T) {
	p := model.PendingPost{ModifiedGMT: "2026-01-08T09:30:00"}
	if got := p.Modified(); !got.Equal(time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("got %v, want 8 January 2026 09:30 UTC", got)
	}
	if got := (model.PendingPost{ModifiedGMT: "hôm qua"}).Modified(); !got.IsZero() {
		t.Errorf("got %v for no time, want zero", got)
	}
}
