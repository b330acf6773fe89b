-- The file is the record: where each value was read in the stored workbook (sheet, cell, formula), as JSON keyed
-- like the API's `sources`; and who sent it (the unit itself, or HQ on its behalf). Rows stored before the service
-- read files keep an empty map and their own unit as sender.
ALTER TABLE submissions ADD COLUMN sources TEXT NOT NULL DEFAULT '{}';
ALTER TABLE submissions ADD COLUMN sent_by TEXT;
UPDATE submissions SET sent_by = unit WHERE sent_by IS NULL;
