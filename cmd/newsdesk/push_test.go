package main

import (
	"context"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/sqlite"
	"newsdesk/wordpress/wptest"
)

// mustPortal returns the test portal's settings (see wptest).
func mustPortal(t *testing.T) map[string]string {
	t.Helper()
	return wptest.Portal(t)
}

func reportStatus(t *testing.T, c *cli, id int64) string {
	t.Helper()
	for _, line := range strings.Split(c.ok("list"), "\n") {
		if f := strings.Split(line, "\t"); len(f) > 1 && f[0] == strconv.FormatInt(id, 10) {
			return f[1]
		}
	}
	t.Fatalf("report %d not listed", id)
	return ""
}

func TestPortalAndPush(t *testing.T) {
	env := mustPortal(t)
	c := newCLI(t)
	c.env["NEWSDESK_LANG"] = "en"
	c.env["NEWSDESK_PORTAL_PASSWORD"] = env["NEWSDESK_PORTAL_AUTHOR_PASSWORD"]

	out, errOut, code := c.run("portal", "add", "local", "--url", env["NEWSDESK_PORTAL_URL"], "--user", "author")
	if code != 0 || !strings.Contains(out, "role author") || !strings.Contains(out, "upload photos yes") {
		t.Fatalf("portal add: exit %d, %q %q", code, out, errOut)
	}
	if strings.Count(errOut, "NEWSDESK_PORTAL_PASSWORD") != 1 {
		t.Errorf("stderr %q, want the missing keyring said once", errOut)
	}
	if out := c.ok("portal", "list"); !strings.HasPrefix(out, "local\t"+env["NEWSDESK_PORTAL_URL"]+"\tauthor\n") {
		t.Errorf("portal list printed %q", out)
	}
	if _, errOut, code := c.run("portal", "add", "far", "--url", "http://example.org", "--user", "author"); code != 1 || !strings.Contains(errOut, "https://") {
		t.Errorf("plain http: exit %d, %q; want it refused", code, errOut)
	}
	c.env["NEWSDESK_PORTAL_PASSWORD"] = "abcd efgh ijkl mnop qrst uvwx"
	if _, errOut, code := c.run("portal", "add", "wrong", "--url", env["NEWSDESK_PORTAL_URL"], "--user", "author"); code != 1 || !strings.Contains(errOut, "application password") {
		t.Errorf("wrong password: exit %d, %q", code, errOut)
	}
	c.env["NEWSDESK_PORTAL_PASSWORD"] = env["NEWSDESK_PORTAL_AUTHOR_PASSWORD"]

	id := c.id("sample")
	sid := strconv.FormatInt(id, 10)
	out, errOut, code = c.run("push", sid, "--portal", "local")
	if code != 0 || !strings.Contains(out, env["NEWSDESK_PORTAL_URL"]) {
		t.Fatalf("push: exit %d, %q %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "Ngành Nội vụ") || !strings.Contains(errOut, "4 photos uploaded") {
		t.Errorf("stderr %q, want the missing category said and 4 uploads", errOut)
	}
	if !strings.Contains(errOut, "NEWSDESK_PORTAL_PASSWORD") || strings.Contains(errOut, "\r") {
		t.Errorf("stderr %q, want the missing keyring said the first time, and no progress line (not a terminal)", errOut)
	}
	if s := reportStatus(t, c, id); s != "review" {
		t.Errorf("report status %q after a pending push, want review", s)
	}
	_, errOut, code = c.run("push", sid, "--portal", "local")
	if code != 0 || !strings.Contains(errOut, "nothing new to send") {
		t.Errorf("re-push: exit %d, %q; want nothing sent", code, errOut)
	}
	if strings.Contains(errOut, "NEWSDESK_PORTAL_PASSWORD") {
		t.Errorf("re-push: %q, want the keyring notice not repeated", errOut)
	}
	// Approval is what allows publishing.
	if _, errOut, code := c.run("push", sid, "--portal", "local", "--status", "publish"); code != 1 || !strings.Contains(errOut, "not approved") || !strings.Contains(errOut, "--unapproved") {
		t.Errorf("publishing unapproved: exit %d, %q; want it refused, naming --unapproved", code, errOut)
	}
	if s := reportStatus(t, c, id); s != "review" {
		t.Errorf("report status %q after a refused publish, want review still", s)
	}
	// Where the library's setting refuses unapproved publishing, --unapproved
	// does not override it (as the window refuses instead of asking).
	c.ok("settings", "review.unapproved_publish", "refuse")
	if _, errOut, code := c.run("push", sid, "--portal", "local", "--status", "publish", "--unapproved"); code != 1 || !strings.Contains(errOut, "review.unapproved_publish = refuse") {
		t.Errorf("publishing unapproved against the setting: exit %d, %q; want it refused, naming the setting", code, errOut)
	}
	c.ok("settings", "review.unapproved_publish", "")
	// A reporter does not approve her own report; an editor does.
	if _, errOut, code := c.run("status", sid, "approved"); code != 1 || !strings.Contains(errOut, "Reporter") {
		t.Errorf("a reporter approving: exit %d, %q; want it refused, naming the role", code, errOut)
	}
	c.ok("settings", "user.role", "editor")
	c.ok("status", sid, "approved")
	_, errOut, code = c.run("push", sid, "--portal", "local", "--status", "publish")
	if code != 0 || reportStatus(t, c, id) != "published" {
		t.Errorf("publish: exit %d, %q, report %s; want it published", code, errOut, reportStatus(t, c, id))
	}

	// Where the report stands is in the library.
	db := sqlite.NewDB(c.db)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.NewPortalService(db).FindPushState(context.Background(), id, "local")
	db.Close()
	if err != nil || st == nil || st.PostStatus != model.PostPublish || len(st.Media) != 4 || st.PushedAt.IsZero() {
		t.Errorf("push state %+v (%v), want published with 4 media", st, err)
	}

	t.Run("Contributor", func(t *testing.T) {
		c.env["NEWSDESK_PORTAL_PASSWORD"] = env["NEWSDESK_PORTAL_CONTRIBUTOR_PASSWORD"]
		c.ok("portal", "add", "contrib", "--url", env["NEWSDESK_PORTAL_URL"], "--user", "contributor")
		id := strconv.FormatInt(c.id("sample"), 10)
		if _, errOut, code := c.run("push", id, "--portal", "contrib"); code != 1 || !strings.Contains(errOut, "--text-only") {
			t.Errorf("contributor with photos: exit %d, %q", code, errOut)
		}
		if _, errOut, code := c.run("push", id, "--portal", "contrib", "--text-only", "--status", "publish", "--unapproved"); code != 1 || !strings.Contains(errOut, "may not publish") {
			t.Errorf("contributor publishing: exit %d, %q", code, errOut)
		}
		if _, errOut, code := c.run("push", id, "--portal", "contrib", "--text-only"); code != 0 {
			t.Errorf("contributor, text only: exit %d, %q", code, errOut)
		}
	})

	t.Run("Queue", func(t *testing.T) {
		c.env["NEWSDESK_PORTAL_PASSWORD"] = env["NEWSDESK_PORTAL_AUTHOR_PASSWORD"]
		target, _ := url.Parse(env["NEWSDESK_PORTAL_URL"])
		proxy := httputil.NewSingleHostReverseProxy(target)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		srv := &http.Server{Handler: proxy}
		go srv.Serve(ln)
		c.ok("portal", "add", "flaky", "--url", "http://"+addr, "--user", "author")
		srv.Close() // the network is gone

		id := strconv.FormatInt(c.id("sample"), 10)
		if _, errOut, code := c.run("push", id, "--portal", "flaky"); code != 1 || !strings.Contains(errOut, "Could not reach") {
			t.Errorf("offline push: exit %d, %q", code, errOut)
		}
		out, errOut, code := c.run("push", id, "--portal", "flaky", "--queue")
		if code != 0 || !strings.Contains(out, "waits") {
			t.Errorf("offline push --queue: exit %d, %q %q", code, out, errOut)
		}

		ln, err = net.Listen("tcp", addr) // the network is back
		if err != nil {
			t.Skip("could not listen on the same port again:", err)
		}
		srv = &http.Server{Handler: proxy}
		go srv.Serve(ln)
		defer srv.Close()
		out, errOut, code = c.run("push", "--queued")
		if code != 0 || !strings.Contains(out, env["NEWSDESK_PORTAL_URL"]) {
			t.Errorf("push --queued: exit %d, %q %q", code, out, errOut)
		}
		if _, errOut, _ := c.run("push", "--queued"); !strings.Contains(errOut, "Nothing waits") {
			t.Errorf("second push --queued: %q, want nothing waiting", errOut)
		}
	})

	t.Run("QueueRefused", func(t *testing.T) {
		// A push waits for a contributor's account, which may not upload photos:
		// when the portal answers, it refuses; the push leaves the queue and the
		// report says why, rather than being tried again for ever.
		c.env["NEWSDESK_PORTAL_PASSWORD"] = env["NEWSDESK_PORTAL_CONTRIBUTOR_PASSWORD"]
		id := c.id("sample")
		db := sqlite.NewDB(c.db)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		err := sqlite.NewPortalService(db).SavePushState(context.Background(), &model.PushState{ReportID: id, Portal: "contrib",
			Waiting: true, QueuedAt: time.Now(), WantStatus: model.PostPending})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if _, errOut, code := c.run("push", "--queued"); code != 1 || !strings.Contains(errOut, "--text-only") {
			t.Errorf("push --queued: exit %d, %q; want the refusal said", code, errOut)
		}
		// Out of the queue, but not out of sight: every later push --queued names it
		// until a push settles it.
		if _, errOut, code := c.run("push", "--queued"); code != 1 || !strings.Contains(errOut, "refused by the portal and is not settled") ||
			strings.Contains(errOut, "Nothing waits") {
			t.Errorf("second push --queued: exit %d, %q; want the refused push still named", code, errOut)
		}
		db = sqlite.NewDB(c.db)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		st, err := sqlite.NewPortalService(db).FindPushState(context.Background(), id, "contrib")
		db.Close()
		if err != nil || st == nil || st.Waiting || !strings.Contains(st.Where(), "--text-only") {
			t.Errorf("push state %+v (%v), want out of the queue, saying why", st, err)
		}
	})
}
