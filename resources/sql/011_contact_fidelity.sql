-- PressDesk schema version 11: address books come in and go out whole.
--
-- Name parts as vCard has them (additional names, suffix, nickname, the formatted name the address book
-- gave), the department apart from the role, the address book's UID (re-imports update the contacts they
-- made), a photo, and the properties PressDesk does not model kept as vCard 4.0 lines. Channels keep their
-- vCard types and the preferred mark. Postal addresses belong to a contact or an organisation. Every new
-- column has a default, so the rows already stored read as before.

ALTER TABLE contact ADD COLUMN additional_names TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN honorific_suffix TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN formatted_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN department TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN kept_properties TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN photo BLOB;
ALTER TABLE contact ADD COLUMN photo_type TEXT NOT NULL DEFAULT '';

CREATE INDEX contact_uid ON contact(uid) WHERE uid <> '';

ALTER TABLE contact_channel ADD COLUMN types TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_channel ADD COLUMN preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1));

CREATE TABLE postal_address (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL DEFAULT '' CHECK (kind = '' OR kind = 'work' OR kind = 'home'),
    po_box          TEXT    NOT NULL DEFAULT '',
    extended        TEXT    NOT NULL DEFAULT '',
    street          TEXT    NOT NULL DEFAULT '',
    postcode        TEXT    NOT NULL DEFAULT '',
    city            TEXT    NOT NULL DEFAULT '',
    region          TEXT    NOT NULL DEFAULT '',
    country         TEXT    NOT NULL DEFAULT '',
    label           TEXT    NOT NULL DEFAULT '',
    preferred       INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    is_public       INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    position        INTEGER NOT NULL DEFAULT 0,
    CHECK ((contact_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX postal_address_contact ON postal_address(contact_id, position) WHERE contact_id IS NOT NULL;
CREATE INDEX postal_address_organisation ON postal_address(organisation_id, position)
    WHERE organisation_id IS NOT NULL;

-- The search finds contacts by their department and by the postcode and city of their addresses too.
-- ContactSearchRows builds the same texts for bulk imports.
DROP VIEW contact_search_source;

CREATE VIEW contact_search_source AS
SELECT id, name, details,
       replace(replace(replace(replace(replace(replace(replace(replace(name,
           'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS')
           AS name_folded,
       replace(replace(replace(replace(replace(replace(replace(replace(details,
           'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS')
           AS details_folded
FROM (
    SELECT c.id AS id,
           c.honorific || ' ' || c.given_name || ' ' || c.family_name AS name,
           c.role || ' ' || c.department || ' ' || coalesce(o.name, '') || ' ' || c.press_topics || ' ' ||
               coalesce((SELECT group_concat(ch.value, ' ') FROM contact_channel ch
                         WHERE ch.contact_id = c.id AND ch.kind = 'email'), '') || ' ' ||
               coalesce((SELECT group_concat(a.postcode || ' ' || a.city, ' ')
                         FROM (SELECT postcode, city FROM postal_address
                               WHERE contact_id = c.id ORDER BY position, id) a), '') AS details
    FROM contact c
    LEFT JOIN organisation o ON o.id = c.organisation_id
);

CREATE TRIGGER contact_search_address_insert AFTER INSERT ON postal_address
WHEN NEW.contact_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contact_search_pause) BEGIN
    DELETE FROM contact_search WHERE rowid = NEW.contact_id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id = NEW.contact_id;
END;

CREATE TRIGGER contact_search_address_update AFTER UPDATE ON postal_address
WHEN OLD.contact_id IS NOT NULL OR NEW.contact_id IS NOT NULL BEGIN
    DELETE FROM contact_search WHERE rowid IN (OLD.contact_id, NEW.contact_id);
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER contact_search_address_delete AFTER DELETE ON postal_address
WHEN OLD.contact_id IS NOT NULL BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.contact_id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id = OLD.contact_id;
END;

-- Every contact's search row again: the details now hold the department (empty so far) and addresses.
DELETE FROM contact_search;
INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
SELECT id, name, details, name_folded, details_folded FROM contact_search_source;
