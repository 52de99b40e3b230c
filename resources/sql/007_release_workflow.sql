-- The release workflow: a state "in_review" between draft and approved, the number of the correction a
-- release is in, and who approved it when. SQLite cannot change a CHECK in place, so press_release is
-- written again; its children are kept aside first, because dropping the parent table would delete them
-- (ON DELETE CASCADE) or clear their reference (ON DELETE SET NULL).

CREATE TEMP TABLE keep_release_quote AS SELECT * FROM release_quote;
CREATE TEMP TABLE keep_release_milestone AS SELECT * FROM release_milestone;
CREATE TEMP TABLE keep_release_contact AS SELECT * FROM release_contact;
CREATE TEMP TABLE keep_release_asset AS SELECT * FROM release_asset;
CREATE TEMP TABLE keep_release_version AS SELECT * FROM release_version;
CREATE TEMP TABLE keep_press_kit_release AS SELECT id, release_id FROM press_kit WHERE release_id IS NOT NULL;

CREATE TABLE press_release_new (
    id                          INTEGER PRIMARY KEY,
    headline                    TEXT    NOT NULL CHECK (length(trim(headline)) > 0),
    subheadline                 TEXT    NOT NULL DEFAULT '',
    place                       TEXT    NOT NULL DEFAULT '',
    release_date                TEXT,   -- yyyy-MM-dd
    embargo_until               TEXT,   -- UTC ISO-8601
    lead                        TEXT    NOT NULL DEFAULT '',
    boilerplate_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    state                       TEXT    NOT NULL DEFAULT 'draft'
                                CHECK (state IN ('draft', 'in_review', 'approved', 'published')),
    created_at                  TEXT    NOT NULL,
    updated_at                  TEXT    NOT NULL,
    revision                    INTEGER NOT NULL DEFAULT 1,
    content                     TEXT    NOT NULL DEFAULT '{"format":1,"blocks":[]}',
    correction                  INTEGER NOT NULL DEFAULT 0 CHECK (correction >= 0),
    approved_by                 TEXT    NOT NULL DEFAULT '',
    approved_at                 TEXT    -- UTC ISO-8601
);
INSERT INTO press_release_new (id, headline, subheadline, place, release_date, embargo_until, lead,
                               boilerplate_organisation_id, state, created_at, updated_at, revision, content)
    SELECT id, headline, subheadline, place, release_date, embargo_until, lead, boilerplate_organisation_id,
           state, created_at, updated_at, revision, content
    FROM press_release;
DROP TABLE press_release;
ALTER TABLE press_release_new RENAME TO press_release;

INSERT INTO release_quote SELECT * FROM keep_release_quote;
INSERT INTO release_milestone SELECT * FROM keep_release_milestone;
INSERT INTO release_contact SELECT * FROM keep_release_contact;
INSERT INTO release_asset SELECT * FROM keep_release_asset;
INSERT INTO release_version SELECT * FROM keep_release_version;
UPDATE press_kit SET release_id = (SELECT k.release_id FROM keep_press_kit_release k WHERE k.id = press_kit.id)
    WHERE id IN (SELECT id FROM keep_press_kit_release);

DROP TABLE keep_release_quote;
DROP TABLE keep_release_milestone;
DROP TABLE keep_release_contact;
DROP TABLE keep_release_asset;
DROP TABLE keep_release_version;
DROP TABLE keep_press_kit_release;
