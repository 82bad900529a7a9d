package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/msg/msgtest"
	"newsdesk/sqlite"
)

// MustOpenDB returns an open library in a new file of tb's temporary folder, closed
// when the test ends. Its clock is fixed; tests move it with Advance.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return MustOpenDBAt(tb, filepath.Join(tb.TempDir(), "library.db"))
}

// MustOpenDBAt is MustOpenDB for the file path.
func MustOpenDBAt(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	msg.SetLang(msg.Vietnamese)
	db := sqlite.NewDB(path)
	clock := &testClock{t: time.Date(2026, 1, 8, 8, 0, 0, 0, time.UTC)}
	db.Now = clock.Now
	clocks.Store(db, clock)
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

var clocks sync.Map // *sqlite.DB → *testClock

// Advance moves the clock of a library made by MustOpenDB.
func Advance(db *sqlite.DB, d time.Duration) {
	v, _ := clocks.Load(db)
	c := v.(*testClock)
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestDB_Open(t *testing.T) {
	t.Run("CreatesFileAndFolder", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "Tài liệu #1", "100% thư viện?", "newsdesk.db")
		db := MustOpenDBAt(t, path)
		if _, err := os.Stat(path); err != nil {
			t.Fatalf("got %v, want the library file created", err)
		}
		var mode string
		if err := db.SQL().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		} else if mode != "wal" {
			t.Errorf("got journal_mode %q, want wal", mode)
		}
		var fk int
		if err := db.SQL().QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		} else if fk != 1 {
			t.Errorf("got foreign_keys %d, want 1", fk)
		}
	})

	t.Run("ReopenKeepsReports", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "library.db")
		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
		if err := sqlite.NewReportService(db).CreateReport(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db = MustOpenDBAt(t, path)
		got, err := sqlite.NewReportService(db).FindReportByID(context.Background(), r.ID)
		if err != nil {
			t.Fatal(err)
		} else if got.Headline != r.Headline {
			t.Errorf("got %q, want %q", got.Headline, r.Headline)
		}
	})

	t.Run("ErrNotADatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "ghi-chu.db")
		if err := os.WriteFile(path, []byte(strings.Repeat("Biên bản cuộc họp chi bộ.\n", 200)), 0o644); err != nil {
			t.Fatal(err)
		}
		err := sqlite.NewDB(path).Open()
		if got, want := model.ErrorCode(err), model.EINVALID; got != want {
			t.Fatalf("got %v (%v), want %v", got, err, want)
		}
		if got := model.ErrorMessage(err); !strings.Contains(got, "không phải là thư viện Newsdesk") || !strings.Contains(got, path) {
			t.Errorf("got %q, want a sentence naming the file as not a library", got)
		}
	})

	t.Run("ErrOtherProgramsDatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "danh-ba.db")
		other, err := sql.Open("sqlite3", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := other.Exec(`CREATE TABLE contacts (name TEXT)`); err != nil {
			t.Fatal(err)
		}
		other.Close()

		err = sqlite.NewDB(path).Open()
		if got := model.ErrorMessage(err); !strings.Contains(got, "không phải là thư viện Newsdesk") {
			t.Fatalf("got %q, want a sentence saying it is not a library", got)
		}
		// The other program's file is left as it was.
		other, _ = sql.Open("sqlite3", path)
		defer other.Close()
		var n int
		if err := other.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			t.Fatal(err)
		} else if n != 1 {
			t.Errorf("got %d objects in the other program's file, want 1", n)
		}
	})

	t.Run("ErrNewerLibrary", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "library.db")
		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL().Exec(`INSERT INTO migrations (name, applied_at) VALUES ('900_future.sql', '2030-01-01T00:00:00.000000000Z')`); err != nil {
			t.Fatal(err)
		}
		db.Close()

		err := sqlite.NewDB(path).Open()
		if got := model.ErrorMessage(err); !strings.Contains(got, "phiên bản Newsdesk mới hơn") {
			t.Fatalf("got %q, want a sentence about a newer Newsdesk", got)
		}
	})

	t.Run("ErrPathRequired", func(t *testing.T) {
		if err := sqlite.NewDB("").Open(); model.ErrorCode(err) != model.EINVALID {
			t.Fatalf("got %v, want %v", err, model.EINVALID)
		}
	})
}

func TestFormatError(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, tt := range []struct {
		name string
		code sqlite3.ErrNo
		want string
	}{
		{"Busy", sqlite3.ErrBusy, "đang bận"},
		{"Locked", sqlite3.ErrLocked, "đang bận"},
		{"ReadOnly", sqlite3.ErrReadonly, "chỉ cho phép đọc"},
		{"DiskFull", sqlite3.ErrFull, "Ổ đĩa chứa thư viện đã đầy"},
		{"NotADatabase", sqlite3.ErrNotADB, "bị hỏng hoặc không phải là thư viện Newsdesk"},
		{"Corrupt", sqlite3.ErrCorrupt, "bị hỏng"},
		{"CantOpen", sqlite3.ErrCantOpen, "Không mở được tệp thư viện"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			driverErr := sqlite3.Error{Code: tt.code}
			err := sqlite.FormatError(fmt.Errorf("save: %w", driverErr))
			if got := model.ErrorMessage(err); !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want it to contain %q", got, tt.want)
			}
			if got := err.Error(); strings.Contains(got, driverErr.Error()) {
				t.Errorf("got %q: the driver's text must not reach people", got)
			}
			var se sqlite3.Error
			if !errors.As(err, &se) || se.Code != tt.code {
				t.Errorf("got %v, want the driver's error kept for the log", err)
			}
		})
	}
	t.Run("Nil", func(t *testing.T) {
		if err := sqlite.FormatError(nil); err != nil {
			t.Errorf("got %v, want nil", err)
		}
	})
	t.Run("OtherErrorUnchanged", func(t *testing.T) {
		in := errors.New("boom")
		if got := sqlite.FormatError(in); got != in {
			t.Errorf("got %v, want %v", got, in)
		}
	})
}

// A write that cannot get the library within the busy timeout says so in words.
func TestDB_Busy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	MustOpenDBAt(t, path)

	db := sqlite.NewDB(path)
	db.BusyTimeout = 200 * time.Millisecond
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	// Another program holds the write lock.
	other, err := sql.Open("sqlite3", path+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()

	err = sqlite.NewReportService(db).CreateReport(context.Background(), model.NewReport("Hội nghị giao ban"))
	if got := model.ErrorMessage(err); !strings.Contains(got, "Thư viện đang bận") {
		t.Fatalf("got %q, want the busy sentence", got)
	}
	// Reading goes on meanwhile.
	if _, err := sqlite.NewReportService(db).FindReports(context.Background(), model.ReportFilter{}); err != nil {
		t.Errorf("got %v, want reads to work while another program writes", err)
	}
}

const (
	childEnv    = "NEWSDESK_SQLITE_TEST_CHILD"
	childWrites = 50
	children    = 4
)

// Several processes writing the same (new) file at once all succeed, and the file
// is whole afterwards: every report stored once, searchable, no damage.
func TestConcurrentProcesses(t *testing.T) {
	if spec := os.Getenv(childEnv); spec != "" {
		runChild(t, spec)
		return
	}
	if testing.Short() {
		t.Skip("starts several processes")
	}
	path := filepath.Join(t.TempDir(), "shared library.db")
	cmds := make([]*exec.Cmd, children)
	outs := make([]strings.Builder, children)
	for i := range cmds {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestConcurrentProcesses$", "-test.count=1")
		cmds[i].Env = append(os.Environ(), childEnv+"="+strconv.Itoa(i)+":"+path)
		cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
	}
	// Started together, they also race to create the file and its tables.
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("process %d: %v\n%s", i, err, outs[i].String())
		}
	}

	db := MustOpenDBAt(t, path)
	var check string
	if err := db.SQL().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil {
		t.Fatal(err)
	} else if check != "ok" {
		t.Fatalf("got integrity_check %q, want ok", check)
	}
	for _, table := range []string{"search_headline", "search_headline_folded", "search_text"} {
		if _, err := db.SQL().Exec(`INSERT INTO ` + table + ` (` + table + `, rank) VALUES ('integrity-check', 0)`); err != nil {
			t.Fatalf("search index %s damaged: %v", table, err)
		}
	}
	var reports, revisions int
	db.SQL().QueryRow(`SELECT count(*) FROM reports`).Scan(&reports)
	db.SQL().QueryRow(`SELECT count(*) FROM revisions`).Scan(&revisions)
	if want := children * childWrites / 2; reports != want {
		t.Errorf("got %d reports, want %d", reports, want)
	}
	if want := children * childWrites; revisions != want {
		t.Errorf("got %d revisions, want %d (created and saved)", revisions, want)
	}
	s := sqlite.NewReportService(db)
	for i := range children {
		got, err := s.SearchReports(context.Background(), fmt.Sprintf("tiến trình%d đã sửa", i), 0)
		if err != nil {
			t.Fatal(err)
		} else if len(got) != childWrites/2 {
			t.Errorf("process %d: got %d edited reports found, want %d", i, len(got), childWrites/2)
		}
	}
}

// runChild is one writing process: it creates reports and saves each once more.
func runChild(t *testing.T, spec string) {
	n, path, _ := strings.Cut(spec, ":")
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatalf("open: %v", err)
	}
	defer db.Close()
	s := sqlite.NewReportService(db)
	ctx := context.Background()
	for i := range childWrites / 2 {
		r := model.NewReport(fmt.Sprintf("Hội nghị số %d của tiến trình%s", i, n))
		if err := s.CreateReport(ctx, r); err != nil {
			t.Fatalf("create %d: %v", i, err)
		}
		r.Body = append(r.Body, model.Paragraph("Bản tin đã sửa bởi tiến trình"+n+"."))
		if err := s.UpdateReport(ctx, r, model.SaveExplicit); err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
	}
}

// Every sentence of the package is written in both languages, with the same
// formatting verbs in each.
func TestMessages(t *testing.T) {
	msgtest.Check(t, "sqlite.")
}
