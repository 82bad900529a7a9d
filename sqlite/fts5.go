//go:build !sqlite_fts5 && !fts5

package sqlite

// Newsdesk's search needs SQLite's FTS5, which github.com/mattn/go-sqlite3 compiles
// in only with the build tag sqlite_fts5. Without it, this file stops the build here
// rather than at the first search: build with `make`, or with
// GOFLAGS=-tags=sqlite_fts5.
var _ = sqlite_fts5_build_tag_is_required
