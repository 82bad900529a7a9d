package main

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/assets"
	"newsdesk/model"
)

// TestOpenBundle runs `newsdesk FILE.zip` in-process with the window replaced by
// what it does with the bundle: import it by the library's rules, then open it.
func TestOpenBundle(t *testing.T) {
	src := newCLI(t)
	id := strconv.FormatInt(src.id("sample"), 10)
	zip := filepath.Join(t.TempDir(), "Hội nghị.newsdesk.zip")
	src.ok("export", id, "-o", zip)

	db := filepath.Join(t.TempDir(), "library.sqlite")
	open := func(argv ...string) (*model.ImportResult, *model.Report) {
		t.Helper()
		var res *model.ImportResult
		var r *model.Report
		m := &Main{Stdin: strings.NewReader(""), Stdout: &strings.Builder{}, Stderr: &strings.Builder{},
			Getenv: func(string) string { return "" }}
		m.RunGUI = func(m *Main, path string) error {
			ctx := context.Background()
			if err := m.openLibrary(ctx); err != nil {
				return err
			}
			file := bundleArg(argv)
			if file == "" {
				t.Fatalf("bundleArg(%q) found no bundle", argv)
			}
			var err error
			if res, err = m.importBundle(ctx, file); err != nil {
				return err
			}
			r, err = m.Reports.FindReportByID(ctx, res.ReportID)
			return err
		}
		if code := m.Run(context.Background(), argv); code != 0 {
			t.Fatalf("newsdesk %q: exit %d, stderr %q", argv, code, m.Stderr)
		}
		m.Close()
		return res, r
	}

	sample, _, err := assets.SampleReport()
	if err != nil {
		t.Fatal(err)
	}
	res, r := open("--db", db, zip)
	if res.Outcome != model.ImportCreated || r.Headline != sample.Headline {
		t.Errorf("first open: outcome %q, headline %q; want created, the sample's headline", res.Outcome, r.Headline)
	}
	again, _ := open(zip, "--db="+db)
	if again.ReportID != res.ReportID || again.Outcome != model.ImportUnchanged {
		t.Errorf("opening it again gave report %d (%s); want the same report %d, unchanged", again.ReportID, again.Outcome, res.ReportID)
	}
	if got := bundleArg([]string{"--db", "x.zip"}); got != "" {
		t.Errorf("bundleArg took the library flag's value %q for a bundle", got)
	}
}

// TestAppInfoMatchesFyneApp checks that appinfo_gen.go and appID say what
// FyneApp.toml says: run `go generate ./cmd/newsdesk` after changing it.
func TestAppInfoMatchesFyneApp(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	details := map[string]string{}
	table := ""
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[]")
		} else if k, v, ok := strings.Cut(line, "="); ok && table == "Details" {
			details[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	got := map[string]string{"ID": appInfo.ID, "Name": appInfo.Name, "Version": appInfo.Version, "Build": strconv.Itoa(appInfo.Build)}
	for k, v := range got {
		if details[k] != v {
			t.Errorf("appinfo_gen.go has %s %q, FyneApp.toml %q: run go generate ./cmd/newsdesk", k, v, details[k])
		}
	}
	if appID != details["ID"] {
		t.Errorf("appID is %q, FyneApp.toml's ID %q", appID, details["ID"])
	}
}
