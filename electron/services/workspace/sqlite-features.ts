/**
 * The file store's side of the feature tables (store/feature-store.ts), over the
 * tables of migrations 5-7 and `meta`. Each function is one statement or two on
 * the caller's handle, so it commits with the transaction it is called in.
 */
import type { DraftEntityType, FieldDraft } from '../../../shared/ipc/drafts';
import type { ExportStamp, LabelStore } from '../../../shared/labels';
import type { NoticePublication } from '../../../shared/notice';
import type { Taxonomies } from '../../../shared/interchange';
import { readExportStamp, readExportStamps, writeExportStamp } from '../labels/export-stamps';
import { addPublication, getPublication, latestPublications, listPublications } from '../notice/publication-store';
import type { FeatureReader, FeatureWriter, ReviewSubmission, TaxonomyEntry, TaxonomyList } from '../store/feature-store';
import { changeActors } from './change-log';
import { sqliteFieldDrafts } from './field-drafts';
import type { Reader, Writer } from './sqlite';
import { dataCategoryTypes, dataSubjectTypes, securityMeasureTypes } from './tables';
import type { ObjectTable } from './table-spec';

const TAXONOMY_TABLE: Record<TaxonomyList, ObjectTable<TaxonomyEntry>> = {
  dataCategories: dataCategoryTypes as unknown as ObjectTable<TaxonomyEntry>,
  dataSubjects: dataSubjectTypes as unknown as ObjectTable<TaxonomyEntry>,
  securityMeasures: securityMeasureTypes as unknown as ObjectTable<TaxonomyEntry>,
};

async function meta(r: Reader, key: string): Promise<string | undefined> {
  return (await r.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]))?.value;
}

export function sqliteFeatureReader(r: Reader): FeatureReader {
  return {
    noticePublications: (productId) => listPublications(r, productId),
    noticePublication: (productId, version) => getPublication(r, productId, version),
    latestNoticePublications: () => latestPublications(r),
    fieldDrafts: (entityType: DraftEntityType, entityId: string) => sqliteFieldDrafts.read(r, entityType, entityId),
    draftHolders: () => sqliteFieldDrafts.holders(r),
    async reviewSubmission(activityId: string): Promise<ReviewSubmission | undefined> {
      return r.get<ReviewSubmission>('SELECT submitted_by AS submittedBy, submitted_at AS submittedAt FROM review_submissions WHERE activity_id = ?', [activityId]);
    },
    onePersonMode: async () => (await meta(r, 'review_one_person')) === '1',
    labelExportStamps: (productId) => readExportStamps(r, productId),
    labelExportStamp: (productId: string, store: LabelStore) => readExportStamp(r, productId, store),
    isSample: async () => (await meta(r, 'sample')) === '1',
    changeActors: () => changeActors(r),
  };
}

export function sqliteFeatureWriter(w: Writer): FeatureWriter {
  return {
    addNoticePublication: (p: NoticePublication) => addPublication(w, p),
    replaceFieldDrafts: (entityType: DraftEntityType, entityId: string, drafts: readonly FieldDraft[], by) => sqliteFieldDrafts.replace(w, entityType, entityId, drafts, by),
    async recordSubmission(activityId, by) {
      await w.run('INSERT OR REPLACE INTO review_submissions (activity_id, submitted_by, submitted_at) VALUES (?, ?, ?)', [activityId, by.actor, by.at.toISOString()]);
    },
    async clearSubmission(activityId) {
      await w.run('DELETE FROM review_submissions WHERE activity_id = ?', [activityId]);
    },
    async setOnePersonMode(enabled) {
      await w.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('review_one_person', ?)", [enabled ? '1' : '0']);
    },
    putLabelExportStamp: (s: ExportStamp) => writeExportStamp(w, s),
    async updateTaxonomyEntry(list, entry) {
      const table = TAXONOMY_TABLE[list];
      const cols = table.cols;
      const values = table.row([], entry);
      const r = await w.run(`UPDATE ${table.table} SET ${cols.map((c) => `${c.column} = ?`).join(', ')} WHERE key = ?`, [...values, entry.key]);
      return r.changes > 0;
    },
    async addTaxonomyEntries(entries: Partial<Taxonomies>) {
      for (const list of Object.keys(TAXONOMY_TABLE) as TaxonomyList[]) {
        const add = entries[list] ?? [];
        if (add.length === 0) continue;
        const table = TAXONOMY_TABLE[list];
        const p0 = (await w.get<{ p: number }>(`SELECT coalesce(max(position) + 1, 0) AS p FROM ${table.table}`))?.p ?? 0;
        await table.insert(w, add.map((e, i) => table.row([p0 + i], e)));
      }
    },
    async markAsSample() {
      await w.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('sample', '1')");
    },
  };
}
