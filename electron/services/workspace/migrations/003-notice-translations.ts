/**
 * Schema version 3: record text per notice language (translations), and the
 * order of notice overrides so that a workspace document round-trips exactly.
 * A translation of entity type "text" translates one original text wherever
 * it appears (entity_id "*", field = the original).
 */
export const sql = `
CREATE TABLE translations (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  lang TEXT NOT NULL,
  text TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (entity_type, entity_id, field, lang)
) STRICT, WITHOUT ROWID;

ALTER TABLE notice_overrides ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
`;
