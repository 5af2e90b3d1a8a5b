/** Schema version 1: the register, its taxonomies and the change log. */
export const sql = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE data_category_types (
  key TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  grp TEXT NOT NULL,
  special INTEGER NOT NULL CHECK (special IN (0, 1)),
  criminal INTEGER NOT NULL CHECK (criminal IN (0, 1)),
  description TEXT
) STRICT;

CREATE TABLE data_subject_types (
  key TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  description TEXT
) STRICT;

CREATE TABLE security_measure_types (
  key TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  art32 TEXT NOT NULL,
  description TEXT
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  legal_name TEXT,
  registration_number TEXT,
  address TEXT,
  country TEXT,
  email TEXT,
  phone TEXT,
  website TEXT,
  privacy_email TEXT,
  staff_count INTEGER,
  dpo TEXT,
  representative TEXT,
  lead_authority TEXT,
  notes TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;

CREATE TABLE products (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  platforms TEXT NOT NULL,
  store_listings TEXT NOT NULL,
  audiences TEXT NOT NULL,
  minimum_age INTEGER,
  hosting_countries TEXT NOT NULL,
  hosting_statement TEXT,
  permissions TEXT NOT NULL,
  integration TEXT,
  notice TEXT NOT NULL,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE INDEX products_by_organisation ON products(organisation_id);

CREATE TABLE vendors (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  legal_name TEXT,
  service TEXT,
  category TEXT NOT NULL,
  headquarters TEXT,
  role TEXT NOT NULL,
  processing_countries TEXT NOT NULL,
  dpa TEXT NOT NULL,
  transfer_mechanism TEXT,
  scc_module INTEGER,
  dpf_certified INTEGER CHECK (dpf_certified IN (0, 1)),
  certifications TEXT NOT NULL,
  website TEXT,
  privacy_url TEXT,
  catalogue_key TEXT,
  notes TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  product_id TEXT REFERENCES products(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  role TEXT NOT NULL,
  controllers TEXT NOT NULL,
  joint_controllers TEXT NOT NULL,
  security_notes TEXT,
  dpia TEXT NOT NULL,
  automated_decisions TEXT NOT NULL,
  systems TEXT NOT NULL,
  status TEXT NOT NULL,
  owner TEXT,
  reviewer TEXT,
  last_reviewed TEXT,
  next_review_due TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE INDEX activities_by_product ON activities(product_id);
CREATE INDEX activities_by_organisation ON activities(organisation_id);

CREATE TABLE activity_purposes (
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  legal_basis TEXT,
  legitimate_interest TEXT,
  art9_condition TEXT,
  PRIMARY KEY (activity_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE activity_data_subjects (
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  subject_key TEXT NOT NULL REFERENCES data_subject_types(key),
  PRIMARY KEY (activity_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE activity_data_categories (
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  category_key TEXT NOT NULL REFERENCES data_category_types(key),
  detail TEXT,
  source TEXT NOT NULL,
  source_detail TEXT,
  requirement TEXT NOT NULL,
  consequence TEXT,
  retention TEXT,
  retention_months INTEGER,
  end_action TEXT,
  notice_group TEXT,
  PRIMARY KEY (activity_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE activity_recipients (
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  vendor_id TEXT REFERENCES vendors(id),
  name TEXT,
  type TEXT NOT NULL,
  service TEXT,
  country TEXT,
  PRIMARY KEY (activity_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX recipients_by_vendor ON activity_recipients(vendor_id);

CREATE TABLE activity_transfers (
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  country TEXT NOT NULL,
  vendor_id TEXT REFERENCES vendors(id),
  recipient_name TEXT,
  mechanism TEXT,
  scc_module INTEGER,
  derogation TEXT,
  document_url TEXT,
  safeguards TEXT,
  repetitive INTEGER CHECK (repetitive IN (0, 1)),
  PRIMARY KEY (activity_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX transfers_by_vendor ON activity_transfers(vendor_id);

CREATE TABLE activity_security_measures (
  activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  measure_key TEXT NOT NULL REFERENCES security_measure_types(key),
  PRIMARY KEY (activity_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE change_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  summary TEXT NOT NULL,
  before TEXT,
  after TEXT
) STRICT;
`;
