-- Comments remember their last change, and a deleted comment stays as a mark, so
-- that a deletion, a reopening or a resolution travels with the report and the
-- later change wins when two libraries meet.
ALTER TABLE comments ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
UPDATE comments SET updated_at = CASE WHEN resolved_at > created_at THEN resolved_at ELSE created_at END;
