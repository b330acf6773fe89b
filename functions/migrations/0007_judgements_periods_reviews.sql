-- Headquarters' own judgements (issue 17): per campaign, period and unit, a veto, membership of the priority list
-- and HQ's own figures for inputs. The row is the current judgement; every change is also an audit_log row
-- (who, when, why), so the row keeps only the latest reason. NULL vetoed/priority: HQ has not judged that flag.
CREATE TABLE judgements (
  campaign TEXT NOT NULL,
  period TEXT NOT NULL,
  unit TEXT NOT NULL REFERENCES units (code),
  vetoed INTEGER CHECK (vetoed IN (0, 1)),
  priority INTEGER CHECK (priority IN (0, 1)),
  figures TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(figures)),
  reason TEXT NOT NULL,
  judged_by TEXT NOT NULL,
  judged_at TEXT NOT NULL,
  PRIMARY KEY (campaign, period, unit)
);

-- The cut-off ("khóa sổ"): unit '' is the whole period; a row for one unit overrides it (a reopening for that unit).
-- Closing or reopening the whole period removes the per-unit rows: the period's word is then the same for all.
CREATE TABLE period_closures (
  campaign TEXT NOT NULL,
  period TEXT NOT NULL,
  unit TEXT NOT NULL,
  closed INTEGER NOT NULL CHECK (closed IN (0, 1)),
  reason TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (campaign, period, unit)
);

-- The review of a submission: no row is "received". One row per submission, its latest state; history in audit_log.
CREATE TABLE reviews (
  submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
  state TEXT NOT NULL CHECK (state IN ('accepted', 'returned', 'proposed', 'decided')),
  note TEXT,
  reviewed_by TEXT NOT NULL,
  reviewed_at TEXT NOT NULL
);
