-- Office-wide settings that travel with the file (the house style of exported documents): one row per
-- key, the value as JSON, so that a setting added later needs no new column.

CREATE TABLE office_setting (
    key        TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
    value      TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
