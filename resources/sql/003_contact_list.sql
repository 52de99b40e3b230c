-- PressDesk schema version 3: the contact list at scale (100,000 to 1,000,000 contacts).
--
-- sort_key orders the contacts table by family name, then given name, without regard to case and with
-- German umlauts spelled out as the phone book does (Müller sorts as "mueller"); a contact with only a
-- given name sorts under it. It is a virtual generated column: nothing writes it, and the index keeps it
-- current on every insert and update, whoever writes the row. SQLite's lower() folds only ASCII, so the
-- umlauts, ß and the most common other letters with diacritics (é, ş) are spelled out first; the nesting
-- depth of replace() is limited by SQLite's parser.
-- ContactDirectory pages with ORDER BY sort_key, id, which walks this index (the id is its rowid tail).

ALTER TABLE contact ADD COLUMN sort_key TEXT GENERATED ALWAYS AS (
    lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        coalesce(nullif(trim(family_name), ''), trim(given_name)),
        'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue'), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'),
        'ß', 'ss'), 'ẞ', 'ss'), 'É', 'e'), 'é', 'e'), 'Ş', 's'), 'ş', 's'))
    || char(31) ||
    lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        trim(given_name),
        'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue'), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'),
        'ß', 'ss'), 'ẞ', 'ss'), 'É', 'e'), 'é', 'e'), 'Ş', 's'), 'ş', 's'))
) VIRTUAL;

CREATE INDEX contact_sort ON contact(sort_key);

-- Imports look up stored contacts by e-mail address (case-insensitive for ASCII letters, as SQLite's
-- lower() is) instead of reading every contact; the name lookup uses contact_sort.
CREATE INDEX contact_channel_email ON contact_channel(lower(value)) WHERE kind = 'email';

-- The search index again, now with a one-letter prefix index too: the first letter typed ("m") must
-- not merge the doclists of every token starting with it, at a million contacts. Same columns and
-- tokenizer as version 2; the triggers of version 2 keep writing to it by name.
DROP TABLE contact_search;

CREATE VIRTUAL TABLE contact_search USING fts5(
    name, details, name_folded, details_folded,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
SELECT id, name, details, name_folded, details_folded FROM contact_search_source;

-- Imports of many contacts (ContactRepository::Batch) pause the search triggers inside their own
-- transaction and then index the added contacts in one statement: FTS5 writes its pending index at the
-- start of every statement, so a trigger per inserted row would write one index segment per row.
-- The table holds a row only inside such a transaction; nobody else ever sees it.
CREATE TABLE contact_search_pause (paused INTEGER NOT NULL DEFAULT 1);

DROP TRIGGER contact_search_after_insert;
CREATE TRIGGER contact_search_after_insert AFTER INSERT ON contact
WHEN NOT EXISTS (SELECT 1 FROM contact_search_pause) BEGIN
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source WHERE id = NEW.id;
END;

DROP TRIGGER contact_search_after_update;
CREATE TRIGGER contact_search_after_update AFTER UPDATE ON contact
WHEN NOT EXISTS (SELECT 1 FROM contact_search_pause) BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source WHERE id = NEW.id;
END;

DROP TRIGGER contact_search_channel_insert;
CREATE TRIGGER contact_search_channel_insert AFTER INSERT ON contact_channel
WHEN NEW.kind = 'email' AND NOT EXISTS (SELECT 1 FROM contact_search_pause) BEGIN
    DELETE FROM contact_search WHERE rowid = NEW.contact_id;
    INSERT INTO contact_search (rowid, name, details, name_folded, details_folded)
    SELECT id, name, details, name_folded, details_folded FROM contact_search_source
    WHERE id = NEW.contact_id;
END;
