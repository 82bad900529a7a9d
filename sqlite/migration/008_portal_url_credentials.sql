-- Earlier versions accepted a portal address with a user name and password in it
-- (https://user:secret@host) and kept it here, where `portal list` printed it.
-- The step in Go (portal.go, dropPortalURLCredentials) takes the credentials out
-- of stored addresses, parsing them as the client does: the password belongs in
-- the system keyring. The freed pages are overwritten.
PRAGMA secure_delete = ON;
