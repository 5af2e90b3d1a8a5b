/**
 * Schema version 5: published versions of each product's notice (issue 11). A row is
 * frozen: its number, date and publisher, a fingerprint of the records it was generated
 * from (to tell when they have changed since), and the notice's document model in each
 * of the product's languages. Rows are never updated or deleted by the app; there is no
 * foreign key to products so that a published version outlives its product's record.
 */
export const sql = `
CREATE TABLE notice_publications (
  product_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  documents TEXT NOT NULL CHECK (json_valid(documents)),
  PRIMARY KEY (product_id, version)
) STRICT, WITHOUT ROWID;
`;
