// Package sqlite is Newsdesk's library on SQLite (github.com/mattn/go-sqlite3): one
// file holds the reports, their revisions, the photos (bytes included), the search
// index, the people reports name and the settings, so a library is copied or
// backed up as one file. It implements model's ReportService, PhotoService,
// PersonService, RevisionService and SettingService. It imports model, Newsdesk's
// pure helpers (vntext, msg, photo) and the driver; never fyne, pdf or wordpress.
//
// It must be built with the tag sqlite_fts5 (search uses FTS5); a build without it
// fails to compile.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"newsdesk/model"
)

//go:embed migration/*.sql
var migrationFS embed.FS

// applicationID marks a SQLite file as a Newsdesk library ("NWDS"), so Open can
// refuse another program's database instead of adding tables to it.
const applicationID = 0x4e574453

// DefaultBusyTimeout is how long a write waits for another window's or process's
// write to finish before giving up with a message.
const DefaultBusyTimeout = 10 * time.Second

// DB is a Newsdesk library: one SQLite file.
type DB struct {
	db  *sql.DB // writes: one connection, BEGIN IMMEDIATE
	rdb *sql.DB // reads: several connections, plain BEGIN

	// Path is the library file.
	Path string

	// Now returns the current time; tests replace it.
	Now func() time.Time

	// BusyTimeout is how long a write waits for other writers; set before Open.
	BusyTimeout time.Duration

	// readOnly is set when the library could only be opened for reading (see Open).
	readOnly bool
}

// ReadOnly reports whether the library was opened for reading only, because its
// file or folder may not be written: everything reads, every write is refused
// with the sentence that says so.
func (db *DB) ReadOnly() bool { return db.readOnly }

// NewDB returns a library for the file at path; call Open before use.
func NewDB(path string) *DB {
	return &DB{Path: path, Now: time.Now, BusyTimeout: DefaultBusyTimeout}
}

// Open opens the library file, creating it and its folder when missing, checks it is
// a Newsdesk library this version understands, and brings its tables up to date.
// A library that exists but may not be written (a read-only file or folder, a
// shared drive, a CD) is opened for reading only, if it is up to date.
func (db *DB) Open() (err error) {
	if db.Path == "" {
		return model.Errorf(model.EINVALID, "sqlite.path.required")
	}
	abs, err := filepath.Abs(db.Path)
	if err != nil {
		return fmt.Errorf("open library: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return model.Errorf(model.EINVALID, "sqlite.folder", filepath.Dir(abs))
	}

	// The file name goes into a URI, so characters such as '?', '#' and '%' in a
	// folder name are escaped rather than read as URI syntax.
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // Windows: file:///C:/…
	}
	// Foreign keys make SQLite enforce the links between reports, revisions and
	// photos. The busy timeout makes a writer wait for another window's or process's
	// write instead of failing at once. NORMAL synchronous is safe in WAL mode (set
	// below): a crash or power cut never damages the file, at worst a power cut loses
	// the last moments, and saves skip one disk flush each.
	common := fmt.Sprintf("_foreign_keys=1&_busy_timeout=%d&_synchronous=NORMAL&_stmt_cache_size=32",
		db.BusyTimeout.Milliseconds())
	err = db.openWith(u.String(), "", common)
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrReadonly || se.Code == sqlite3.ErrCantOpen || se.Code == sqlite3.ErrPerm) {
		if _, statErr := os.Stat(abs); statErr == nil {
			db.readOnly = true
			err = db.openWith(u.String(), "mode=ro&", common)
			// A WAL library needs its -shm file beside it to be read; in a folder
			// that may not be written SQLite cannot make one, and reads the file
			// as unchanging instead (immutable), as from a CD.
			if errors.As(err, &se) && (se.Code == sqlite3.ErrReadonly || se.Code == sqlite3.ErrCantOpen) {
				err = db.openWith(u.String(), "immutable=1&", common)
			}
		}
	}
	return FormatError(err)
}

// openWith opens the two connection pools on the file URI with the parameters
// given (mode first, then the common ones) and readies the library.
func (db *DB) openWith(uri, mode, common string) (err error) {
	// Writes start with BEGIN IMMEDIATE: a writer takes the write lock before reading,
	// so two writers queue on the busy timeout instead of both reading and then
	// failing when one tries to upgrade its lock (SQLITE_BUSY, not retried).
	if db.db, err = sql.Open("sqlite3", uri+"?"+mode+"_txlock=immediate&"+common); err != nil {
		return fmt.Errorf("open library: %w", err)
	}
	// One write connection: writers in this process queue here, in order.
	db.db.SetMaxOpenConns(1)
	if db.rdb, err = sql.Open("sqlite3", uri+"?"+mode+"_txlock=deferred&_query_only=1&"+common); err != nil {
		db.db.Close()
		return fmt.Errorf("open library: %w", err)
	}
	defer func() {
		if err != nil {
			db.Close()
			db.db, db.rdb = nil, nil
		}
	}()
	if err := db.open(); err != nil {
		var se sqlite3.Error
		if errors.As(err, &se) && se.Code == sqlite3.ErrNotADB {
			return &driverError{err: model.Errorf(model.EINVALID, "sqlite.notlibrary", db.Path), cause: err}
		}
		if errors.As(err, &se) {
			return err // Open decides whether to try reading only
		}
		return FormatError(err)
	}
	return nil
}

func (db *DB) open() error {
	if err := checkFTS5(db.db); err != nil {
		return err
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	// Processes that open a new library at the same moment race to create it: the
	// check and the switch to WAL meet SQLITE_BUSY at once (SQLite calls no busy
	// handler for them), so they are tried again within the busy timeout.
	if err := db.untilNotBusy(func() error { return db.checkLibrary(names) }); err != nil {
		return err
	}
	if db.readOnly {
		// Nothing may change: the library must be up to date already.
		if pending, err := db.pendingMigrations(names); err != nil {
			return err
		} else if pending {
			return model.Errorf(model.EINVALID, "sqlite.readonly.outdated", db.Path)
		}
		return nil
	}
	// WAL lets windows and commands read while another writes, and a crash
	// mid-write never damages the file. Set once the file is known to be ours (or
	// new), since it changes the file; it stays set in the file.
	if err := db.untilNotBusy(func() error {
		_, err := db.db.Exec(`PRAGMA journal_mode = WAL`)
		return err
	}); err != nil {
		return err
	}
	compacted := false
	for _, name := range names {
		applied, err := db.migrate(name)
		if err != nil {
			return fmt.Errorf("migration %s: %w", filepath.Base(name), err)
		}
		compacted = compacted || (applied && filepath.Base(name) == "010_compact_content.sql")
	}
	var free int
	if compacted && db.db.QueryRow(`PRAGMA freelist_count`).Scan(&free) == nil && free > 1000 {
		// Compressing the contents freed most of the file's pages: give them back
		// to the disk (seconds for 100,000 reports). Another process holding the
		// library open makes this fail; the pages are then reused by later saves.
		db.db.Exec(`VACUUM`)
	}
	return nil
}

// Close closes the library file.
func (db *DB) Close() error {
	var err error
	if db.rdb != nil {
		err = db.rdb.Close()
	}
	if db.db != nil {
		if e := db.db.Close(); e != nil {
			err = e
		}
	}
	return err
}

// checkFTS5 reports a build of Newsdesk whose SQLite lacks FTS5, which search needs.
func checkFTS5(sqldb *sql.DB) error {
	var used bool
	if err := sqldb.QueryRow(`SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil {
		return err
	}
	if !used {
		return model.Errorf(model.EINTERNAL, "sqlite.fts5")
	}
	return nil
}

// checkLibrary refuses a file that another program made, or that a newer Newsdesk
// migrated past what this one knows (names are the migrations it knows). A new,
// empty file is fine.
func (db *DB) checkLibrary(names []string) error {
	var appID int64
	if err := db.db.QueryRow(`PRAGMA application_id`).Scan(&appID); err != nil {
		return err
	}
	if appID != applicationID {
		var objects int
		if err := db.db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&objects); err != nil {
			return err
		}
		if appID != 0 || objects > 0 {
			return model.Errorf(model.EINVALID, "sqlite.notlibrary", db.Path)
		}
		return nil
	}

	known := map[string]bool{}
	for _, n := range names {
		known[filepath.Base(n)] = true
	}
	rows, err := db.db.Query(`SELECT name FROM migrations`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		if !known[name] {
			return model.Errorf(model.EINVALID, "sqlite.newer", db.Path)
		}
	}
	return rows.Err()
}

// pendingMigrations reports whether the library lacks one of the migrations
// (names) or is new.
func (db *DB) pendingMigrations(names []string) (bool, error) {
	var n int
	if err := db.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'migrations'`).Scan(&n); err != nil || n == 0 {
		return true, err
	}
	if err := db.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil {
		return false, err
	}
	return n < len(names), nil
}

// untilNotBusy runs f again while it fails with SQLITE_BUSY or SQLITE_LOCKED,
// for at most the busy timeout.
func (db *DB) untilNotBusy(f func() error) error {
	deadline := time.Now().Add(db.BusyTimeout)
	for {
		err := f()
		var se sqlite3.Error
		if err == nil || !errors.As(err, &se) || (se.Code != sqlite3.ErrBusy && se.Code != sqlite3.ErrLocked) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// migrationSteps are the parts of migrations that SQL cannot do, by file name: run
// in the migration's transaction after its SQL.
var migrationSteps = map[string]func(context.Context, *Tx) error{
	"003_search_prefix.sql":          reindexReports,
	"008_portal_url_credentials.sql": dropPortalURLCredentials,
	"010_compact_content.sql":        compactContent,
}

// migrate applies the migration file name, in its own transaction, unless the
// library has it already, and says whether it did. Another process may be
// opening the same new file at the same moment, hence the check inside the
// (immediate) transaction.
func (db *DB) migrate(name string) (applied bool, err error) {
	tx, err := db.db.Begin()
	if err != nil {
		return false, err
	}
	defer tx.Rollback()

	if _, err := tx.Exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return false, err
	}
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM migrations WHERE name = ?`, filepath.Base(name)).Scan(&n); err != nil {
		return false, err
	} else if n > 0 {
		return false, nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return false, err
	}
	if _, err := tx.Exec(string(buf)); err != nil {
		return false, err
	}
	if step := migrationSteps[filepath.Base(name)]; step != nil {
		if err := step(context.Background(), &Tx{Tx: tx, now: db.Now().UTC()}); err != nil {
			return false, err
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA application_id = %d`, applicationID)); err != nil {
		return false, err
	}
	if _, err := tx.Exec(`INSERT INTO migrations (name, applied_at) VALUES (?, ?)`,
		filepath.Base(name), formatTime(db.Now())); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// Tx is a transaction with the time it started: everything it writes carries the
// same time.
type Tx struct {
	*sql.Tx
	now time.Time
}

// BeginTx starts a transaction. Read-only ones (opts.ReadOnly) run beside writes;
// others take the library's write lock at once, waiting for other writers.
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	sqldb := db.db
	if opts != nil && opts.ReadOnly {
		sqldb = db.rdb
	}
	tx, err := sqldb.BeginTx(ctx, nil)
	if err != nil {
		return nil, FormatError(err)
	}
	return &Tx{Tx: tx, now: db.Now().UTC()}, nil
}

// Commit commits the transaction, turning a driver error into a sentence.
func (tx *Tx) Commit() error {
	return FormatError(tx.Tx.Commit())
}

// readOnly are the options of a transaction that only reads.
var readOnly = &sql.TxOptions{ReadOnly: true}

// timeLayout stores times in UTC with a fixed width, so they sort as text.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// timeColumn scans a time written by formatTime.
type timeColumn struct{ time.Time }

// Scan implements sql.Scanner.
func (t *timeColumn) Scan(v any) error {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("time column holds %T", v)
	}
	var err error
	t.Time, err = time.Parse(timeLayout, s)
	return err
}

// placeholders returns "?, ?, …" for n values.
func placeholders(n int) string {
	if n == 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// FormatError turns SQLite's errors into errors whose message is a sentence saying
// what happened and what to do: a *model.Error, found with errors.As, whose chain
// still holds the driver's error for the log. Other errors, and nil, are returned as
// they are.
func FormatError(err error) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	code, key := model.EINTERNAL, ""
	switch se.Code {
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		key = "sqlite.busy"
	case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrAuth:
		key = "sqlite.readonly"
	case sqlite3.ErrCantOpen:
		key = "sqlite.cantopen"
	case sqlite3.ErrFull:
		key = "sqlite.full"
	case sqlite3.ErrNotADB, sqlite3.ErrCorrupt:
		code, key = model.EINVALID, "sqlite.corrupt"
	case sqlite3.ErrIoErr:
		key = "sqlite.ioerr"
	default:
		return err
	}
	return &driverError{err: model.Errorf(code, key), cause: err}
}

// driverError is a sentence for people with the driver's error behind it.
type driverError struct {
	err   *model.Error
	cause error
}

func (e *driverError) Error() string   { return e.err.Message }
func (e *driverError) Unwrap() []error { return []error{e.err, e.cause} }

// ErrInUse says a library's write-ahead log could not be folded into it: another
// program has it open.
var ErrInUse = errors.New("the library is open in another program")

// FoldLog folds the write-ahead log of the library at path into the file (SQLite
// does so when the last connection closes, and removes the log and its index),
// so that the file alone holds every saved change — before the file is moved
// (libplace.Move). It returns ErrInUse when they stay: another process has the
// library open.
func FoldLog(path string) error {
	if !exists(path+"-wal") && !exists(path+"-shm") {
		return nil // closed in order: the file is the whole library
	}
	db := NewDB(path)
	if err := db.Open(); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if exists(path+"-wal") || exists(path+"-shm") {
		return ErrInUse
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
