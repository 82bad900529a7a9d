-- The first layout of a Newsdesk library.

-- Photos: what describes them. Their bytes live in photo_data, so listing or
-- matching photos never reads an image.
CREATE TABLE photos (
	id              INTEGER PRIMARY KEY,
	uuid            TEXT    NOT NULL UNIQUE,
	sha256          TEXT    NOT NULL UNIQUE,
	filename        TEXT    NOT NULL,
	original_mime   TEXT    NOT NULL,
	original_width  INTEGER NOT NULL,
	original_height INTEGER NOT NULL,
	print_mime      TEXT    NOT NULL,
	print_width     INTEGER NOT NULL,
	print_height    INTEGER NOT NULL,
	thumb_mime      TEXT    NOT NULL,
	thumb_width     INTEGER NOT NULL,
	thumb_height    INTEGER NOT NULL,
	created_at      TEXT    NOT NULL
);

-- One row per stored variant: original, print, thumb.
CREATE TABLE photo_data (
	photo_id INTEGER NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
	variant  TEXT    NOT NULL,
	data     BLOB    NOT NULL,
	PRIMARY KEY (photo_id, variant)
);

-- Reports: the content as one JSON document (photos referenced by UUID), beside
-- the few columns lists, look-ups and hand-offs need. change_seq grows with every
-- change: it orders lists (last changed first) and is the report's rowid in
-- report_search.
CREATE TABLE reports (
	id         INTEGER PRIMARY KEY,
	uuid       TEXT    NOT NULL UNIQUE,
	headline   TEXT    NOT NULL,
	status     TEXT    NOT NULL,
	rev        TEXT    NOT NULL,
	base_rev   TEXT    NOT NULL DEFAULT '',
	change_seq INTEGER NOT NULL UNIQUE,
	content    TEXT    NOT NULL,
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
);
CREATE INDEX reports_status ON reports (status, change_seq);

-- The last change number handed out; never reused, even after a delete.
CREATE TABLE change_counter (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	value INTEGER NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

-- Snapshots of a report at meaningful points, content as in reports.content.
CREATE TABLE revisions (
	id         INTEGER PRIMARY KEY,
	report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	rev        TEXT    NOT NULL,
	reason     TEXT    NOT NULL,
	author     TEXT    NOT NULL DEFAULT '',
	content    TEXT    NOT NULL,
	created_at TEXT    NOT NULL
);
CREATE INDEX revisions_report ON revisions (report_id, id);

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- The search index: three tables, one per tier of results, each row's rowid
-- the report's change_seq, so the newest reports come first when walking a
-- table backwards. Separate tables, because an FTS5 list of the reports holding
-- a word covers every column: a headline-only query on one table would walk the
-- body's lists too. Go splits, lower-cases and folds the words; the ascii
-- tokenizer then only splits at the spaces Go put there (it keeps every
-- non-ASCII byte inside a word), so Go and the index agree on what a word is.
-- Contentless (the text is in reports.content already), deletable, and without
-- positions (detail=none: no phrase queries needed), so the lists stay small.
CREATE VIRTUAL TABLE search_headline USING fts5 (
	words, -- the headline, lower-cased, diacritics kept
	content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);
CREATE VIRTUAL TABLE search_headline_folded USING fts5 (
	words, -- the headline folded: no diacritics, đ → d
	content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);
CREATE VIRTUAL TABLE search_text USING fts5 (
	words, -- every text of the report, headline included, folded
	content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);
