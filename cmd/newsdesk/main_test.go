package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/keyring"
)

// cli runs newsdesk in-process against a library in a temporary folder, the way a
// clerk's script would run the binary.
type cli struct {
	t   *testing.T
	db  string
	env map[string]string
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	return &cli{t: t, db: filepath.Join(t.TempDir(), "library.sqlite"), env: map[string]string{"HOME": t.TempDir()}}
}

// noKeyringStore is a keyring that is not there, as on a server or in CI: the
// tests never reach the keyring of the computer they run on.
type noKeyringStore struct{}

func (noKeyringStore) Get(string) (string, error) { return "", keyring.ErrUnavailable }
func (noKeyringStore) Set(string, string) error   { return keyring.ErrUnavailable }
func (noKeyringStore) Delete(string) error        { return keyring.ErrUnavailable }

// run runs one command line (with --db unless the line names a library itself) and
// returns what it printed and its exit status.
func (c *cli) run(argv ...string) (stdout, stderr string, code int) {
	c.t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return c.env[k] }, Keyring: noKeyringStore{}}
	if c.db != "" {
		argv = append([]string{"--db", c.db}, argv...)
	}
	code = m.Run(context.Background(), argv)
	if err := m.Close(); err != nil {
		c.t.Fatalf("close: %v", err)
	}
	return out.String(), errOut.String(), code
}

// ok runs a command that must succeed and returns its standard output.
func (c *cli) ok(argv ...string) string {
	c.t.Helper()
	out, errOut, code := c.run(argv...)
	if code != 0 {
		c.t.Fatalf("newsdesk %s: exit %d, stderr %q", strings.Join(argv, " "), code, errOut)
	}
	return out
}

// id runs a command that prints a report ID and returns it.
func (c *cli) id(argv ...string) int64 {
	c.t.Helper()
	out := strings.TrimSpace(c.ok(argv...))
	id, err := strconv.ParseInt(out, 10, 64)
	if err != nil || id <= 0 {
		c.t.Fatalf("newsdesk %s printed %q, want a report ID", strings.Join(argv, " "), out)
	}
	return id
}

func TestNewListShow(t *testing.T) {
	c := newCLI(t)
	id := c.id("new", "--headline", "Hội nghị\ttổng kết\ncông tác năm 2025")
	out := c.ok("list")
	fields := strings.Split(strings.TrimSuffix(out, "\n"), "\t")
	if len(fields) != 4 || fields[0] != strconv.FormatInt(id, 10) || fields[1] != "draft" || fields[3] != "Hội nghị tổng kết công tác năm 2025" {
		t.Fatalf("list printed %q", out)
	}
	if len(fields[2]) != len("2006-01-02 15:04") {
		t.Errorf("last change %q, want local time as 2006-01-02 15:04", fields[2])
	}
	show := c.ok("show", strconv.FormatInt(id, 10))
	if !strings.Contains(show, "Tiêu đề: Hội nghị tổng kết công tác năm 2025") {
		t.Errorf("show printed %q", show)
	}
}

func TestDatabaseChoice(t *testing.T) {
	c := newCLI(t)
	envDB := filepath.Join(t.TempDir(), "env.sqlite")
	flagDB := filepath.Join(t.TempDir(), "nested", "flag.sqlite")
	c.db = ""
	c.env["NEWSDESK_DB"] = envDB
	c.id("new", "--headline", "Theo biến môi trường")
	c.id("new", "--headline", "Theo tùy chọn", "--db", flagDB)
	c.db = envDB
	if out := c.ok("list"); !strings.Contains(out, "Theo biến môi trường") || strings.Contains(out, "Theo tùy chọn") {
		t.Errorf("NEWSDESK_DB library lists %q", out)
	}
	c.db = flagDB
	if out := c.ok("list"); !strings.Contains(out, "Theo tùy chọn") || strings.Contains(out, "Theo biến") {
		t.Errorf("--db library lists %q", out)
	}
	t.Run("DefaultIsTheDataFolder", func(t *testing.T) {
		c := newCLI(t)
		c.db = ""
		c.env["XDG_DATA_HOME"] = t.TempDir()
		c.id("new", "--headline", "Mặc định")
		if _, err := os.Stat(filepath.Join(c.env["XDG_DATA_HOME"], "newsdesk", "library.sqlite")); err != nil {
			t.Errorf("library not in the data folder: %v", err)
		}
	})
}

func TestStatus(t *testing.T) {
	c := newCLI(t)
	a := c.id("new", "--headline", "Bài A")
	b := c.id("new", "--headline", "Bài B")
	c.ok("status", strconv.FormatInt(a, 10), "review")
	if out := c.ok("list", "--status", "review"); !strings.HasPrefix(out, strconv.FormatInt(a, 10)+"\treview\t") || strings.Count(out, "\n") != 1 {
		t.Errorf("list --status review printed %q", out)
	}
	if out := c.ok("list", "--status=draft"); !strings.HasPrefix(out, strconv.FormatInt(b, 10)+"\t") {
		t.Errorf("list --status=draft printed %q", out)
	}
	t.Run("ErrUnknownStatus", func(t *testing.T) {
		_, errOut, code := c.run("status", strconv.FormatInt(a, 10), "done")
		if code != 2 || !strings.Contains(errOut, "done") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
	t.Run("ErrNoSuchReport", func(t *testing.T) {
		_, errOut, code := c.run("status", "999", "review")
		if code != 1 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("exit %d, stderr %q; want 1 and one line", code, errOut)
		}
	})
	// The review's steps hold here as in the window (model.Status.CheckStep).
	t.Run("StepsByRole", func(t *testing.T) {
		id := strconv.FormatInt(a, 10)
		if _, errOut, code := c.run("status", id, "approved"); code != 1 || !strings.Contains(errOut, "Phóng viên") {
			t.Errorf("a reporter approving: exit %d, %q; want 1 naming the role", code, errOut)
		}
		c.ok("settings", "user.role", "editor")
		if _, errOut, code := c.run("status", id, "changes"); code != 1 || !strings.Contains(errOut, "cần sửa gì") {
			t.Errorf("changes without a note: exit %d, %q; want 1 asking what to change", code, errOut)
		}
		c.ok("status", id, "changes", "--note", "Thêm tên đơn vị tổ chức.")
		if _, errOut, code := c.run("status", id, "approved"); code != 1 || !strings.Contains(errOut, "“Cần sửa”") {
			t.Errorf("approving a report sent back: exit %d, %q; want 1 naming its status", code, errOut)
		}
	})
}

func TestUsage(t *testing.T) {
	c := newCLI(t)
	for _, argv := range [][]string{
		{"frobnicate"},
		{"show"},
		{"show", "0"},
		{"show", "-3"},
		{"show", "abc"},
		{"new"},
		{"new", "--headline"},
		{"list", "--colour", "red"},
		{"search", "hội", "--limit", "zero"},
	} {
		if _, errOut, code := c.run(argv...); code != 2 || errOut == "" {
			t.Errorf("newsdesk %s: exit %d, stderr %q; want 2 and a message", strings.Join(argv, " "), code, errOut)
		}
	}
}

func TestHelp(t *testing.T) {
	c := newCLI(t)
	if out := c.ok("help"); !strings.Contains(out, "newsdesk search") || !strings.Contains(out, "newsdesk awards import") {
		t.Errorf("help printed %q", out)
	}
	if out := c.ok("help", "settings"); !strings.Contains(out, "agency.email") {
		t.Errorf("help settings lacks the keys: %q", out)
	}
	if out := c.ok("search", "--help"); !strings.Contains(out, "--limit") {
		t.Errorf("search --help printed %q", out)
	}
}

// TestHelpFiles: every command has its help in both languages, with its usage
// on its first line, and neither file has a part nothing asks for.
func TestHelpFiles(t *testing.T) {
	want := map[string]bool{"intro": true, "outro": true, "common": true}
	for _, c := range commands {
		want[c.name] = true
	}
	for lang, file := range map[string]string{"vi": helpVI, "en": helpEN} {
		parts := helpParts(file)
		for name := range want {
			if text := parts[name]; strings.TrimSpace(text) == "" {
				t.Errorf("help/%s.txt has no part %q", lang, name)
			} else if name == "intro" || name == "outro" || name == "common" {
				continue
			} else if usage, _, _ := strings.Cut(text, "\n"); !strings.HasPrefix(usage, "newsdesk "+name) {
				t.Errorf("help/%s.txt: %q begins %q, not its usage", lang, name, usage)
			}
		}
		for name := range parts {
			if !want[name] {
				t.Errorf("help/%s.txt has a part %q for no command", lang, name)
			}
		}
	}
}

func TestLanguage(t *testing.T) {
	c := newCLI(t)
	_, errOut, _ := c.run("show", "42")
	if !strings.Contains(errOut, "42") {
		t.Fatalf("stderr %q", errOut)
	}
	vi := errOut
	c.env["NEWSDESK_LANG"] = "en"
	_, en, _ := c.run("show", "42")
	if en == vi || !strings.Contains(strings.ToLower(en), "report") {
		t.Errorf("NEWSDESK_LANG=en gave %q (Vietnamese: %q)", en, vi)
	}
	delete(c.env, "NEWSDESK_LANG")
	c.ok("settings", "language", "en")
	if _, got, _ := c.run("show", "42"); got != en {
		t.Errorf("language setting en gave %q, want %q", got, en)
	}
	c.env["NEWSDESK_LANG"] = "vi"
	if _, got, _ := c.run("show", "42"); got != vi {
		t.Errorf("NEWSDESK_LANG=vi over setting en gave %q, want %q", got, vi)
	}
}

func TestSettings(t *testing.T) {
	c := newCLI(t)
	c.ok("settings", "agency.name", "Cổng Thông tin điện tử thành phố Hải Đông")
	if got := c.ok("settings", "agency.name"); got != "Cổng Thông tin điện tử thành phố Hải Đông\n" {
		t.Errorf("got %q", got)
	}
	if all := c.ok("settings"); !strings.Contains(all, "agency.name\tCổng Thông tin điện tử thành phố Hải Đông\n") || !strings.Contains(all, "agency.email\t") {
		t.Errorf("settings printed %q", all)
	}
	if _, _, code := c.run("settings", "agency.colour", "đỏ"); code != 2 {
		t.Errorf("unknown key: exit %d, want 2", code)
	}
	if _, errOut, code := c.run("settings", "print.dpi", "72"); code != 1 || !strings.Contains(errOut, "300") {
		t.Errorf("bad value: exit %d, stderr %q", code, errOut)
	}
	c.ok("settings", "reporter.name", "Thanh Hà")
	id := c.id("new", "--headline", "Có tác giả")
	if show := c.ok("show", strconv.FormatInt(id, 10)); !strings.Contains(show, "Tác giả: Thanh Hà") {
		t.Errorf("new report's byline from settings missing: %q", show)
	}
}

// TestDelete: a report goes with --yes; without it, and no terminal to ask on,
// nothing is deleted and the message says what to add.
func TestDelete(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("new", "--headline", "Bài thử để xoá"), 10)
	keep := strconv.FormatInt(c.id("new", "--headline", "Bài giữ lại"), 10)
	if _, stderr, code := c.run("delete", id); code != 2 || !strings.Contains(stderr, "--yes") {
		t.Errorf("delete without --yes: exit %d, %q; want 2 naming --yes", code, stderr)
	}
	if out := c.ok("list"); !strings.Contains(out, "Bài thử để xoá") {
		t.Fatalf("the report went without --yes: %q", out)
	}
	if _, stderr, code := c.run("delete", id, "--yes"); code != 0 || !strings.Contains(stderr, "Bài thử để xoá") {
		t.Errorf("delete --yes: exit %d, %q", code, stderr)
	}
	if out := c.ok("list"); strings.Contains(out, "Bài thử để xoá") || !strings.Contains(out, keep+"\t") {
		t.Errorf("list after delete: %q; want only the other report", out)
	}
	if _, _, code := c.run("delete", id, "--yes"); code != 1 {
		t.Errorf("deleting it again: exit %d, want 1 (not found)", code)
	}
}

// TestCheckCommand: newsdesk check says a healthy library has no damage.
func TestCheckCommand(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	if out := c.ok("check"); !strings.Contains(out, "không có chỗ hỏng") {
		t.Errorf("check printed %q", out)
	}
}
