-- What the last push sent for the post (a hash of its fields), so that a re-push
-- with nothing new sends nothing: no update, no new WordPress revision, no new
-- modified date.
ALTER TABLE pushes ADD COLUMN sent_hash TEXT NOT NULL DEFAULT '';
