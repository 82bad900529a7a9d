package main

import (
	"strings"
	"testing"
)

// TestPortalAddRefusesCredentialsInURL: a password typed into --url is refused
// before anything is stored or sent, and is not repeated on the screen.
func TestPortalAddRefusesCredentialsInURL(t *testing.T) {
	c := newCLI(t)
	c.env["NEWSDESK_PORTAL_PASSWORD"] = "app-password"
	stdout, stderr, code := c.run("portal", "add", "quan", "--url", "http://user:secret@127.0.0.1:9", "--user", "user")
	if code != 1 || strings.Contains(stdout+stderr, "secret") || !strings.Contains(stderr, "mật khẩu") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 1 and the password not repeated", code, stdout, stderr)
	}
	if out := c.ok("portal", "list"); out != "" {
		t.Errorf("portal list shows %q, want nothing stored", out)
	}
}
