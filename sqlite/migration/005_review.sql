-- Editorial review: what a reviewer wrote when sending back or approving a report,
-- and comments on a report's blocks, answered in threads and resolved.
ALTER TABLE revisions ADD COLUMN note TEXT NOT NULL DEFAULT '';

CREATE TABLE comments (
	id          INTEGER PRIMARY KEY,
	uuid        TEXT    NOT NULL,
	report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	block_key   TEXT    NOT NULL DEFAULT '', -- a block's key, a report field, or '' for the whole report
	row         INTEGER NOT NULL DEFAULT 0,  -- an award row, from 1; 0 for the whole block
	quote       TEXT    NOT NULL DEFAULT '',
	reply_to    TEXT    NOT NULL DEFAULT '', -- UUID of the thread's first comment
	author      TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL,
	created_at  TEXT    NOT NULL,
	resolved    INTEGER NOT NULL DEFAULT 0,
	resolved_by TEXT    NOT NULL DEFAULT '',
	resolved_at TEXT    NOT NULL DEFAULT '',
	-- A report split off after a conflict keeps copies of the same comments.
	UNIQUE (report_id, uuid)
);
CREATE INDEX comments_report ON comments (report_id, created_at);
