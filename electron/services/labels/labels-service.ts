/**
 * Store labels over a workspace: the labels of a product with the staleness
 * of each past export, recording an export, and the workspace's own mapping
 * of a data category to the stores' types (each change logged in its
 * transaction).
 */
import {
  type ExportStamp,
  type LabelStore,
  LABEL_STORES,
  STORE_TITLES,
  type StoreLabels,
  answerLines,
  buildStoreLabels,
  fingerprint,
  outputText,
  staleness,
} from '../../../shared/labels';
import type { CategoryStoreTypes, DataCategoryType } from '../../../shared/model';
import { CategoryStoreTypes as CategoryStoreTypesSchema } from '../../../shared/model';
import { appleDataType, googleDataType } from '../../../shared/reference/store-labels';
import { logChange } from '../workspace/change-log';
import { WorkspaceError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';
import { readExportStamp, readExportStamps, writeExportStamp } from './export-stamps';

export interface LabelExportState {
  store: LabelStore;
  exportedAt: string;
  exportedBy: string;
  stale: boolean;
  added: string[];
  removed: string[];
}

const LABEL_EXPORTS = 'Keeping track of exported store labels';

export async function productLabels(ws: Workspace, productId: string): Promise<{ labels: StoreLabels; exports: LabelExportState[] }> {
  const doc = await ws.exportDocument({ baselines: false });
  const labels = buildStoreLabels(doc, productId);
  if (labels === undefined) throw new WorkspaceError('not_found_record', 'This product no longer exists.');
  // Export stamps live in a table only the file store has so far: on a server no label reads as exported.
  const stamps = ws.engine === 'file' ? await ws.fileReadWith(LABEL_EXPORTS, (_r, raw) => readExportStamps(raw, productId)) : [];
  return {
    labels,
    exports: stamps.map((s) => ({ store: s.store, exportedAt: s.exportedAt, exportedBy: s.exportedBy, ...staleness(s, labels) })),
  };
}

/** Keeps the stamp of an export of `text` (the file as written), logged as a change of the product. */
export function recordLabelExport(ws: Workspace, labels: StoreLabels, store: LabelStore, path: string): Promise<ExportStamp> {
  if (!LABEL_STORES.includes(store)) return Promise.reject(new WorkspaceError('invalid', `Unknown store "${store}".`));
  return ws.fileWriteWith(LABEL_EXPORTS, async (_s, w, ctx) => {
    const before = await readExportStamp(w, labels.productId, store);
    const stamp: ExportStamp = {
      productId: labels.productId,
      store,
      exportedAt: ctx.now.toISOString(),
      exportedBy: ctx.actor,
      fingerprint: fingerprint(outputText(labels, store)),
      answers: answerLines(labels, store),
    };
    await writeExportStamp(w, stamp);
    await logChange(w, ctx.now, ctx.actor, {
      entityType: 'product',
      entityId: labels.productId,
      action: before === undefined ? 'create' : 'update',
      summary: `Exported the ${STORE_TITLES[store]} of "${labels.productName}" to ${path}`,
      ...(before !== undefined ? { before } : {}),
      after: stamp,
    });
    return stamp;
  });
}

const typeName = (store: 'apple' | 'google', id: string) => (store === 'apple' ? appleDataType(id)?.label : googleDataType(id)?.label) ?? id;

interface CategoryRow {
  key: string;
  label: string;
  grp: string;
  special: number;
  criminal: number;
  description: string | null;
  store_types: string | null;
}

const toEntry = (r: CategoryRow): DataCategoryType => ({
  key: r.key,
  label: r.label,
  group: r.grp as DataCategoryType['group'],
  special: r.special === 1,
  criminal: r.criminal === 1,
  ...(r.description !== null ? { description: r.description } : {}),
  ...(r.store_types !== null ? { storeTypes: JSON.parse(r.store_types) as CategoryStoreTypes } : {}),
});

/**
 * Sets this workspace's mapping of one data category for one store: a type
 * id, "none" (not a store data type), or null to go back to the shipped
 * default (for a custom category: unmapped).
 */
export function setCategoryStoreType(ws: Workspace, key: string, store: 'apple' | 'google', value: string | null): Promise<DataCategoryType> {
  return ws.fileWriteWith('Mapping a data category to a store data type', async (_s, w, ctx) => {
    const row = await w.get<CategoryRow>('SELECT key, label, grp, special, criminal, description, store_types FROM data_category_types WHERE key = ?', [key]);
    if (row === undefined) throw new WorkspaceError('not_found_record', `The data-category taxonomy has no category "${key}".`);
    const before = toEntry(row);
    const next: Record<string, string> = { ...(before.storeTypes ?? {}) };
    if (value === null) delete next[store];
    else next[store] = value;
    const parsed = CategoryStoreTypesSchema.safeParse(next);
    if (!parsed.success) throw new WorkspaceError('invalid', `${store === 'apple' ? 'Apple' : 'Google Play'} has no data type "${value ?? ''}".`, parsed.error.issues.map((i) => i.message));
    const storeTypes = Object.keys(parsed.data).length === 0 ? null : JSON.stringify(parsed.data);
    await w.run('UPDATE data_category_types SET store_types = ? WHERE key = ?', [storeTypes, key]);
    const after = toEntry({ ...row, store_types: storeTypes });
    const storeName = store === 'apple' ? 'App Store' : 'Google Play';
    await logChange(w, ctx.now, ctx.actor, {
      entityType: 'taxonomy',
      entityId: key,
      action: 'update',
      summary: `Mapped the data category "${before.label}" ${value === null ? `back to the default ${storeName} data type` : value === 'none' ? `to no ${storeName} data type` : `to the ${storeName} data type "${typeName(store, value)}"`}`,
      before,
      after,
    });
    return after;
  });
}
