-- The daily sweep asks which of a page of R2 keys any submission points at (`r2_key IN (…)`): without an index
-- that is a scan of every submission for every page of the bucket.
CREATE INDEX submissions_by_r2_key ON submissions (r2_key);
