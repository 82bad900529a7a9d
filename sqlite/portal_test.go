package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"newsdesk/model"
	"newsdesk/sqlite"
)

func TestPortalService(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	s := sqlite.NewPortalService(db)
	reports := sqlite.NewReportService(db)
	r := model.NewReport("Hội nghị tổng kết")
	if err := reports.CreateReport(ctx, r); err != nil {
		t.Fatal(err)
	}

	t.Run("Profiles", func(t *testing.T) {
		p := &model.Portal{Name: "cổng quận", URL: "https://example.org/ ", User: "phongvien"}
		if err := s.CreatePortal(ctx, p); err != nil {
			t.Fatal(err)
		}
		if p.URL != "https://example.org" {
			t.Errorf("got URL %q, want it without the trailing slash", p.URL)
		}
		if err := s.CreatePortal(ctx, &model.Portal{Name: "cổng quận", URL: "https://x", User: "y"}); model.ErrorCode(err) != model.ECONFLICT {
			t.Errorf("got %v, want a conflict", err)
		}
		got, err := s.FindPortalByName(ctx, "cổng quận")
		if err != nil {
			t.Fatal(err)
		} else if got.ID != p.ID || got.User != "phongvien" {
			t.Errorf("got %+v, want %+v", got, p)
		}
		if _, err := s.FindPortalByName(ctx, "khác"); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want not found", err)
		}
	})

	t.Run("PushState", func(t *testing.T) {
		if st, err := s.FindPushState(ctx, r.ID, "cổng quận"); err != nil || st != nil {
			t.Fatalf("got %v, %v; want nothing pushed", st, err)
		}
		want := model.PushState{ReportID: r.ID, Portal: "cổng quận", WantStatus: model.PostPending,
			PostID: 42, PostStatus: model.PostPending, Link: "https://example.org/?p=42",
			PostModified: "2026-01-08T02:00:00", PushedAt: db.Now().UTC().Truncate(1),
			Media: []model.PushedMedia{{PhotoUUID: "u1", MediaID: 7, URL: "https://example.org/a.jpg", FileHash: "f", MetaHash: "m"}}}
		if err := s.SavePushState(ctx, &want); err != nil {
			t.Fatal(err)
		}
		got, err := s.FindPushState(ctx, r.ID, "cổng quận")
		if err != nil {
			t.Fatal(err)
		}
		got.PushedAt = got.PushedAt.UTC()
		want.PushedAt = want.PushedAt.UTC()
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("got %+v, want %+v", *got, want)
		}
		if w := got.Where(); w == "" || w == (*model.PushState)(nil).Where() {
			t.Errorf("got %q, want where a pending post stands", w)
		}
		if waiting, _ := s.FindWaitingPushes(ctx); len(waiting) != 0 {
			t.Errorf("got %d waiting, want none", len(waiting))
		}
		got.Waiting = true
		got.QueuedAt = db.Now()
		if err := s.SavePushState(ctx, got); err != nil {
			t.Fatal(err)
		}
		if waiting, _ := s.FindWaitingPushes(ctx); len(waiting) != 1 || waiting[0].PostID != 42 {
			t.Errorf("got %+v, want the one waiting push", waiting)
		}
	})

	t.Run("DeleteRemovesPushes", func(t *testing.T) {
		if err := s.DeletePortal(ctx, "cổng quận"); err != nil {
			t.Fatal(err)
		}
		if states, err := s.FindPushStates(ctx, r.ID); err != nil || len(states) != 0 {
			t.Errorf("got %v, %v; want no push states", states, err)
		}
		if err := s.DeletePortal(ctx, "cổng quận"); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("got %v, want not found", err)
		}
	})
}

// A library made when portal addresses could hold a password loses the password
// from them when it is opened; other addresses stay as they were.
func TestPortalURLCredentialsMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	old := sqlite.NewDB(path)
	if err := old.Open(); err != nil {
		t.Fatal(err)
	}
	stored := map[string]string{
		"a": "http://user:secret@127.0.0.1:8089",
		"b": "https://editor:se@cret@portal.example.org/tin-tuc",
		"c": "https://portal.example.org/ban@tin",
		"d": "https://portal.example.org",
	}
	want := map[string]string{
		"a": "http://127.0.0.1:8089",
		"b": "https://portal.example.org/tin-tuc", // the password may hold an @
		"c": "https://portal.example.org/ban@tin",
		"d": "https://portal.example.org",
	}
	_, err := old.SQL().Exec(`DELETE FROM migrations WHERE name = '008_portal_url_credentials.sql'`)
	for name, u := range stored {
		if err == nil {
			_, err = old.SQL().Exec(`INSERT INTO portals (name, url, user_name, created_at) VALUES (?, ?, 'u', '2026-01-01')`, name, u)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	db := MustOpenDBAt(t, path)
	for name, w := range want {
		var got string
		if err := db.SQL().QueryRow(`SELECT url FROM portals WHERE name = ?`, name).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != w {
			t.Errorf("%s: got %q, want %q", name, got, w)
		}
	}
}
