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
