/**
 * Schema version 2: per-section notice overrides (with the generated text they
 * replaced, so a later change can be flagged as stale) and frozen baselines of
 * the register; plus an index that lets the change log be read per record.
 */
export const sql = `
CREATE TABLE notice_overrides (
  product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  section_key TEXT NOT NULL,
  text TEXT NOT NULL,
  generated_text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (product_id, lang, section_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE baselines (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  document TEXT NOT NULL
) STRICT;

CREATE INDEX change_log_by_entity ON change_log(entity_type, entity_id);
`;
