-- PressDesk schema version 5: contact channels that are cheap to write.
--
-- SQLite checks "kind IN ('email', 'phone', 'mobile', 'web', 'fax', 'other')" by building a temporary
-- index of the six words for every row it writes, and inside a CHECK constraint it cannot keep that index
-- from one row to the next: writing a channel cost more than writing the contact it belongs to (an import
-- of a million contacts writes two and a half million channels). The same rule, spelled as six
-- comparisons, costs next to nothing. SQLite cannot change a CHECK constraint in place, so the table is
-- written again with the same columns, rows and ids; its indexes and triggers are created again exactly as
-- versions 1 to 3 left them.

CREATE TEMP TABLE pressdesk_channel_copy AS SELECT * FROM contact_channel;

DROP TABLE contact_channel;

CREATE TABLE contact_channel (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind = 'email' OR kind = 'phone' OR kind = 'mobile' OR kind = 'web'
                                        OR kind = 'fax' OR kind = 'other'),
    value       TEXT    NOT NULL,
    label       TEXT    NOT NULL DEFAULT '',
    is_public   INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0
);

INSERT INTO contact_channel (id, contact_id, kind, value, label, is_public, position)
SELECT id, contact_id, kind, value, label, is_public, position FROM temp.pressdesk_channel_copy ORDER BY id;

DROP TABLE temp.pressdesk_channel_copy;

CREATE INDEX contact_channel_contact ON contact_channel(contact_id, position);
CREATE INDEX contact_channel_email ON contact_channel(lower(value)) WHERE kind = 'email';

CREATE TRIGGER contact_search_channel_insert AFTER INSERT ON contact_channel
WHEN NEW.kind = 'email' AND NOT EXISTS (SELECT 1 FROM contact_search_pause) BEGIN
    DELETE FROM contact_search WHERE rowid = NEW.contact_id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id = NEW.contact_id;
END;

CREATE TRIGGER contact_search_channel_update AFTER UPDATE ON contact_channel
WHEN OLD.kind = 'email' OR NEW.kind = 'email' BEGIN
    DELETE FROM contact_search WHERE rowid IN (OLD.contact_id, NEW.contact_id);
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER contact_search_channel_delete AFTER DELETE ON contact_channel
WHEN OLD.kind = 'email' BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.contact_id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id = OLD.contact_id;
END;
