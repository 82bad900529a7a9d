-- A push from the offline queue that the portal refused (not just could not be
-- reached) leaves the queue and says why, instead of trying again for ever.
ALTER TABLE pushes ADD COLUMN failure TEXT NOT NULL DEFAULT '';
