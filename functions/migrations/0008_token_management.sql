-- Issue 20: headquarters issues and revokes access codes from /hq. It sees when each code was last used (to within
-- the token cache's trust delay: the time is written when the token is looked up in D1, not on every request) and
-- why one was revoked. The code itself is still never stored, only its SHA-256.
ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
ALTER TABLE tokens ADD COLUMN revoked_reason TEXT;
CREATE INDEX tokens_by_unit ON tokens (unit, revoked_at);
