/**
 * Server schema version 4 (issue 15): carrying a workspace whole, and no new
 * activity arriving approved.
 *
 * - `carrying()`: true only inside a transaction that declared it
 *   (`SET LOCAL ropa.carry = 'on'`) AND whose database login is an admin of this
 *   workspace (the person's row says admin and the login is a member of the
 *   admin group role). Anyone can set the setting; only an admin's carries.
 * - On the carry path the triggers keep the author and time a push brings with it
 *   (the change log's actor and at, a notice version's publisher, a label
 *   export's exporter); otherwise they write the login and now(), as before. So
 *   an editor or a reviewer still cannot claim another name.
 * - `carry_submission()` records who submitted an activity for review, and
 *   `carry_clear_publications()` empties the published versions before a push
 *   replaces a workspace: both only on the carry path (the tables stay
 *   closed to every client otherwise).
 * - A brand-new activity cannot be inserted as approved (by a reviewer, by SQL, by
 *   an import), except on the carry path: approval is a step after review, by
 *   another person. Saving an existing row through INSERT … ON CONFLICT is an
 *   update and is judged by the update rules.
 *
 * `p` is the role prefix.
 */
export function schemaV4(p: string): string {
  const q = (role: string) => `"${p}${role}"`;
  return `
SET LOCAL search_path = ropa, pg_temp;
SET LOCAL ROLE ${q('owner')};

CREATE OR REPLACE FUNCTION carrying() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ropa, pg_temp AS $$
  SELECT coalesce(current_setting('ropa.carry', true), '') = 'on'
     AND coalesce(my_role(), '') = 'admin'
     AND pg_has_role(session_user, (SELECT value FROM meta WHERE key = 'role_prefix') || 'admin', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION change_log_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = ropa, pg_temp AS $$
BEGIN
  IF NOT carrying() OR NEW.actor IS NULL OR NEW.actor = '' THEN NEW.actor := session_user; END IF;
  IF NOT carrying() OR NEW.at IS NULL THEN NEW.at := now(); END IF;
  PERFORM pg_notify('ropa_changes', NEW.id::text);
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION stamp_login() RETURNS trigger LANGUAGE plpgsql SET search_path = ropa, pg_temp AS $$
BEGIN
  IF carrying() AND coalesce(to_json(NEW)->>TG_ARGV[0], '') <> '' THEN RETURN NEW; END IF;
  NEW := json_populate_record(NEW, json_build_object(TG_ARGV[0], session_user));
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION activities_approval() RETURNS trigger LANGUAGE plpgsql SET search_path = ropa, pg_temp AS $$
BEGIN
  IF NEW.record->>'status' = 'approved' THEN
    IF TG_OP = 'INSERT' THEN
      -- A save through INSERT … ON CONFLICT of a row that exists is an update: the update rules below judge it.
      IF NOT EXISTS (SELECT 1 FROM activities WHERE id = NEW.id) AND NOT carrying() THEN
        RAISE EXCEPTION '"%" is a new processing activity, so it starts as a draft: it is approved after review, by another person. (Approvals a register brings with it are kept only when an admin pushes or imports it.)', NEW.name
          USING ERRCODE = 'insufficient_privilege';
      END IF;
    ELSIF (OLD.record->>'status' IS DISTINCT FROM 'approved' OR OLD.record->>'lastReviewed' IS DISTINCT FROM NEW.record->>'lastReviewed')
          AND coalesce(my_role(), '') NOT IN ('admin', 'reviewer') THEN
      RAISE EXCEPTION 'Only a reviewer or an admin can approve a processing activity.' USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION carry_submission(activity text, by_login text, at timestamptz) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = ropa, pg_temp AS $$
BEGIN
  IF NOT carrying() THEN
    RAISE EXCEPTION 'Only an admin pushing a workspace can record who submitted an activity for review.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO review_submissions (activity_id, organisation_id, submitted_by, submitted_at)
    SELECT id, organisation_id, by_login, at FROM activities WHERE id = activity
    ON CONFLICT (activity_id) DO UPDATE SET submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at;
END $$;

CREATE OR REPLACE FUNCTION carry_clear_publications() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = ropa, pg_temp AS $$
BEGIN
  IF NOT carrying() THEN
    RAISE EXCEPTION 'Only an admin replacing a workspace by a push can remove published notice versions.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM notice_publications;
END $$;
-- The owner deletes only through carry_clear_publications (RLS is forced on the owner too).
DROP POLICY IF EXISTS carry_clear ON notice_publications;
CREATE POLICY carry_clear ON notice_publications FOR DELETE TO ${q('owner')} USING (carrying());

RESET ROLE;
REVOKE ALL ON FUNCTION carry_submission(text, text, timestamptz), carry_clear_publications() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION carry_submission(text, text, timestamptz), carry_clear_publications() TO ${q('admin')};
`;
}
