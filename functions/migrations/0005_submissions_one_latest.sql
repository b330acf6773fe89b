-- Issue 18: the same bytes posted ten times at once (no Idempotency-Key) made up to three versions: each request
-- saw no earlier copy, and each INSERT took the next version. `latest` marks the newest version of each unit,
-- campaign and period, and the index lets only one row hold it. A new version clears the old mark in its own
-- batch only when the bytes differ (functions/storage/submissions.ts), so a second copy of the latest bytes
-- collides with the first and is answered as its duplicate; A, then B, then A again is still three versions.
ALTER TABLE submissions ADD COLUMN latest INTEGER NOT NULL DEFAULT 0 CHECK (latest IN (0, 1));
UPDATE submissions SET latest = 1 WHERE version = (
  SELECT MAX(version) FROM submissions l
  WHERE l.unit = submissions.unit AND l.campaign = submissions.campaign AND l.period = submissions.period
);
CREATE UNIQUE INDEX submissions_one_latest ON submissions (unit, campaign, period) WHERE latest = 1;
-- The duplicate is found from the bytes before the file is read: by unit and hash.
CREATE INDEX submissions_by_unit_hash ON submissions (unit, sha256);
