package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/sqlite"
)

// editReport changes report id in c's library as the window would, with an
// explicit save (which keeps a revision).
func editReport(t *testing.T, c *cli, id int64, edit func(r *model.Report)) {
	t.Helper()
	db := sqlite.NewDB(c.db)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := sqlite.NewReportService(db)
	r, err := s.FindReportByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	edit(r)
	if err := s.UpdateReport(context.Background(), r, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
}

func findReport(t *testing.T, c *cli, id int64) *model.Report {
	t.Helper()
	db := sqlite.NewDB(c.db)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, err := sqlite.NewReportService(db).FindReportByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReviewRoundTrip is the round trip by file: the reporter submits and sends a
// review bundle, the editor comments (on a paragraph and on one award row) and
// requests changes, the reporter brings the editor's bundle back: comments, the
// decision with its note and the history are all there.
func TestReviewRoundTrip(t *testing.T) {
	dir := t.TempDir()
	reporter, editor := newCLI(t), newCLI(t)
	reporter.env["NEWSDESK_LANG"], editor.env["NEWSDESK_LANG"] = "en", "en"
	reporter.ok("settings", "reporter.name", "Hoàng Minh Thư")
	editor.ok("settings", "reporter.name", "Trần Văn Biên")
	editor.ok("settings", "user.role", "editor")

	id := reporter.id("sample")
	sid := strconv.FormatInt(id, 10)
	reporter.ok("status", sid, "review")
	toEditor := filepath.Join(dir, "gui-duyet.zip")
	reporter.ok("export", sid, "--review", "-o", toEditor)

	eid := editor.id("import", toEditor)
	esid := strconv.FormatInt(eid, 10)
	if s := reportStatus(t, editor, eid); s != "review" {
		t.Fatalf("editor got status %s, want review", s)
	}
	c1 := strings.TrimSpace(editor.ok("comment", esid, "Nêu rõ năm chỉ tiêu vượt kế hoạch.", "--block", "2"))
	nameless := newCLI(t)
	nid := strconv.FormatInt(nameless.id("sample"), 10)
	if _, errOut, code := nameless.run("comment", nid, "Ai viết?"); code != 1 || !strings.Contains(errOut, "reporter.name") {
		t.Errorf("a comment from a library with no name: exit %d, %q; want it refused, naming the setting", code, errOut)
	}
	editor.ok("comment", esid, "Kiểm tra lại chức vụ của chị Ngọc Anh.", "--block", "12", "--row", "13")
	editor.ok("status", esid, "changes", "--note", "Bổ sung số liệu ở đoạn 2.")
	back := filepath.Join(dir, "tra-lai.zip")
	editor.ok("export", esid, "--review", "-o", back)

	_, errOut, code := reporter.run("import", back)
	if code != 0 || !strings.Contains(errOut, "2 new comments") {
		t.Fatalf("reporter import: exit %d, %q; want 2 new comments said", code, errOut)
	}
	if s := reportStatus(t, reporter, id); s != "changes" {
		t.Errorf("reporter's report is %s, want changes requested (updated in place)", s)
	}
	comments := reporter.ok("comments", sid)
	for _, want := range []string{"\t2\tTrần Văn Biên\topen\tNêu rõ năm chỉ tiêu vượt kế hoạch.", "\t12:13\tTrần Văn Biên\topen\tKiểm tra lại chức vụ"} {
		if !strings.Contains(comments, want) {
			t.Errorf("reporter's comments:\n%s\nwant a line with %q", comments, want)
		}
	}

	// The reporter answers and resolves; the editor gets it back resolved.
	lines := strings.Split(strings.TrimSpace(comments), "\n")
	first := strings.Split(lines[0], "\t")[0]
	reporter.ok("comment", sid, "Đã bổ sung.", "--reply", first)
	reporter.ok("resolve", first)
	reporter.ok("status", sid, "review")
	again := filepath.Join(dir, "gui-lai.zip")
	reporter.ok("export", sid, "--review", "-o", again)
	editor.ok("import", again)
	got := editor.ok("comments", esid, "--all")
	if !strings.Contains(got, c1+"\t2\tTrần Văn Biên\tresolved") || !strings.Contains(got, "↳"+c1+"\tHoàng Minh Thư\t\tĐã bổ sung.") {
		t.Errorf("editor's comments:\n%s\nwant the thread resolved with the reporter's answer", got)
	}
	if open := editor.ok("comments", esid); strings.Contains(open, "Nêu rõ") {
		t.Errorf("open comments:\n%s\nwant the resolved thread left out", open)
	}

	// The history kept every step with who took it.
	db := sqlite.NewDB(editor.db)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	revs, err := sqlite.NewRevisionService(db).FindRevisions(context.Background(), eid)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	for _, r := range revs {
		switch r.Reason {
		case model.ReasonSubmitted, model.ReasonChanges:
			steps = append(steps, string(r.Reason)+" by "+r.Author+" "+r.Note)
		}
	}
	want := "submitted by Hoàng Minh Thư |changes by Trần Văn Biên Bổ sung số liệu ở đoạn 2.|submitted by Hoàng Minh Thư "
	if got := strings.Join(steps, "|"); got != want {
		t.Errorf("editor's history, newest first:\n%s\nwant\n%s", got, want)
	}
}

// TestReviewConflict: both sides edited the same paragraph after the hand-off;
// bringing the editor's version back keeps both.
func TestReviewConflict(t *testing.T) {
	dir := t.TempDir()
	reporter, editor := newCLI(t), newCLI(t)
	id := reporter.id("sample")
	sid := strconv.FormatInt(id, 10)
	out := filepath.Join(dir, "a.zip")
	reporter.ok("export", sid, "--review", "-o", out)
	eid := editor.id("import", out)

	editReport(t, editor, eid, func(r *model.Report) { r.Body[1].Text = "Bản của biên tập viên." })
	editReport(t, reporter, id, func(r *model.Report) { r.Body[1].Text = "Bản của phóng viên." })
	back := filepath.Join(dir, "b.zip")
	editor.ok("export", strconv.FormatInt(eid, 10), "--review", "-o", back)

	copyID := reporter.id("import", back)
	if copyID == id {
		t.Fatalf("the import updated the reporter's report; want the editor's version as a new one")
	}
	mine, theirs := findReport(t, reporter, id), findReport(t, reporter, copyID)
	if mine.Body[1].Text != "Bản của phóng viên." || theirs.Body[1].Text != "Bản của biên tập viên." {
		t.Errorf("got %q and %q, want both versions kept", mine.Body[1].Text, theirs.Body[1].Text)
	}
	if theirs.LinkedUUID != mine.UUID || theirs.Body[1].Key != mine.Body[1].Key {
		t.Errorf("the editor's version is not linked to the reporter's (linked %q, keys %q %q)", theirs.LinkedUUID, theirs.Body[1].Key, mine.Body[1].Key)
	}
}

// TestPhotoPrune: prune keeps every photo a report or a revision uses, and the
// ones just added; it says how many it removed.
func TestPhotoPrune(t *testing.T) {
	c := newCLI(t)
	c.env["NEWSDESK_LANG"] = "en"
	id := c.id("sample")
	editReport(t, c, id, func(r *model.Report) {
		for i, b := range r.Body {
			if b.Kind == model.BlockPhoto {
				r.Body = append(r.Body[:i], r.Body[i+1:]...) // the revision before still has it
				break
			}
		}
	})
	if out := c.ok("photo", "prune"); !strings.Contains(out, "Removed 0 photos") {
		t.Errorf("prune printed %q", out)
	}
	if n := strings.Count(c.ok("show", strconv.FormatInt(id, 10)), "[Photo "); n != 3 {
		t.Errorf("%d photos in the report after prune, want 3", n)
	}
}

// TestThirdPartyBundle: a clerk holds the reporter's second version; an editor's
// edit of the first comes in. The clerk did not touch the report, but the
// editor's version does not descend from the clerk's: both are kept.
func TestThirdPartyBundle(t *testing.T) {
	dir := t.TempDir()
	reporter, editor, clerk := newCLI(t), newCLI(t), newCLI(t)
	id := reporter.id("sample")
	sid := strconv.FormatInt(id, 10)
	first := filepath.Join(dir, "1.zip")
	reporter.ok("export", sid, "-o", first)
	cid := clerk.id("import", first)
	eid := editor.id("import", first)

	editReport(t, reporter, id, func(r *model.Report) { r.Lead = "Bản thứ hai của phóng viên." })
	second := filepath.Join(dir, "2.zip")
	reporter.ok("export", sid, "-o", second)
	if got := clerk.id("import", second); got != cid || findReport(t, clerk, cid).Lead != "Bản thứ hai của phóng viên." {
		t.Fatalf("the clerk's copy: %d, %q; want the second version in place", got, findReport(t, clerk, cid).Lead)
	}

	editReport(t, editor, eid, func(r *model.Report) { r.Body[1].Text = "Biên tập viên sửa bản đầu." })
	fromEditor := filepath.Join(dir, "e.zip")
	editor.ok("export", strconv.FormatInt(eid, 10), "-o", fromEditor)
	got := clerk.id("import", fromEditor)
	if got == cid {
		t.Fatal("the editor's edit of the first version replaced the clerk's second version")
	}
	if findReport(t, clerk, cid).Lead != "Bản thứ hai của phóng viên." || findReport(t, clerk, got).Body[1].Text != "Biên tập viên sửa bản đầu." {
		t.Error("want both versions kept side by side")
	}
}

// TestExportBundleProgressAndCancel: the window's "Save review bundle" tells each
// photo written, and a cancelled one leaves no file behind.
func TestExportBundleProgressAndCancel(t *testing.T) {
	c := newCLI(t)
	id := c.id("sample")
	var out bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Getenv: func(k string) string { return c.env[k] }}
	if code := m.Run(context.Background(), []string{"--db", c.db, "list"}); code != 0 { // opens the library
		t.Fatalf("list: %s", out.String())
	}
	defer m.Close()
	if err := m.openLibrary(context.Background()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "goi.zip")
	var steps []int
	if err := m.desk().ExportBundle(context.Background(), desk.BundleJob{ID: id, Path: path, PrintPhotos: true, Review: true}, func(done, total int) {
		steps = append(steps, done*10+total)
	}); err != nil {
		t.Fatal(err)
	}
	if len(steps) != 4 || steps[3] != 44 {
		t.Errorf("progress %v, want 1/4 … 4/4", steps)
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("no bundle written: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gone := filepath.Join(t.TempDir(), "huy.zip")
	if err := m.desk().ExportBundle(ctx, desk.BundleJob{ID: id, Path: gone, Review: true}, nil); err == nil {
		t.Error("a cancelled export went through")
	}
	if _, err := os.Stat(gone); !os.IsNotExist(err) {
		t.Errorf("a cancelled export left %s behind", gone)
	}
}
