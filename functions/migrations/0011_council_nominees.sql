-- The council's decision on each nominee a unit proposed (issue 17): awarded or not, with its note. Bound to the
-- submission the nominee was read from: a unit's next version proposes anew, and the council decides on that one.
-- Changed in place; every change is in the audit log.
CREATE TABLE council_nominee_decisions (
  submission_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  awarded INTEGER NOT NULL CHECK (awarded IN (0, 1)),
  note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, position),
  FOREIGN KEY (submission_id, position) REFERENCES submission_nominees (submission_id, position)
);
