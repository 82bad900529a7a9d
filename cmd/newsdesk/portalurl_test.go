package main

import (
	"archive/zip"
	"io"
	"net"
	"path/filepath"
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

// TestPortalPlugin: the plugin a portal's administrator uploads is a zip with the
// folder WordPress expects, and the PHP file names itself.
func TestPortalPlugin(t *testing.T) {
	c := newCLI(t)
	out := filepath.Join(t.TempDir(), "newsdesk.zip")
	c.ok("portal", "plugin", "-o", out)
	z, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	f, err := z.Open("newsdesk/newsdesk.php")
	if err != nil {
		t.Fatalf("the zip lacks newsdesk/newsdesk.php: %v", err)
	}
	data, _ := io.ReadAll(f)
	if !strings.Contains(string(data), "Plugin Name:       Newsdesk") {
		t.Errorf("newsdesk.php does not declare the plugin")
	}
}

// TestPortalAddUnreachable: a portal that does not answer is said to be out of
// reach, with nothing about a report (none is concerned), and nothing is stored.
func TestPortalAddUnreachable(t *testing.T) {
	c := newCLI(t)
	c.env["NEWSDESK_LANG"] = "en"
	c.env["NEWSDESK_PORTAL_PASSWORD"] = "app-password"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	_, stderr, code := c.run("portal", "add", "dead", "--url", "http://"+addr, "--user", "author")
	if code != 1 || !strings.Contains(stderr, "Could not reach the portal") || strings.Contains(stderr, "report") {
		t.Errorf("exit %d, stderr %q; want the portal said out of reach, no report mentioned", code, stderr)
	}
	if out := c.ok("portal", "list"); out != "" {
		t.Errorf("portal list shows %q, want nothing stored", out)
	}
}
