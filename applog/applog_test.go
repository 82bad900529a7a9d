package applog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/applog"
)

// TestOpenAppendsAndRotates: records go to the file; a log past MaxBytes starts
// afresh, the old one kept once as .1.
func TestOpenAppendsAndRotates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", applog.FileName)
	log, c, err := applog.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	log.Error("push failed", "detail", "502 Bad Gateway")
	c.Close()
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), `msg="push failed" detail="502 Bad Gateway"`) {
		t.Fatalf("the log holds %q", b)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), applog.MaxBytes+1), 0o600); err != nil {
		t.Fatal(err)
	}
	log, c, err = applog.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	log.Info("started")
	c.Close()
	if fi, _ := os.Stat(path); fi.Size() > 200 {
		t.Errorf("the log was not started afresh: %d bytes", fi.Size())
	}
	if fi, err := os.Stat(path + ".1"); err != nil || fi.Size() != applog.MaxBytes+1 {
		t.Errorf("the previous log was not kept as .1: %v", err)
	}
}
