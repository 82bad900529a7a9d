package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/sqlite"
)

// TestCheck: a healthy library checks clean; one damaged in the middle — which
// opens, and would take writes until the damaged page is read — is found out by
// both checks, with a sentence saying to restore the file from a copy.
func TestCheck(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	db := MustOpenDBAt(t, path)
	s := sqlite.NewReportService(db)
	for i := range 200 {
		r := sampleReport(fmt.Sprintf("Hội nghị số %d", i))
		if err := s.CreateReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, thorough := range []bool{false, true} {
		if err := db.Check(ctx, thorough); err != nil {
			t.Fatalf("a healthy library: %v", err)
		}
	}
	if _, err := db.SQL().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	// Garbage over a few pages in the middle of the file, as a failing disk or a
	// copy cut short and patched would leave.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 4096))
	if _, err := f.WriteAt(junk, st.Size()/2/4096*4096); err != nil {
		t.Fatal(err)
	}
	f.Close()

	damaged := sqlite.NewDB(path)
	if err := damaged.Open(); err != nil {
		t.Fatalf("the damaged library did not open (%v): the test must damage a page the open does not read", err)
	}
	defer damaged.Close()
	for _, thorough := range []bool{false, true} {
		err := damaged.Check(ctx, thorough)
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "bản sao lưu") {
			t.Errorf("thorough %v: got %v, want the damage found and what to do said", thorough, err)
		}
	}
}
