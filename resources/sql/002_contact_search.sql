-- PressDesk schema version 2: full-text search over contacts (SQLite FTS5).
--
-- One row per contact in contact_search, rowid = contact.id. Four columns:
--   name            honorific, given name, family name
--   details         role, organisation name, press topics, e-mail addresses
--   name_folded     the same texts with German umlauts spelled out: ä→ae, ö→oe, ü→ue, ß→ss
--   details_folded
-- The tokenizer (unicode61 remove_diacritics 2) strips diacritics, so "müll" and "mull" both find the
-- token "muller" of "Müller"; the folded copies add "mueller", so that "muell" finds it too. The
-- repository also folds the typed words, so that "müller" finds a contact spelled "Mueller".
-- Triggers on contact, contact_channel (e-mail only) and organisation keep the index current; the text
-- is built in one place, the view contact_search_source.

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
           c.role || ' ' || coalesce(o.name, '') || ' ' || c.press_topics || ' ' ||
               coalesce((SELECT group_concat(ch.value, ' ') FROM contact_channel ch
                         WHERE ch.contact_id = c.id AND ch.kind = 'email'), '') AS details
    FROM contact c
    LEFT JOIN organisation o ON o.id = c.organisation_id
);

CREATE VIRTUAL TABLE contact_search USING fts5(
    name, details, name_folded, details_folded,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
SELECT id, name, details, name_folded, details_folded FROM contact_search_source;

CREATE TRIGGER contact_search_after_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER contact_search_after_update AFTER UPDATE ON contact BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER contact_search_after_delete AFTER DELETE ON contact BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER contact_search_channel_insert AFTER INSERT ON contact_channel
WHEN NEW.kind = 'email' BEGIN
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

CREATE TRIGGER contact_search_organisation_update AFTER UPDATE OF name ON organisation BEGIN
    DELETE FROM contact_search WHERE rowid IN (SELECT id FROM contact WHERE organisation_id = NEW.id);
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id IN (SELECT id FROM contact WHERE organisation_id = NEW.id);
END;

-- Deleting an organisation sets its contacts' organisation_id to NULL (ON DELETE SET NULL), which runs the
-- contact update trigger above; this one covers connections with foreign keys switched off.
CREATE TRIGGER contact_search_organisation_delete AFTER DELETE ON organisation BEGIN
    DELETE FROM contact_search WHERE rowid IN (SELECT id FROM contact WHERE organisation_id = OLD.id);
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT c.id, c.name, c.details, c.name_folded, c.details_folded
    FROM contact_search_source c JOIN contact k ON k.id = c.id WHERE k.organisation_id = OLD.id;
END;
