package msgtest_test

import (
	"testing"

	"newsdesk/msg/msgtest"
)

func TestVerbs(t *testing.T) {
	for in, want := range map[string]string{
		"%d ảnh, %.1f giây": "%d %.1f",
		"100%% xong":        "",
		"“%s” (%q)":         "%s %q",
		"%5.2f%%":           "%5.2f",
	} {
		if got := msgtest.Verbs(in); got != want {
			t.Errorf("Verbs(%q) = %q, want %q", in, got, want)
		}
	}
}
