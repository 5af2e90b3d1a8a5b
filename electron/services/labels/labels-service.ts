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
import type { DataCategoryType } from '../../../shared/model';
import { CategoryStoreTypes as CategoryStoreTypesSchema } from '../../../shared/model';
import { appleDataType, googleDataType } from '../../../shared/reference/store-labels';
import { WorkspaceError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';

export interface LabelExportState {
  store: LabelStore;
  exportedAt: string;
  exportedBy: string;
  stale: boolean;
  added: string[];
  removed: string[];
}

export async function productLabels(ws: Workspace, productId: string): Promise<{ labels: StoreLabels; exports: LabelExportState[] }> {
  const doc = await ws.exportDocument({ baselines: false });
  const labels = buildStoreLabels(doc, productId);
  if (labels === undefined) throw new WorkspaceError('not_found_record', 'This product no longer exists.');
  const stamps = await ws.readWith((r) => r.labelExportStamps(productId));
  return {
    labels,
    exports: stamps.map((s) => ({ store: s.store, exportedAt: s.exportedAt, exportedBy: s.exportedBy, ...staleness(s, labels) })),
  };
}

/** Keeps the stamp of an export of `text` (the file as written), logged as a change of the product. */
export function recordLabelExport(ws: Workspace, labels: StoreLabels, store: LabelStore, path: string): Promise<ExportStamp> {
  if (!LABEL_STORES.includes(store)) return Promise.reject(new WorkspaceError('invalid', `Unknown store "${store}".`));
  return ws.writeWith(async (w, ctx) => {
    const before = await w.labelExportStamp(labels.productId, store);
    const stamp: ExportStamp = {
      productId: labels.productId,
      store,
      exportedAt: ctx.now.toISOString(),
      exportedBy: ctx.actor,
      fingerprint: fingerprint(outputText(labels, store)),
      answers: answerLines(labels, store),
    };
    await w.putLabelExportStamp(stamp);
    await w.logChange(ctx, {
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

/**
 * Sets this workspace's mapping of one data category for one store: a type
 * id, "none" (not a store data type), or null to go back to the shipped
 * default (for a custom category: unmapped).
 */
export function setCategoryStoreType(ws: Workspace, key: string, store: 'apple' | 'google', value: string | null): Promise<DataCategoryType> {
  return ws.writeWith(async (w, ctx) => {
    const before = (await w.taxonomies()).dataCategories.find((c) => c.key === key);
    if (before === undefined) throw new WorkspaceError('not_found_record', `The data-category taxonomy has no category "${key}".`);
    const next: Record<string, string> = { ...(before.storeTypes ?? {}) };
    if (value === null) delete next[store];
    else next[store] = value;
    const parsed = CategoryStoreTypesSchema.safeParse(next);
    if (!parsed.success) throw new WorkspaceError('invalid', `${store === 'apple' ? 'Apple' : 'Google Play'} has no data type "${value ?? ''}".`, parsed.error.issues.map((i) => i.message));
    const { storeTypes: _old, ...rest } = before;
    const after: DataCategoryType = Object.keys(parsed.data).length === 0 ? rest : { ...rest, storeTypes: parsed.data };
    await w.updateTaxonomyEntry('dataCategories', after);
    const storeName = store === 'apple' ? 'App Store' : 'Google Play';
    await w.logChange(ctx, {
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
