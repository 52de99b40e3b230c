-- PressDesk schema version 1.
-- Every row carries created_at/updated_at (UTC ISO-8601) and a revision for optimistic concurrency.
-- Dates with a precision are stored as the first day (yyyy-MM-dd) plus precision 1=year, 2=month, 3=day,
-- so that they sort chronologically as text.

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    colour      TEXT    NOT NULL DEFAULT '#6b7280',
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE milestone (
    id              INTEGER PRIMARY KEY,
    start_date      TEXT    NOT NULL,
    start_precision INTEGER NOT NULL CHECK (start_precision BETWEEN 1 AND 3),
    end_date        TEXT,
    end_precision   INTEGER CHECK (end_precision IS NULL OR end_precision BETWEEN 1 AND 3),
    title           TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description     TEXT    NOT NULL DEFAULT '',
    category_id     INTEGER REFERENCES category(id) ON DELETE SET NULL,
    source_url      TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    internal_note   TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX milestone_start ON milestone(start_date, start_precision);
CREATE INDEX milestone_category ON milestone(category_id);

CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT    NOT NULL DEFAULT '',
    website     TEXT    NOT NULL DEFAULT '',
    boilerplate TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contact (
    id                  INTEGER PRIMARY KEY,
    honorific           TEXT    NOT NULL DEFAULT '',
    given_name          TEXT    NOT NULL DEFAULT '',
    family_name         TEXT    NOT NULL DEFAULT '',
    role                TEXT    NOT NULL DEFAULT '',
    organisation_id     INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    press_topics        TEXT    NOT NULL DEFAULT '',  -- one topic per line
    available_for_press INTEGER NOT NULL DEFAULT 0 CHECK (available_for_press IN (0, 1)),
    consent_at          TEXT,                         -- yyyy-MM-dd
    consent_note        TEXT    NOT NULL DEFAULT '',
    internal_note       TEXT    NOT NULL DEFAULT '',
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    revision            INTEGER NOT NULL DEFAULT 1,
    CHECK (length(trim(given_name)) > 0 OR length(trim(family_name)) > 0)
);
CREATE INDEX contact_organisation ON contact(organisation_id);
CREATE INDEX contact_name ON contact(family_name, given_name);

CREATE TABLE contact_channel (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('email', 'phone', 'mobile', 'web', 'fax', 'other')),
    value       TEXT    NOT NULL,
    label       TEXT    NOT NULL DEFAULT '',
    is_public   INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_channel_contact ON contact_channel(contact_id, position);

CREATE TABLE quote (
    id                INTEGER PRIMARY KEY,
    text              TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    speaker_id        INTEGER NOT NULL REFERENCES contact(id) ON DELETE RESTRICT,
    speaker_role      TEXT    NOT NULL DEFAULT '',
    said_on           TEXT,
    said_on_precision INTEGER CHECK (said_on_precision IS NULL OR said_on_precision BETWEEN 1 AND 3),
    context           TEXT    NOT NULL DEFAULT '',
    source            TEXT    NOT NULL DEFAULT '',
    topics            TEXT    NOT NULL DEFAULT '',  -- one topic per line
    state             TEXT    NOT NULL DEFAULT 'draft'
                      CHECK (state IN ('draft', 'requested', 'authorised', 'withdrawn')),
    requested_at      TEXT,
    requested_from    TEXT    NOT NULL DEFAULT '',
    authorised_at     TEXT,
    authorised_by     TEXT    NOT NULL DEFAULT '',
    supersedes_id     INTEGER REFERENCES quote(id) ON DELETE SET NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX quote_speaker ON quote(speaker_id);

CREATE TABLE quote_milestone (
    quote_id     INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, milestone_id)
);
CREATE INDEX quote_milestone_milestone ON quote_milestone(milestone_id);

CREATE TABLE press_release (
    id                          INTEGER PRIMARY KEY,
    headline                    TEXT    NOT NULL CHECK (length(trim(headline)) > 0),
    subheadline                 TEXT    NOT NULL DEFAULT '',
    place                       TEXT    NOT NULL DEFAULT '',
    release_date                TEXT,   -- yyyy-MM-dd
    embargo_until               TEXT,   -- UTC ISO-8601
    lead                        TEXT    NOT NULL DEFAULT '',
    body                        TEXT    NOT NULL DEFAULT '',
    boilerplate_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    state                       TEXT    NOT NULL DEFAULT 'draft'
                                CHECK (state IN ('draft', 'approved', 'published')),
    created_at                  TEXT    NOT NULL,
    updated_at                  TEXT    NOT NULL,
    revision                    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE release_quote (
    release_id INTEGER NOT NULL REFERENCES press_release(id) ON DELETE CASCADE,
    quote_id   INTEGER NOT NULL REFERENCES quote(id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (release_id, quote_id)
);
CREATE INDEX release_quote_quote ON release_quote(quote_id);

CREATE TABLE release_milestone (
    release_id   INTEGER NOT NULL REFERENCES press_release(id) ON DELETE CASCADE,
    milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (release_id, milestone_id)
);
CREATE INDEX release_milestone_milestone ON release_milestone(milestone_id);

CREATE TABLE release_contact (
    release_id INTEGER NOT NULL REFERENCES press_release(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (release_id, contact_id)
);
CREATE INDEX release_contact_contact ON release_contact(contact_id);

CREATE TABLE release_version (
    id         INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES press_release(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    saved_at   TEXT    NOT NULL,
    snapshot   TEXT    NOT NULL,
    UNIQUE (release_id, n)
);

CREATE TABLE asset (
    id         INTEGER PRIMARY KEY,
    file_name  TEXT    NOT NULL,
    mime       TEXT    NOT NULL DEFAULT 'application/octet-stream',
    data       BLOB    NOT NULL,
    caption    TEXT    NOT NULL DEFAULT '',
    credit     TEXT    NOT NULL DEFAULT '',
    licence    TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE press_kit (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL,
    release_id INTEGER REFERENCES press_release(id) ON DELETE SET NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE press_kit_item (
    kit_id   INTEGER NOT NULL REFERENCES press_kit(id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL CHECK (kind IN ('release', 'timeline', 'quote', 'contact', 'asset')),
    ref_id   INTEGER,
    position INTEGER NOT NULL,
    PRIMARY KEY (kit_id, position)
);
