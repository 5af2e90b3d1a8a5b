/**
 * Schema version 6: field drafts. A value a person typed that the record's
 * schema refuses (a website without https://, a row still missing its category)
 * is kept per record and field path until it is fixed, so that it survives
 * leaving the record, a reload of the window and a restart. The record itself
 * holds only valid values; drafts are not part of the register (no change log,
 * not exported).
 *
 * Also who submitted each activity for review (the submitter may not approve
 * it unless the workspace is kept by one person: meta 'review_one_person').
 * No foreign key: an activity's row is replaced on every save.
 */
export const sql = `
CREATE TABLE field_drafts (
  entity_type TEXT NOT NULL CHECK (entity_type IN ('organisation', 'product', 'vendor', 'activity')),
  entity_id TEXT NOT NULL,
  path TEXT NOT NULL,
  value_json TEXT NOT NULL,
  message TEXT NOT NULL,
  position INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_id, path)
) STRICT, WITHOUT ROWID;

CREATE TABLE review_submissions (
  activity_id TEXT PRIMARY KEY,
  submitted_by TEXT NOT NULL,
  submitted_at TEXT NOT NULL
) STRICT;
`;
