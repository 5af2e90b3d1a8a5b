/**
 * The server schema, in schema `ropa` of the team's database. The simplest one
 * that keeps the file's guarantees: each record is one row holding its validated
 * JSON (the store never needs to query inside it), with the columns that
 * references, ordering and row-level security need beside it. A change and its
 * change-log entry are one transaction; the log's author and time are written
 * by the database (a trigger: session_user, now()), never by the client.
 *
 * Roles are cluster-wide in PostgreSQL, so each database gets its own group
 * roles `<prefix>admin|editor|reviewer|auditor` (prefix from the database name)
 * and an owner role that no one logs in as. People are rows in `ropa.people`
 * (role) and `ropa.access` (organisations they may see; all when
 * all_organisations). Register tables have FORCE ROW LEVEL SECURITY.
 */

/** Server schema versions this build knows; `meta.schema_version` is the last applied. */
export const PG_SCHEMA_VERSION = 4; // 2 adds the feature tables (schema-v2.ts); 3 the translations' source text (schemaV3); 4 the carry path of push/pull (schema-v4.ts)

/** The advisory lock key migrations take (pg_advisory_xact_lock), so two clients never migrate at once. */
export const MIGRATION_LOCK_KEY = 0x524f5041; // "ROPA"

export const FORMAT_MARKER = 'ropa-desk-team-workspace';

export function rolePrefix(database: string): string {
  const clean = database.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 40);
  return `ropa_${clean}_`;
}

export const APP_ROLES = ['admin', 'editor', 'reviewer', 'auditor'] as const;
export type AppRole = (typeof APP_ROLES)[number];

const REGISTER_TABLES = ['organisations', 'products', 'vendors', 'activities', 'activity_vendors', 'taxonomy', 'notice_overrides', 'translations', 'baselines', 'meta'];

/**
 * Version 3 (issue 13): a translation keeps the source text it was written for, so a later
 * change of the source marks it stale. Older rows have none.
 */
export function schemaV3(): string {
  return 'ALTER TABLE ropa.translations ADD COLUMN IF NOT EXISTS source_text text;';
}

/** Version 1: the register, its feature tables, people, the change log, row-level security. `p` is the role prefix. */
export function schemaV1(p: string): string {
  const q = (role: string) => `"${p}${role}"`;
  const writers = `${q('admin')}, ${q('editor')}, ${q('reviewer')}`;
  const everyone = `${writers}, ${q('auditor')}`;
  return `
CREATE SCHEMA ropa AUTHORIZATION ${q('owner')};
SET LOCAL search_path = ropa, pg_temp;
SET LOCAL ROLE ${q('owner')};

CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE people (
  login text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer', 'auditor')),
  all_organisations boolean NOT NULL DEFAULT false
);
CREATE TABLE access (login text NOT NULL REFERENCES people(login) ON DELETE CASCADE, organisation_id text NOT NULL, PRIMARY KEY (login, organisation_id));

-- Who is connected: the database login, whatever the client claims.
CREATE FUNCTION my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ropa, pg_temp
  AS $$ SELECT role FROM people WHERE login = session_user $$;
CREATE FUNCTION sees_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ropa, pg_temp
  AS $$ SELECT coalesce((SELECT all_organisations FROM people WHERE login = session_user), false) $$;
CREATE FUNCTION sees(org text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ropa, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM people p WHERE p.login = session_user
          AND (p.all_organisations OR EXISTS (SELECT 1 FROM access a WHERE a.login = p.login AND a.organisation_id = org))) $$;
CREATE FUNCTION writes() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ropa, pg_temp
  AS $$ SELECT coalesce((SELECT role IN ('admin', 'editor', 'reviewer') FROM people WHERE login = session_user), false) $$;

CREATE TABLE taxonomy (list text NOT NULL, key text NOT NULL, position integer NOT NULL, entry json NOT NULL, PRIMARY KEY (list, key));
CREATE TABLE organisations (id text PRIMARY KEY, position integer NOT NULL, name text NOT NULL, record json NOT NULL);
CREATE TABLE products (
  id text PRIMARY KEY, organisation_id text NOT NULL REFERENCES organisations(id),
  position integer NOT NULL, name text NOT NULL, record json NOT NULL);
CREATE INDEX products_by_organisation ON products(organisation_id);
CREATE TABLE vendors (id text PRIMARY KEY, position integer NOT NULL, name text NOT NULL, record json NOT NULL);
CREATE TABLE activities (
  id text PRIMARY KEY, organisation_id text NOT NULL REFERENCES organisations(id), product_id text REFERENCES products(id),
  position integer NOT NULL, name text NOT NULL, record json NOT NULL);
CREATE INDEX activities_by_organisation ON activities(organisation_id, position);
CREATE INDEX activities_by_product ON activities(product_id, position);
-- The vendors an activity names (recipients, transfers): a real foreign key, so a vendor in use cannot go.
CREATE TABLE activity_vendors (
  activity_id text NOT NULL REFERENCES activities(id) ON DELETE CASCADE, vendor_id text NOT NULL REFERENCES vendors(id),
  organisation_id text NOT NULL, PRIMARY KEY (activity_id, vendor_id));
CREATE INDEX activity_vendors_by_vendor ON activity_vendors(vendor_id);
CREATE TABLE notice_overrides (
  product_id text NOT NULL REFERENCES products(id) ON DELETE CASCADE, organisation_id text NOT NULL,
  lang text NOT NULL, section_key text NOT NULL, text text NOT NULL, generated_text text NOT NULL, updated_at text NOT NULL,
  position integer NOT NULL, PRIMARY KEY (product_id, lang, section_key));
CREATE TABLE translations (
  entity_type text NOT NULL, entity_id text NOT NULL, field text NOT NULL, lang text NOT NULL, text text NOT NULL,
  position integer NOT NULL, organisation_id text, PRIMARY KEY (entity_type, entity_id, field, lang));
CREATE TABLE baselines (
  id text PRIMARY KEY, label text NOT NULL UNIQUE, scope text NOT NULL, organisation_id text,
  created_at text NOT NULL, created_by text NOT NULL, document json NOT NULL);
CREATE TABLE change_log (
  id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), actor text NOT NULL DEFAULT session_user,
  organisation_id text, entity_type text NOT NULL, entity_id text NOT NULL, action text NOT NULL, summary text NOT NULL,
  before json, after json);
CREATE INDEX change_log_by_entity ON change_log(entity_type, entity_id);

-- The author and time of a change are the database's: a client cannot claim another name.
CREATE FUNCTION change_log_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = ropa, pg_temp AS $$
BEGIN
  NEW.actor := session_user;
  NEW.at := now();
  PERFORM pg_notify('ropa_changes', NEW.id::text);
  RETURN NEW;
END $$;
CREATE TRIGGER change_log_stamp BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION change_log_stamp();

-- Only a reviewer or an admin approves (the review rule itself lives in the app, for both engines).
CREATE FUNCTION activities_approval() RETURNS trigger LANGUAGE plpgsql SET search_path = ropa, pg_temp AS $$
BEGIN
  IF NEW.record->>'status' = 'approved'
     AND (TG_OP = 'INSERT' OR OLD.record->>'status' IS DISTINCT FROM 'approved'
          OR OLD.record->>'lastReviewed' IS DISTINCT FROM NEW.record->>'lastReviewed')
     AND coalesce(my_role(), '') NOT IN ('admin', 'reviewer') THEN
    RAISE EXCEPTION 'Only a reviewer or an admin can approve a processing activity.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER activities_approval BEFORE INSERT OR UPDATE ON activities FOR EACH ROW EXECUTE FUNCTION activities_approval();

-- Row-level security, forced (it applies to the owner too); app roles own nothing.
${['organisations', 'products', 'activities', 'activity_vendors', 'notice_overrides', 'translations', 'baselines', 'change_log', 'vendors', 'taxonomy', 'meta']
  .map((t) => `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`)
  .join('\n')}
CREATE POLICY see ON organisations FOR SELECT USING (sees(id));
CREATE POLICY change ON organisations FOR ALL USING (sees(id) AND writes()) WITH CHECK (sees(id) AND writes());
${['products', 'activities', 'activity_vendors', 'notice_overrides']
  .map(
    (t) => `CREATE POLICY see ON ${t} FOR SELECT USING (sees(organisation_id));
CREATE POLICY change ON ${t} FOR ALL USING (sees(organisation_id) AND writes()) WITH CHECK (sees(organisation_id) AND writes());`,
  )
  .join('\n')}
-- Shared across organisations: vendors, taxonomies, the workspace's name.
${['vendors', 'taxonomy', 'meta']
  .map(
    (t) => `CREATE POLICY see ON ${t} FOR SELECT USING (my_role() IS NOT NULL);
CREATE POLICY change ON ${t} FOR ALL USING (writes()) WITH CHECK (writes());`,
  )
  .join('\n')}
-- Translations of one organisation's records are that organisation's; phrase translations are shared.
CREATE POLICY see ON translations FOR SELECT USING (CASE WHEN organisation_id IS NULL THEN my_role() IS NOT NULL ELSE sees(organisation_id) END);
CREATE POLICY change ON translations FOR ALL USING (writes() AND (organisation_id IS NULL OR sees(organisation_id)))
  WITH CHECK (writes() AND (organisation_id IS NULL OR sees(organisation_id)));
-- A baseline of the whole register holds every organisation: only for people who see them all.
CREATE POLICY see ON baselines FOR SELECT USING (CASE WHEN organisation_id IS NULL THEN sees_all() ELSE sees(organisation_id) END);
CREATE POLICY change ON baselines FOR ALL USING (writes() AND CASE WHEN organisation_id IS NULL THEN sees_all() ELSE sees(organisation_id) END)
  WITH CHECK (writes() AND CASE WHEN organisation_id IS NULL THEN sees_all() ELSE sees(organisation_id) END);
-- The change log: an organisation's entries for those who see it; vendor entries for all; workspace entries
-- (imports, whole-register baselines, which name counts) for those who see every organisation.
CREATE POLICY see ON change_log FOR SELECT USING (
  CASE WHEN organisation_id IS NOT NULL THEN sees(organisation_id) WHEN entity_type = 'vendor' THEN my_role() IS NOT NULL ELSE sees_all() END);
CREATE POLICY add ON change_log FOR INSERT WITH CHECK (writes() AND (organisation_id IS NULL OR sees(organisation_id)));

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE access ENABLE ROW LEVEL SECURITY;
CREATE POLICY see ON people FOR SELECT USING (login = session_user OR my_role() = 'admin');
CREATE POLICY change ON people FOR ALL USING (my_role() = 'admin') WITH CHECK (my_role() = 'admin');
CREATE POLICY see ON access FOR SELECT USING (login = session_user OR my_role() = 'admin');
CREATE POLICY change ON access FOR ALL USING (my_role() = 'admin') WITH CHECK (my_role() = 'admin');

RESET ROLE;
REVOKE ALL ON SCHEMA ropa FROM PUBLIC;
GRANT USAGE ON SCHEMA ropa TO ${everyone};
GRANT SELECT ON ALL TABLES IN SCHEMA ropa TO ${everyone};
GRANT INSERT, UPDATE, DELETE ON ${REGISTER_TABLES.join(', ')} TO ${writers};
GRANT INSERT ON change_log TO ${writers};
GRANT USAGE ON SEQUENCE change_log_id_seq TO ${writers};
GRANT INSERT, UPDATE, DELETE ON people, access TO ${q('admin')};
`;
}
