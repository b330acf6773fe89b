-- The council, the final list and the decision (issue 17). Times are ISO 8601 UTC text, as the API answers them.

-- The council's decision on one unit of a campaign's period: the tier it awards (a code of the period's prize set)
-- or none, with its note. Changed in place; every change is in the audit log.
CREATE TABLE council_decisions (
  campaign TEXT NOT NULL,
  period TEXT NOT NULL,
  unit TEXT NOT NULL REFERENCES units (code),
  tier TEXT,
  note TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (campaign, period, unit)
);

-- A fixed final list is never changed: fixing it again is version + 1 with its reason. `list` is the JSON of the
-- list as fixed (shared/schemas/decision.ts FinalList), so the documents of a version never move under it.
CREATE TABLE final_lists (
  campaign TEXT NOT NULL,
  period TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  reason TEXT NOT NULL,
  list TEXT NOT NULL CHECK (json_valid(list)),
  campaign_version INTEGER,
  fixed_by TEXT NOT NULL,
  fixed_at TEXT NOT NULL,
  PRIMARY KEY (campaign, period, version)
);

-- A published decision names the final list it was made from; publishing again (a corrected number or date) is a
-- new row, the highest seq is the one the units see.
CREATE TABLE decisions (
  campaign TEXT NOT NULL,
  period TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  final_version INTEGER NOT NULL,
  number TEXT NOT NULL,
  date TEXT NOT NULL,
  published_by TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (campaign, period, seq),
  FOREIGN KEY (campaign, period, final_version) REFERENCES final_lists (campaign, period, version)
);
