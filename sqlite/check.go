package sqlite

import (
	"context"
	"strings"

	"newsdesk/model"
)

// Check reads the whole library file looking for damage: SQLite's quick_check
// (the pages and their links, in seconds even for a large library) or, thorough,
// its integrity_check (indexes too). A damaged library gives an EINVALID error
// that says what to do: the library is one file, so restoring a copy restores
// everything. A library in good health gives nil.
func (db *DB) Check(ctx context.Context, thorough bool) error {
	pragma := "PRAGMA quick_check(20)"
	if thorough {
		pragma = "PRAGMA integrity_check(20)"
	}
	rows, err := db.rdb.QueryContext(ctx, pragma)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return model.Errorf(model.EINVALID, "sqlite.damaged", db.Path, err.Error())
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return FormatError(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return model.Errorf(model.EINVALID, "sqlite.damaged", db.Path, err.Error())
	}
	if len(problems) > 0 {
		return model.Errorf(model.EINVALID, "sqlite.damaged", db.Path, strings.Join(problems, "; "))
	}
	return nil
}
