// Package wptest gives the tests that need a real WordPress one (scripts/portal.sh:
// Debian's WordPress with the Newsdesk plugin, MariaDB on a private socket, PHP's
// server on 127.0.0.1). Under `make test` that is the portal the run started for
// all packages (its portal.env named by NEWSDESK_TEST_PORTAL_ENV), stopped by the
// run however it ends. A test binary run alone (go test ./wordpress/) starts its
// own, on a free port in a temporary folder, and stops it when its tests end
// (Main). A portal started by hand (make portal) is never used nor stopped. It
// imports the standard library only, and only tests import it.
package wptest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

var portal struct {
	once sync.Once
	env  map[string]string
	err  error
	dir  string // the folder of a portal this binary started, "" otherwise
}

// Main runs the package's tests, then stops the portal they started, if any. Call
// it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// Portal returns the settings of the test portal (NEWSDESK_PORTAL_URL and the
// NEWSDESK_PORTAL_{EDITOR,AUTHOR,CONTRIBUTOR}_PASSWORD application passwords),
// starting it the first time when the run did not.
func Portal(tb testing.TB) map[string]string {
	tb.Helper()
	portal.once.Do(start)
	if portal.err != nil {
		tb.Fatal(portal.err)
	}
	return portal.env
}

// Stop stops the portal this binary started, and removes its folder.
func Stop() {
	if portal.dir == "" {
		return
	}
	cmd := exec.Command(script(), "stop")
	cmd.Env = append(os.Environ(), "NEWSDESK_PORTAL_DIR="+filepath.Join(portal.dir, "portal"))
	cmd.Run()
	os.RemoveAll(portal.dir)
	portal.dir = ""
}

func start() {
	if file := os.Getenv("NEWSDESK_TEST_PORTAL_ENV"); file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			portal.err = fmt.Errorf("the test run's portal settings %s: %v", file, err)
			return
		}
		portal.env = parseEnv(data)
		return
	}
	dir, err := os.MkdirTemp("", "newsdesk-test-portal-")
	if err != nil {
		portal.err = err
		return
	}
	portal.dir = dir
	var out, errOut bytes.Buffer
	cmd := exec.Command(script(), "start")
	cmd.Env = append(os.Environ(), "NEWSDESK_PORTAL_DIR="+filepath.Join(dir, "portal"), "NEWSDESK_PORTAL_PORT=auto")
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		Stop()
		// The script says in one line what is missing (the Debian packages) or
		// where its log is.
		portal.err = fmt.Errorf("these tests need a local WordPress, and scripts/portal.sh could not start one: %s",
			strings.TrimSpace(errOut.String()))
		return
	}
	portal.env = parseEnv(out.Bytes())
	// Interrupted (Ctrl+C), the binary still stops what it started.
	stopped := make(chan os.Signal, 1)
	signal.Notify(stopped, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stopped
		Stop()
		os.Exit(130)
	}()
}

// script is scripts/portal.sh of the module the tests run in.
func script() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "scripts", "portal.sh")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "scripts/portal.sh"
		}
		dir = parent
	}
}

// parseEnv reads portal.env: KEY='value' lines.
func parseEnv(data []byte) map[string]string {
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			env[k] = strings.Trim(v, "'")
		}
	}
	return env
}
