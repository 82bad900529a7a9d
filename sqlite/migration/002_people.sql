-- The people reporters name in reports, with the title given them last, offered
-- again as a name is typed so that a long official title is spelled the same way
-- every time.
CREATE TABLE people (
	id        INTEGER PRIMARY KEY,
	name      TEXT    NOT NULL UNIQUE, -- one line, single spaces
	title     TEXT    NOT NULL DEFAULT '',
	-- The name's words folded (no diacritics, đ → d), each after a space, so a
	-- word prefix is found as ' ' || prefix: ' nguyen van an'.
	folded    TEXT    NOT NULL,
	used_at   TEXT    NOT NULL, -- the last time a report named them
	use_count INTEGER NOT NULL DEFAULT 1
);
-- Most recently used first; folded in the index, so a search reads no other row
-- than those it returns.
CREATE INDEX people_recent ON people (used_at, use_count, id, folded);
