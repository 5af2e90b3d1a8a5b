/**
 * Server schema version 2 (issue 15): the feature tables that version 1 left to
 * the file store, each with row-level security, and the review rule in the
 * database.
 *
 * - notice_publications: frozen versions per product (no foreign key: a version
 *   outlives its product, as in the file), per organisation; insert only.
 * - field_drafts: per person. A person reads and writes only their own drafts
 *   (`login = session_user`), of records of organisations they see.
 * - review_submissions: written only by a trigger on activities (no client may
 *   insert, change or delete a row): the status moving to in review records the
 *   login; approving an activity that login submitted is refused unless
 *   one-person mode is on; leaving review forgets it. Decided by the database
 *   login, never by a name the client sends.
 * - one-person mode (meta 'review_one_person'): only an admin changes it.
 * - store_label_exports: per organisation; the exporter is the login.
 * - the publisher and the exporter are stamped with session_user by a trigger.
 *
 * `p` is the role prefix. Applied by `initServer` under the advisory lock, in
 * the same transaction as the version's bump.
 */
export function schemaV2(p: string): string {
  const q = (role: string) => `"${p}${role}"`;
  const writers = `${q('admin')}, ${q('editor')}, ${q('reviewer')}`;
  const everyone = `${writers}, ${q('auditor')}`;
  const perOrganisation = (t: string) => `
ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;
CREATE POLICY see ON ${t} FOR SELECT USING (sees(organisation_id));`;
  return `
SET LOCAL search_path = ropa, pg_temp;
SET LOCAL ROLE ${q('owner')};

-- Who did it is the database's to say: the column named by the trigger's argument gets session_user.
CREATE FUNCTION stamp_login() RETURNS trigger LANGUAGE plpgsql SET search_path = ropa, pg_temp AS $$
BEGIN
  NEW := json_populate_record(NEW, json_build_object(TG_ARGV[0], session_user));
  RETURN NEW;
END $$;

CREATE TABLE notice_publications (
  product_id text NOT NULL, organisation_id text NOT NULL, version integer NOT NULL CHECK (version >= 1),
  published_at text NOT NULL, published_by text NOT NULL, fingerprint text NOT NULL, documents json NOT NULL,
  PRIMARY KEY (product_id, version));
CREATE TRIGGER notice_publications_by BEFORE INSERT ON notice_publications FOR EACH ROW EXECUTE FUNCTION stamp_login('published_by');
${perOrganisation('notice_publications')}
CREATE POLICY add ON notice_publications FOR INSERT WITH CHECK (sees(organisation_id) AND writes());

CREATE TABLE store_label_exports (
  product_id text NOT NULL REFERENCES products(id) ON DELETE CASCADE, organisation_id text NOT NULL,
  store text NOT NULL CHECK (store IN ('apple', 'google', 'manifest')),
  exported_at text NOT NULL, exported_by text NOT NULL, fingerprint text NOT NULL, answers json NOT NULL,
  PRIMARY KEY (product_id, store));
CREATE TRIGGER store_label_exports_by BEFORE INSERT OR UPDATE ON store_label_exports FOR EACH ROW EXECUTE FUNCTION stamp_login('exported_by');
${perOrganisation('store_label_exports')}
CREATE POLICY change ON store_label_exports FOR ALL USING (sees(organisation_id) AND writes()) WITH CHECK (sees(organisation_id) AND writes());

CREATE TABLE field_drafts (
  login text NOT NULL DEFAULT session_user, entity_type text NOT NULL CHECK (entity_type IN ('organisation', 'product', 'vendor', 'activity')),
  entity_id text NOT NULL, organisation_id text, path text NOT NULL, value json NOT NULL, message text NOT NULL,
  position integer NOT NULL, updated_at text NOT NULL,
  PRIMARY KEY (login, entity_type, entity_id, path));
ALTER TABLE field_drafts ENABLE ROW LEVEL SECURITY; ALTER TABLE field_drafts FORCE ROW LEVEL SECURITY;
CREATE POLICY mine ON field_drafts FOR ALL
  USING (login = session_user AND (organisation_id IS NULL OR sees(organisation_id)))
  WITH CHECK (login = session_user AND writes() AND (organisation_id IS NULL OR sees(organisation_id)));

CREATE TABLE review_submissions (
  activity_id text PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE, organisation_id text NOT NULL,
  submitted_by text NOT NULL, submitted_at timestamptz NOT NULL DEFAULT now());
${perOrganisation('review_submissions')}
-- Only the trigger below (running as the owner) writes it.
CREATE POLICY review_trigger ON review_submissions FOR ALL TO ${q('owner')} USING (true) WITH CHECK (true);

CREATE FUNCTION activities_review() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = ropa, pg_temp AS $$
DECLARE
  was text := OLD.record->>'status';
  now_is text := NEW.record->>'status';
  submitter text;
BEGIN
  IF now_is = 'approved' AND was IS DISTINCT FROM 'approved' THEN
    IF was IS DISTINCT FROM 'in_review' THEN
      RAISE EXCEPTION '"%" is a draft; submit it for review before approving it.', NEW.name USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT submitted_by INTO submitter FROM review_submissions WHERE activity_id = OLD.id;
    IF submitter = session_user AND coalesce((SELECT value FROM meta WHERE key = 'review_one_person'), '0') <> '1' THEN
      RAISE EXCEPTION '% submitted "%" for review, so another person approves it. (An admin can allow this for a workspace kept by one person: one-person mode.)', session_user, NEW.name
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  IF now_is = 'in_review' AND was IS DISTINCT FROM 'in_review' THEN
    INSERT INTO review_submissions (activity_id, organisation_id, submitted_by) VALUES (NEW.id, NEW.organisation_id, session_user)
      ON CONFLICT (activity_id) DO UPDATE SET organisation_id = excluded.organisation_id, submitted_by = excluded.submitted_by, submitted_at = now();
  ELSIF now_is IS DISTINCT FROM 'in_review' THEN
    DELETE FROM review_submissions WHERE activity_id = OLD.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER activities_review BEFORE UPDATE ON activities FOR EACH ROW EXECUTE FUNCTION activities_review();

-- One-person mode is the admin's to change.
DROP POLICY change ON meta;
CREATE POLICY change ON meta FOR ALL USING (writes() AND (key <> 'review_one_person' OR my_role() = 'admin'))
  WITH CHECK (writes() AND (key <> 'review_one_person' OR my_role() = 'admin'));

RESET ROLE;
GRANT SELECT ON notice_publications, store_label_exports, field_drafts, review_submissions TO ${everyone};
GRANT INSERT ON notice_publications TO ${writers};
GRANT INSERT, UPDATE, DELETE ON store_label_exports, field_drafts TO ${writers};
`;
}
