-- Issue 17, nominees and the dossier. A submission's nominees are read from its workbook (the BHXH_KHEN_THUONG
-- table, docs/template-contract.md) and stored with it, one row each, in the order the table lists them.
CREATE TABLE submission_nominees (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  position INTEGER NOT NULL CHECK (position > 0),
  kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  title TEXT CHECK (title IS NULL OR length(title) <= 200),
  unit_name TEXT CHECK (unit_name IS NULL OR length(unit_name) <= 200),
  summary TEXT CHECK (summary IS NULL OR length(summary) <= 2000),
  PRIMARY KEY (submission_id, position)
);

-- The dossier's files (tờ trình, báo cáo thành tích, biên bản họp Hội đồng), each in R2 under its SHA-256. One
-- file is attached once to a submission; `file_name` is the sender's, shown only: downloads get a name the service
-- gives. The R2 object is written first and this row after it, so a row never points at nothing.
CREATE TABLE submission_attachments (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  kind TEXT NOT NULL CHECK (kind IN ('to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hoi_dong')),
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  size INTEGER NOT NULL CHECK (size > 0),
  file_name TEXT NOT NULL,
  r2_key TEXT NOT NULL,
  sent_by TEXT NOT NULL,
  token_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, sha256)
);
CREATE INDEX submission_attachments_by_key ON submission_attachments (r2_key);
