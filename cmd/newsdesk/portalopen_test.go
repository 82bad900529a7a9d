package main

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/wordpress"
)

// dropCategory removes the portal's category of that name, which an editor's push
// makes, so that other tests find the portal as the author left it.
func dropCategory(t *testing.T, env map[string]string, name string) {
	c, err := wordpress.NewClient(env["NEWSDESK_PORTAL_URL"], "editor", env["NEWSDESK_PORTAL_EDITOR_PASSWORD"])
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.FindTerm(context.Background(), "categories", name)
	if err != nil || id == 0 {
		return
	}
	req, _ := http.NewRequest("DELETE", c.Base+"/?rest_route=/wp/v2/categories/"+strconv.FormatInt(id, 10)+"&force=true", nil)
	req.SetBasicAuth(c.User, c.Password)
	if resp, err := c.HTTP.Do(req); err == nil {
		resp.Body.Close()
	}
}

// TestPortalPendingOpen: a reporter pushes the sample report for review as the
// author; an editor, on another library, lists the pending posts, opens it, opens
// it again (nothing downloaded), and publishes it without uploading a photo again.
func TestPortalPendingOpen(t *testing.T) {
	env := mustPortal(t)
	reporter, editor := newCLI(t), newCLI(t)
	for c, user := range map[*cli]string{reporter: "author", editor: "editor"} {
		c.env["NEWSDESK_LANG"] = "en"
		c.env["NEWSDESK_PORTAL_PASSWORD"] = env["NEWSDESK_PORTAL_"+strings.ToUpper(user)+"_PASSWORD"]
		c.ok("portal", "add", "local", "--url", env["NEWSDESK_PORTAL_URL"], "--user", user)
	}
	id := strconv.FormatInt(reporter.id("sample"), 10)
	link, err := url.Parse(strings.TrimSpace(reporter.ok("push", id, "--portal", "local")))
	if err != nil || link.Query().Get("p") == "" {
		t.Fatalf("push printed %v (%v), want the pending post's link", link, err)
	}
	postID := link.Query().Get("p")

	var line string
	for _, l := range strings.Split(editor.ok("portal", "pending", "--portal", "local"), "\n") {
		if strings.HasPrefix(l, postID+"\t") {
			line = l
		}
	}
	if f := strings.Split(line, "\t"); len(f) != 3 || f[1] != "Author" || f[2] == "" {
		t.Fatalf("portal pending: line %q, want POSTID, Author, headline", line)
	}

	out, errOut, code := editor.run("portal", "open", postID, "--portal", "local")
	rid := strings.TrimSpace(out)
	// A redrawn progress line is for a terminal, as a push's: not in a pipe.
	if code != 0 || rid == "" || strings.Contains(errOut, "Photo 4/4") || !strings.Contains(errOut, "4 photos downloaded, 0 already") {
		t.Fatalf("portal open: exit %d, %q %q; want the report ID, no progress line in a pipe, 4 photos downloaded", code, out, errOut)
	}
	// Each library says when its copy last changed: the minute may turn between the two.
	if got, want := changedAt.ReplaceAllString(editor.ok("show", rid), ""), changedAt.ReplaceAllString(reporter.ok("show", id), ""); got != want {
		t.Errorf("the editor's report:\n%s\nthe reporter's:\n%s", got, want)
	}
	out, errOut, code = editor.run("portal", "open", postID, "--portal", "local")
	if code != 0 || strings.TrimSpace(out) != rid || !strings.Contains(errOut, "already has this report") || !strings.Contains(errOut, "0 photos downloaded, 4 already") {
		t.Errorf("second open: exit %d, %q %q; want the same report, nothing downloaded", code, out, errOut)
	}
	if _, errOut, code := editor.run("portal", "open", "abc", "--portal", "local"); code != 2 || !strings.Contains(errOut, "not a post ID") {
		t.Errorf("open abc: exit %d, %q; want a usage error", code, errOut)
	}
	// The editor edits a paragraph, approves and publishes; the reporter, who did
	// not touch the report meanwhile, brings it back: an update, not a conflict.
	eid, _ := strconv.ParseInt(rid, 10, 64)
	editReport(t, editor, eid, func(r *model.Report) { r.Body[1].Text = "Đoạn do biên tập viên viết lại." })
	editor.ok("settings", "reporter.name", "Trần Văn Biên")
	editor.ok("comment", rid, "Đã sửa đoạn 2 cho gọn.", "--block", "2")
	editor.ok("settings", "user.role", "editor")
	editor.ok("status", rid, "approved")
	// The sample's section, which the editor's push creates on the portal.
	t.Cleanup(func() { dropCategory(t, env, "Ngành Nội vụ") })
	_, errOut, code = editor.run("push", rid, "--portal", "local", "--status", "publish")
	if code != 0 || !strings.Contains(errOut, "0 photos uploaded, 4 unchanged") {
		t.Errorf("publish from the editor's library: exit %d, %q; want the same post, no photo uploaded", code, errOut)
	}
	out, errOut, code = reporter.run("portal", "open", postID, "--portal", "local")
	if code != 0 || strings.TrimSpace(out) != id {
		t.Fatalf("the reporter's open: exit %d, %q %q; want their own report %s updated", code, out, errOut, id)
	}
	rep, _ := strconv.ParseInt(id, 10, 64)
	back := findReport(t, reporter, rep)
	if back.Body[1].Text != "Đoạn do biên tập viên viết lại." || back.Status != model.StatusPublished {
		t.Errorf("the reporter's report: %q, %s; want the editor's paragraph, published", back.Body[1].Text, back.Status)
	}
	if c := reporter.ok("comments", id); !strings.Contains(c, "Đã sửa đoạn 2 cho gọn.") {
		t.Errorf("the reporter's comments:\n%s\nwant the editor's", c)
	}
	if n := strings.Count(reporter.ok("list"), "\n"); n != 1 {
		t.Errorf("the reporter's library lists %d reports, want 1 (no linked copy)", n)
	}
}

// changedAt is the time of the last change in show's first line.
var changedAt = regexp.MustCompile(`\d{4}-\d{2}-\d{2} \d{2}:\d{2}`)
