-- Approving a release with open checks records who confirmed them, and which they were.
ALTER TABLE press_release ADD COLUMN approval_note TEXT NOT NULL DEFAULT '';

-- The office's own words for the spell checker (names such as Eiskirch, Vonovia): kept in the file, so
-- that they travel with the data to every colleague and machine that opens it.

CREATE TABLE office_word (
    word     TEXT PRIMARY KEY NOT NULL CHECK (length(trim(word)) > 0 AND length(word) <= 100),
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
