/**
 * Schema version 7 (issue 16, app-store privacy labels): a purpose's store
 * purpose and a data category's own store types (both optional record fields,
 * JSON text for the mapping), and the stamp of each label's last export, so
 * that a label is flagged stale when the records change after it.
 */
export const sql = `
ALTER TABLE data_category_types ADD COLUMN store_types TEXT;
ALTER TABLE activity_purposes ADD COLUMN store_purpose TEXT;

CREATE TABLE store_label_exports (
  product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  store TEXT NOT NULL CHECK (store IN ('apple', 'google', 'manifest')),
  exported_at TEXT NOT NULL,
  exported_by TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  answers TEXT NOT NULL,
  PRIMARY KEY (product_id, store)
) STRICT, WITHOUT ROWID;
`;
