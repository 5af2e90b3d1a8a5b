// Writes tests/fixtures/workspace-v1.ropa: a workspace as schema version 1 left it.
// Run once (the file is committed): npx esbuild scripts/make-v1-fixture.ts --bundle --platform=node --external:sqlite3 --outfile=dist/make-v1.cjs && node dist/make-v1.cjs
import { rm } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import { sql as v1 } from '../electron/services/workspace/migrations/001-initial';

const out = 'tests/fixtures/workspace-v1.ropa';

const data = `
PRAGMA application_id = ${0x524f5041};
${v1}
INSERT INTO meta VALUES ('name', 'Fixture v1'), ('created_at', '2026-01-05T08:00:00.000Z');
INSERT INTO data_category_types VALUES ('email_address', 0, 'E-mail address', 'contact', 0, 0, NULL), ('health', 1, 'Health data', 'special', 1, 0, NULL);
INSERT INTO data_subject_types VALUES ('app_users', 0, 'App users', NULL);
INSERT INTO security_measure_types VALUES ('encryption_in_transit', 0, 'Encryption in transit (TLS)', '["a"]', NULL);
INSERT INTO organisations (id, position, name, country, privacy_email, dpo) VALUES ('org-v1', 0, 'Version One Ltd', 'IE', 'privacy@v1.example', '{"name":"Ann DPO","email":"dpo@v1.example"}');
INSERT INTO vendors (id, position, name, category, headquarters, role, processing_countries, dpa, certifications) VALUES ('ven-v1', 0, 'Mailer', 'email', 'US', 'processor', '["US"]', '{"status":"signed"}', '[]');
INSERT INTO products (id, organisation_id, position, name, platforms, store_listings, audiences, hosting_countries, permissions, notice) VALUES ('prod-v1', 'org-v1', 0, 'Old App', '["web"]', '[]', '["consumers"]', '["IE"]', '[]', '{"languages":["en"],"statements":[],"jurisdictionAddons":[],"customSections":[]}');
INSERT INTO activities (id, organisation_id, product_id, position, name, role, controllers, joint_controllers, dpia, automated_decisions, systems, status) VALUES ('act-v1', 'org-v1', 'prod-v1', 0, 'Newsletter', 'controller', '[]', '[]', '{"status":"not_required"}', '{"exists":false}', '["CRM"]', 'approved');
INSERT INTO activity_purposes VALUES ('act-v1', 0, 'Send the newsletter', 'consent', NULL, NULL);
INSERT INTO activity_data_subjects VALUES ('act-v1', 0, 'app_users');
INSERT INTO activity_data_categories VALUES ('act-v1', 0, 'email_address', 'E-mail address', 'data_subject', NULL, 'optional', NULL, 'Until unsubscribed', NULL, 'delete', NULL);
INSERT INTO activity_recipients VALUES ('act-v1', 0, 'ven-v1', NULL, 'processor', 'Sends the e-mails', NULL);
INSERT INTO activity_transfers VALUES ('act-v1', 0, 'US', 'ven-v1', NULL, 'scc', 2, NULL, NULL, NULL, 0);
INSERT INTO activity_security_measures VALUES ('act-v1', 0, 'encryption_in_transit');
INSERT INTO change_log (at, actor, entity_type, entity_id, action, summary) VALUES ('2026-01-05T08:00:00.000Z', 'fixture', 'workspace', 'workspace', 'create', 'Created the workspace');
PRAGMA user_version = 1;
`;

void rm(out, { force: true }).then(() => {
  const db = new sqlite3.Database(out);
  db.exec(data, (err) => {
    if (err) throw err;
    db.close();
  });
});
