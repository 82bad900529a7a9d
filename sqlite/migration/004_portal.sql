-- Portal profiles (the application password stays in the operating system's
-- keyring) and where each report stands on each portal.
CREATE TABLE portals (
	id         INTEGER PRIMARY KEY,
	name       TEXT    NOT NULL UNIQUE,
	url        TEXT    NOT NULL, -- the site's address, no trailing slash
	user_name  TEXT    NOT NULL,
	created_at TEXT    NOT NULL
);

CREATE TABLE pushes (
	report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	portal_id     INTEGER NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
	waiting       INTEGER NOT NULL DEFAULT 0, -- 1 while in the offline queue
	queued_at     TEXT    NOT NULL DEFAULT '',
	want_status   TEXT    NOT NULL DEFAULT '', -- draft, pending or publish
	text_only     INTEGER NOT NULL DEFAULT 0,
	post_id       INTEGER NOT NULL DEFAULT 0,  -- 0: no post yet
	post_status   TEXT    NOT NULL DEFAULT '',
	link          TEXT    NOT NULL DEFAULT '',
	post_modified TEXT    NOT NULL DEFAULT '', -- the post's modified_gmt after our push
	pushed_at     TEXT    NOT NULL DEFAULT '',
	-- The photos uploaded, as JSON: [{"photo_uuid", "media_id", "url", "file_hash",
	-- "meta_hash"}]; read and written whole with the row.
	media         TEXT    NOT NULL DEFAULT '[]',
	PRIMARY KEY (report_id, portal_id)
);
CREATE INDEX pushes_waiting ON pushes (waiting, queued_at);
