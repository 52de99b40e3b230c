-- Press kits ("Pressemappen"): the date of the press conference, an optional cover photo, and the parts
-- in the order the press officer set, as JSON like a release's content (a fact sheet's category and
-- years, the chosen quotes, contacts and photos, an extra page's text). press_kit_item could name one
-- record per row and no settings; no PressDesk version wrote it, but whatever a file holds is carried
-- over: each row becomes a part of its kind.

ALTER TABLE press_kit ADD COLUMN kit_date TEXT; -- yyyy-MM-dd
ALTER TABLE press_kit ADD COLUMN cover_asset_id INTEGER REFERENCES asset(id) ON DELETE SET NULL;
ALTER TABLE press_kit ADD COLUMN content TEXT NOT NULL DEFAULT '{"parts":[]}';

UPDATE press_kit SET content = (
    SELECT json_object('parts', json_group_array(json(part)))
    FROM (SELECT CASE i.kind
                     WHEN 'release' THEN json_object('kind', 'release')
                     WHEN 'timeline' THEN json_object('kind', 'factSheet')
                     WHEN 'quote' THEN json_object('kind', 'statements', 'ids', json_array(i.ref_id))
                     WHEN 'contact' THEN json_object('kind', 'contacts', 'ids', json_array(i.ref_id))
                     ELSE json_object('kind', 'photos', 'ids', json_array(i.ref_id))
                 END AS part
          FROM press_kit_item i WHERE i.kit_id = press_kit.id ORDER BY i.position))
WHERE id IN (SELECT kit_id FROM press_kit_item);

DROP TABLE press_kit_item;
