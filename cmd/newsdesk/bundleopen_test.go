package main

import (
	"archive/zip"
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
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
			file := m.Bundle
			if file == "" {
				t.Fatalf("newsdesk %q: no bundle for the window", argv)
			}
			var err error
			if res, err = m.desk().ImportBundle(ctx, file, false); err != nil {
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
	m := &Main{Stdin: strings.NewReader(""), Stdout: &strings.Builder{}, Stderr: &strings.Builder{},
		Getenv: func(string) string { return "" }}
	m.RunGUI = func(m *Main, path string) error {
		if m.Bundle != "" {
			t.Errorf("the library flag's value %q taken for a bundle", m.Bundle)
		}
		return nil
	}
	m.Run(context.Background(), []string{"--db", filepath.Join(t.TempDir(), "x.zip")})
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

// TestImportBundlePhotoNotAnImage: a bundle whose photo entry holds no image is
// refused naming the photo and the entry and asking for the bundle again — not
// with the words for a photo file the reporter chose — and nothing comes in.
func TestImportBundlePhotoNotAnImage(t *testing.T) {
	src := newCLI(t)
	id := strconv.FormatInt(src.id("sample"), 10)
	good := filepath.Join(t.TempDir(), "bai.newsdesk.zip")
	src.ok("export", id, "-o", good)

	zr, err := zip.OpenReader(good)
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]any
	entries := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		entries[f.Name], names = data, append(names, f.Name)
	}
	zr.Close()
	json.Unmarshal(entries["newsdesk.json"], &manifest)
	first := manifest["photos"].([]any)[0].(map[string]any)
	entry := first["path"].(string)
	text := []byte("đây là ghi chú, không phải ảnh")
	sum := sha256.Sum256(text)
	entries[entry], first["sha256"] = text, hex.EncodeToString(sum[:])
	entries["newsdesk.json"], _ = json.Marshal(manifest)
	bad := filepath.Join(t.TempDir(), "hong.newsdesk.zip")
	out, _ := os.Create(bad)
	zw := zip.NewWriter(out)
	for _, n := range names {
		w, _ := zw.Create(n)
		w.Write(entries[n])
	}
	zw.Close()
	out.Close()

	dst := newCLI(t)
	_, stderr, code := dst.run("import", bad)
	if code != 1 || !strings.Contains(stderr, entry) || !strings.Contains(stderr, "không phải là ảnh") ||
		strings.Contains(stderr, "Hãy chọn đúng tệp ảnh") {
		t.Errorf("exit %d, stderr %q; want the entry %s named as no image, and the bundle asked for again", code, stderr, entry)
	}
	if list := dst.ok("list"); list != "" {
		t.Errorf("the library holds %q after a refused import", list)
	}
}
