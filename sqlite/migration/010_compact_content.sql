-- Reports and revisions keep their content compressed, and a revision of the report
-- as it is holds none of its own (see content.go); the photos columns list the
-- photos a content shows, because finding unused photos can no longer read them
-- from the JSON. The step in Go does the rewriting.
ALTER TABLE reports ADD COLUMN photos TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN photos TEXT NOT NULL DEFAULT '';
