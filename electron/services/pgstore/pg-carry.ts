/**
 * The server store's side of copying a workspace whole (store/carry-store.ts),
 * over server schema 4 (schema-v4.ts): the carry path is the database's to grant,
 * to an admin's login only; every other login keeps being stamped by the triggers.
 */
import type { CarriedSubmission, CarryReader, CarryWriter } from '../store/carry-store';
import type { ChangeEntry } from '../workspace/change-log';
import { WorkspaceError } from '../workspace/errors';
import type { Queryable } from './serial-client';

export function pgCarryReader(c: Queryable): CarryReader {
  return {
    async reviewSubmissions() {
      return (
        await c.query<CarriedSubmission>(
          `SELECT activity_id AS "activityId", submitted_by AS "submittedBy",
             to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"
           FROM ropa.review_submissions ORDER BY activity_id`,
        )
      ).rows;
    },
  };
}

export function pgCarryWriter(c: Queryable): CarryWriter {
  return {
    async carryAuthors() {
      await c.query("SET LOCAL ropa.carry = 'on'");
      const me = (await c.query<{ ok: boolean; login: string; role: string | null }>('SELECT ropa.carrying() AS ok, session_user AS login, ropa.my_role() AS role')).rows[0];
      if (me?.ok !== true) {
        const who = me === undefined ? 'This login' : `${me.login}${me.role !== null ? ` (${me.role})` : ''}`;
        throw new WorkspaceError(
          'permission',
          `${who} cannot bring authors along: only an admin of the team workspace can push a workspace, or import published notice versions and approved activities with the names that published and approved them. Nothing was changed.`,
        );
      }
    },
    async carrySubmission(s) {
      await c.query('SELECT ropa.carry_submission($1, $2, $3::timestamptz)', [s.activityId, s.submittedBy, s.submittedAt]);
    },
    async appendHistory(entries: readonly ChangeEntry[]) {
      if (entries.length === 0) return;
      // One statement; the organisation of each entry (what row-level security reads) as logChange finds it.
      await c.query(
        `INSERT INTO ropa.change_log (at, actor, organisation_id, entity_type, entity_id, action, summary, before, after)
         SELECT (e->>0)::timestamptz, e->>1,
           CASE WHEN e->>2 = 'organisation' THEN e->>3
             ELSE coalesce(e->6->>'organisationId', e->5->>'organisationId',
               CASE e->>2 WHEN 'product' THEN (SELECT organisation_id FROM ropa.products WHERE id = e->>3)
                 WHEN 'activity' THEN (SELECT organisation_id FROM ropa.activities WHERE id = e->>3)
                 WHEN 'workspace' THEN (SELECT organisation_id FROM ropa.baselines WHERE id = e->>3) END) END,
           e->>2, e->>3, e->>4, e->>7, nullif((e->5)::text, 'null')::json, nullif((e->6)::text, 'null')::json
         FROM json_array_elements($1::json) WITH ORDINALITY AS x(e, n) ORDER BY n`,
        [JSON.stringify(entries.map((e) => [e.at, e.actor, e.entityType, e.entityId, e.action, e.before ?? null, e.after ?? null, e.summary]))],
      );
    },
    async clearNoticePublications() {
      await c.query('SELECT ropa.carry_clear_publications()');
    },
  };
}
