/**
 * The file store's side of copying a workspace whole (store/carry-store.ts).
 * A file has one writer, so it keeps the authors and times it is given.
 */
import type { CarriedSubmission, CarryReader, CarryWriter } from '../store/carry-store';
import type { ChangeEntry } from './change-log';
import type { Reader, Writer } from './sqlite';

export function sqliteCarryReader(r: Reader): CarryReader {
  return {
    reviewSubmissions: () =>
      r.all<CarriedSubmission>('SELECT activity_id AS activityId, submitted_by AS submittedBy, submitted_at AS submittedAt FROM review_submissions ORDER BY activity_id'),
  };
}

export function sqliteCarryWriter(w: Writer): CarryWriter {
  return {
    carryAuthors: () => Promise.resolve(),
    async carrySubmission(s) {
      await w.run('INSERT OR REPLACE INTO review_submissions (activity_id, submitted_by, submitted_at) VALUES (?, ?, ?)', [s.activityId, s.submittedBy, s.submittedAt]);
    },
    async appendHistory(entries: readonly ChangeEntry[]) {
      if (entries.length === 0) return;
      // One statement whatever the number of entries; json_each keeps their order, so ids follow it.
      await w.run(
        `INSERT INTO change_log (at, actor, entity_type, entity_id, action, summary, before, after)
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'),
           json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), json_extract(value, '$[7]')
         FROM json_each(?) ORDER BY key`,
        [
          JSON.stringify(
            entries.map((e) => [
              e.at,
              e.actor,
              e.entityType,
              e.entityId,
              e.action,
              e.summary,
              e.before === undefined ? null : JSON.stringify(e.before),
              e.after === undefined ? null : JSON.stringify(e.after),
            ]),
          ),
        ],
      );
    },
    async clearNoticePublications() {
      await w.run('DELETE FROM notice_publications');
    },
  };
}
