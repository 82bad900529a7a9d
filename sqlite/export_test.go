package sqlite

import (
	"context"
	"database/sql"
	"testing"

	"newsdesk/model"
)

// SQL returns the library's write connection pool, for tests that look under the
// services (integrity checks, pragmas, holding the write lock).
func (db *DB) SQL() *sql.DB { return db.db }

// CreateReports stores reports in one transaction through the helpers CreateReport
// uses, so that benchmarks can build a large library quickly with the same rows.
func CreateReports(ctx context.Context, db *DB, reports []*model.Report) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, r := range reports {
		r.Normalize()
		r.Rev = model.NewRev()
		if err := createReport(ctx, tx, r); err != nil {
			return err
		}
		if err := insertRevision(ctx, tx, r.ID, model.ReasonCreated, ""); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// AfterUnusedPhotoScan makes DeleteUnusedPhotos call f between its two steps,
// until the test ends.
func AfterUnusedPhotoScan(tb testing.TB, f func()) {
	afterUnusedPhotoScan = f
	tb.Cleanup(func() { afterUnusedPhotoScan = nil })
}

// OldContentLayout turns db's contents back into the layout from before migration
// 010 (plain JSON text, every revision with its own copy, no photos column) and forgets the migration, so that the next Open applies it again.
func OldContentLayout(tb testing.TB, db *DB) {
	tb.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	var ids []int64
	rows, err := tx.QueryContext(ctx, `SELECT id FROM reports`)
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		if err := keepSharedRevisions(ctx, tx, id); err != nil {
			tb.Fatal(err)
		}
	}
	for _, table := range []string{"reports", "revisions"} {
		type row struct {
			id      int64
			content []byte
		}
		var all []row
		rows, err := tx.QueryContext(ctx, `SELECT id, content FROM `+table)
		if err != nil {
			tb.Fatal(err)
		}
		for rows.Next() {
			var r row
			rows.Scan(&r.id, &r.content)
			all = append(all, r)
		}
		rows.Close()
		for _, r := range all {
			raw, err := contentJSON(r.content)
			if err != nil {
				tb.Fatal(err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET content = ? WHERE id = ?`, string(raw), r.id); err != nil {
				tb.Fatal(err)
			}
		}
		if _, err := tx.ExecContext(ctx, `ALTER TABLE `+table+` DROP COLUMN photos`); err != nil {
			tb.Fatal(err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM migrations WHERE name = '010_compact_content.sql'`); err != nil {
		tb.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}
