-- A release's body becomes structured content (JSON, read and validated by ReleaseContent): paragraphs,
-- subheadings, lists, quote, timeline and photo blocks. The link tables stay as the database's index of
-- what the content uses (a quote in use cannot be deleted); the repository keeps them in step.

ALTER TABLE press_release ADD COLUMN content TEXT NOT NULL DEFAULT '{"format":1,"blocks":[]}';

CREATE TABLE release_asset (
    release_id INTEGER NOT NULL REFERENCES press_release(id) ON DELETE CASCADE,
    asset_id   INTEGER NOT NULL REFERENCES asset(id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (release_id, asset_id)
);
CREATE INDEX release_asset_asset ON release_asset(asset_id);

-- The old plain body: paragraphs (split at blank lines, single line breaks read as spaces), then the
-- linked milestones as one timeline block, then the linked quotes, each in its old order.
WITH RECURSIVE parts(release_id, n, paragraph, rest) AS (
    SELECT id, 0, '', replace(body, char(13), '') || char(10) || char(10) FROM press_release
    UNION ALL
    SELECT release_id, n + 1,
           trim(substr(rest, 1, instr(rest, char(10) || char(10)) - 1), ' ' || char(9) || char(10)),
           substr(rest, instr(rest, char(10) || char(10)) + 2)
    FROM parts WHERE instr(rest, char(10) || char(10)) > 0
),
blocks(release_id, position, block) AS (
    SELECT release_id, n,
           json_object('type', 'paragraph', 'runs',
                       json_array(json_object('text', replace(paragraph, char(10), ' '))))
    FROM parts WHERE n > 0 AND paragraph <> ''
    UNION ALL
    SELECT release_id, 2000000, json_object('type', 'timeline', 'milestones', json(ids))
    FROM (SELECT release_id, json_group_array(milestone_id) AS ids
          FROM (SELECT release_id, milestone_id FROM release_milestone ORDER BY release_id, position)
          GROUP BY release_id)
    UNION ALL
    SELECT release_id, 3000000 + position, json_object('type', 'quote', 'quote', quote_id) FROM release_quote
)
UPDATE press_release SET content = (
    SELECT json_object('format', 1, 'blocks', json_group_array(json(block)))
    FROM (SELECT block FROM blocks WHERE blocks.release_id = press_release.id ORDER BY position));

ALTER TABLE press_release DROP COLUMN body;
