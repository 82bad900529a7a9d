// Command newsdesk is Newsdesk's one binary: with no arguments it opens the window;
// with a command it does headless work for scripts and clerks. It wires the packages
// together and is the only place that knows them all.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	_ "clocale" // before the toolkit reads the locale: see the package

	"newsdesk/applog"
	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/sqlite"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	m.Close()
	os.Exit(code)
}

// Main is the program, built so that tests can run it in-process against a
// temporary library.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string

	// RunGUI opens the window on the library at path; set by gui.go so that tests
	// of the commands need no display.
	RunGUI func(m *Main, path string) error
	// Bundle is a report bundle named on the command line (newsdesk FILE.zip, as
	// a file manager's "Open with" runs it), for the window to open.
	Bundle string

	dbPath      string
	db          *sqlite.DB
	libraryNote string // what happened to the library at start (libplace.go)

	// log keeps the detail behind the messages (package applog); logPath is its
	// file, "" when it could not be opened.
	log      *slog.Logger
	logPath  string
	logClose io.Closer

	// Keyring keeps the portals' application passwords: the operating system's
	// (package keyring) unless set.
	Keyring model.SecretStore
	theDesk *desk.Desk

	Reports   model.ReportService
	Photos    *sqlite.PhotoService
	Revisions model.RevisionService
	Comments  model.CommentService
	Settings  model.SettingService
}

// NewMain returns a Main on the process's standard streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, RunGUI: runGUI}
}

// Run runs the command line argv (without the program name) and returns the exit
// status: 0 on success, 1 when the work failed, 2 on wrong usage.
func (m *Main) Run(ctx context.Context, argv []string) int {
	m.useLanguage("")
	m.openLog()
	argv, dbPath, err := takeDBFlag(argv)
	if err != nil {
		return m.fail(nil, err)
	}
	if dbPath == "" {
		dbPath = m.Getenv("NEWSDESK_DB")
	}
	if dbPath == "" {
		if dbPath, err = m.settleLibrary(); err != nil {
			return m.fail(nil, err)
		}
	}
	m.dbPath = dbPath

	if len(argv) == 0 || strings.HasSuffix(strings.ToLower(argv[0]), ".zip") {
		if m.RunGUI == nil {
			return m.fail(nil, model.Errorf(model.EINTERNAL, "cli.gui.unavailable"))
		}
		if len(argv) > 0 {
			m.Bundle = argv[0]
		}
		return m.fail(nil, m.RunGUI(m, dbPath))
	}

	c, err := m.runCommand(ctx, argv)
	return m.fail(c, err)
}

// runCommand runs the command argv names; the command is nil when there is none
// of that name.
func (m *Main) runCommand(ctx context.Context, argv []string) (*command, error) {
	name := argv[0]
	switch name {
	case "-h", "--help":
		name = "help"
	case "photo", "awards":
		if len(argv) > 1 && !strings.HasPrefix(argv[1], "-") {
			name += " " + argv[1]
			argv = argv[1:]
		}
	}
	c := findCommand(name)
	if c == nil {
		return nil, usageErr("cli.command.unknown", argv[0])
	}
	a, err := parseArgs(argv[1:], c.spec)
	if err != nil {
		return c, err
	}
	if a.isSet("help") {
		fmt.Fprint(m.Stdout, helpText(c.name))
		return c, nil
	}
	if c.name != "help" { // help alone works without a library
		if err := m.openLibrary(ctx); err != nil {
			return c, err
		}
	}
	if err := c.check(ctx, m, a); err != nil {
		return c, err
	}
	return c, c.run(ctx, m, a)
}

// takeDBFlag removes --db FILE (or --db=FILE) from anywhere on the line.
func takeDBFlag(argv []string) (rest []string, path string, err error) {
	for i := 0; i < len(argv); i++ {
		switch {
		case argv[i] == "--":
			return append(rest, argv[i:]...), path, nil
		case argv[i] == "--db":
			if i+1 >= len(argv) {
				return nil, "", usageErr("cli.flag.value", "--db")
			}
			path = argv[i+1]
			i++
		case strings.HasPrefix(argv[i], "--db="):
			path = strings.TrimPrefix(argv[i], "--db=")
		default:
			rest = append(rest, argv[i])
		}
	}
	return rest, path, nil
}

// openLibrary opens (creating when missing) the library and its services, then
// follows the language its settings choose unless NEWSDESK_LANG says otherwise.
func (m *Main) openLibrary(ctx context.Context) error {
	if m.db != nil {
		return nil
	}
	db := sqlite.NewDB(m.dbPath)
	if err := db.Open(); err != nil {
		return err
	}
	m.db = db
	m.Reports = sqlite.NewReportService(db)
	m.Photos = sqlite.NewPhotoService(db)
	m.Revisions = sqlite.NewRevisionService(db)
	m.Comments = sqlite.NewCommentService(db)
	m.Settings = sqlite.NewSettingService(db)
	if lang, err := m.Settings.Setting(ctx, model.SettingLanguage); err == nil {
		m.useLanguage(lang)
	}
	return nil
}

// useLanguage picks the language of messages: NEWSDESK_LANG wins over the setting,
// and Vietnamese is the default.
func (m *Main) useLanguage(setting string) {
	if l, ok := msg.ParseLang(m.Getenv("NEWSDESK_LANG")); ok {
		msg.SetLang(l)
	} else if l, ok := msg.ParseLang(setting); ok {
		msg.SetLang(l)
	} else {
		msg.SetLang(msg.Vietnamese)
	}
}

// Close closes the library.
func (m *Main) Close() error {
	if m.logClose != nil {
		m.logClose.Close()
		m.log, m.logClose = nil, nil
	}
	if m.db == nil {
		return nil
	}
	err := m.db.Close()
	m.db = nil
	return err
}

// fail says what went wrong, if anything, in one clear line on stderr, and
// returns the exit status: 2 for wrong usage, with the help of the command (c,
// when there is one) pointed to; 1 when the work failed.
func (m *Main) fail(c *command, err error) int {
	var u *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u) && c != nil:
		m.warn(u.msg)
		fmt.Fprintln(m.Stderr, msg.T("cli.see.help.command", c.name))
		return 2
	case errors.As(err, &u):
		m.warn(u.msg)
		fmt.Fprintln(m.Stderr, msg.T("cli.see.help"))
		return 2
	}
	m.warn(oneLine(model.ErrorMessage(err)))
	m.logger().Error("command failed", "said", model.ErrorMessage(err), "detail", err.Error())
	if model.ErrorCode(err) == model.EINTERNAL && m.Getenv("NEWSDESK_DEBUG") != "" {
		m.warn(err.Error())
	}
	return 1
}

// warn says text on stderr, after the program's name: a warning beside the
// answer.
func (m *Main) warn(text string) {
	fmt.Fprintln(m.Stderr, "newsdesk: "+text)
}

// oneLine keeps a message to one line on stderr.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// openLog opens the log file in the data folder, beside the default library
// (the window and every command write to the same one). Without it the work
// goes on: the log is for support, not for the work.
func (m *Main) openLog() {
	if m.log != nil {
		return
	}
	lib, err := defaultLibraryPath(m.Getenv)
	if err != nil {
		return
	}
	path := filepath.Join(filepath.Dir(lib), applog.FileName)
	if m.log, m.logClose, err = applog.Open(path); err == nil {
		m.logPath = path
	}
}

// logger is the log, or one that discards when the file could not be opened.
func (m *Main) logger() *slog.Logger {
	if m.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return m.log
}
