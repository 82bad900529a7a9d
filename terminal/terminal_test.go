package terminal_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"newsdesk/terminal"
)

// TestConfirm: the answers a Vietnamese or an English speaker types for yes,
// with or without the tone mark, and anything else is no.
func TestConfirm(t *testing.T) {
	for answer, want := range map[string]bool{
		"c\n": true, "có\n": true, "Có\n": true, "co\n": true, "CO\n": true, "co\u0301\n": true,
		"y\n": true, "yes\n": true, "Y\n": true, "  có  \n": true,
		"k\n": false, "không\n": false, "n\n": false, "\n": false, "": false, "cóc\n": false,
	} {
		var out bytes.Buffer
		if got := terminal.Confirm(strings.NewReader(answer), &out, "Xoá? [c/K] "); got != want {
			t.Errorf("answer %q: %v, want %v", answer, got, want)
		}
		if out.String() != "Xoá? [c/K] " {
			t.Errorf("asked %q", out.String())
		}
	}
}

// TestNotATerminal: a file, a buffer and /dev/null are no terminal: no progress
// line is drawn there, and no password is asked.
func TestNotATerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	for _, s := range []any{null, &bytes.Buffer{}, nil} {
		if terminal.Is(s) {
			t.Errorf("%T counted as a terminal", s)
		}
		if terminal.Progress(&bytes.Buffer{}, func(int, int) string { return "" }) != nil {
			t.Error("a progress line for a buffer")
		}
		var out bytes.Buffer
		if _, ok := terminal.Password(s, &out, "Mật khẩu: "); ok || out.Len() != 0 {
			t.Errorf("a password asked from %T: said %q", s, out.String())
		}
	}
}
