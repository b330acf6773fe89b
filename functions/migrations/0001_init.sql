-- The headquarters records (issue 3). Times are ISO 8601 UTC text, as the API answers them.

-- The registry of shared/units, kept as data that headquarters can correct (names change, codes do not).
CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('province', 'department', 'hq')),
  registry TEXT CHECK (registry IN ('provinces63', 'provinces34')),
  gso TEXT,
  merged_into TEXT
);

-- Only the SHA-256 of a token is kept; the token itself is printed once by `npm run token`.
CREATE TABLE tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
  unit TEXT NOT NULL REFERENCES units (code),
  role TEXT NOT NULL CHECK (role IN ('province', 'department', 'hq')),
  label TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at TEXT
);

-- National targets: a change is a new row, never an update. The current table of a year is the newest row of
-- each indicator. Text ids so the seed's rows ("seed-2025-BHXH") can be inserted with INSERT OR IGNORE.
CREATE TABLE target_changes (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  year INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  old_value REAL,
  new_value REAL NOT NULL CHECK (new_value >= 0 AND new_value <= 1),
  comparison TEXT NOT NULL CHECK (comparison IN ('gte', 'gt')),
  document TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX target_changes_by_year ON target_changes (year, indicator, seq);

-- A resubmission is a new version; the UNIQUE makes two racing writers of one version fail instead of both winning.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  unit TEXT NOT NULL REFERENCES units (code),
  campaign TEXT NOT NULL,
  period TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size > 0),
  file_name TEXT NOT NULL,
  r2_key TEXT NOT NULL,
  inputs TEXT NOT NULL,
  claimed TEXT NOT NULL,
  computed TEXT NOT NULL,
  mismatch INTEGER NOT NULL CHECK (mismatch IN (0, 1)),
  token_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (unit, campaign, period, version)
);
CREATE INDEX submissions_by_campaign ON submissions (campaign, period, unit, version);
CREATE INDEX submissions_by_sha ON submissions (sha256);

-- A retried POST with the same Idempotency-Key (per unit) answers the submission the first one created.
CREATE TABLE idempotency_keys (
  unit TEXT NOT NULL,
  key TEXT NOT NULL,
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (unit, key)
);

-- Every write, by whom; detail is JSON.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor_unit TEXT NOT NULL,
  actor_token INTEGER,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
);
