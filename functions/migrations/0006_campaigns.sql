-- Campaigns are definitions headquarters publishes (issue 16, docs/campaigns.md). A published or closed definition
-- never changes under the submissions made with it: a correction is a new row (version + 1) with its reason; only
-- a draft is written in place. The current definition of an id is its highest version. `definition` is the JSON
-- of shared/campaigns/schema.ts without its status, which lives in its own column.
CREATE TABLE campaigns (
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reason TEXT,
  PRIMARY KEY (id, version)
);
-- The version of the definition each submission was scored with. Rows stored before definitions were kept in D1
-- leave it empty: they were scored by the code of their day, which no row here records.
ALTER TABLE submissions ADD COLUMN campaign_version INTEGER;
