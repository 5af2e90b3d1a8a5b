/** One use of a data category by an activity, and the small helpers the answers share. */
import type { DataCategoryUse, ProcessingActivity, Product } from '../model';
import type { CategoryRef, OpenQuestion, TraceRef } from './types';

/** Sources whose data the app itself sends off the device (the stores' "collected"). */
export const FROM_THE_APP: ReadonlySet<DataCategoryUse['source']> = new Set(['data_subject', 'device', 'generated']);

export const SOURCE_WORDS: Record<DataCategoryUse['source'], string> = {
  data_subject: 'entered by the user',
  device: 'from the device',
  generated: 'generated as the app is used',
  customer: 'provided by the customer organisation',
  third_party: 'received from third parties',
  publicly_available: 'from public sources',
};

export interface Use {
  activity: ProcessingActivity;
  index: number;
  use: DataCategoryUse;
  category: CategoryRef;
  ref: TraceRef;
}

export const activityRef = (a: ProcessingActivity, field: string, what: string): TraceRef => ({ entityType: 'activity', entityId: a.id, entityName: a.name, field, what });
export const productRef = (p: Product, field: string, what: string): TraceRef => ({ entityType: 'product', entityId: p.id, entityName: p.name, field, what });

export function uniqueRefs(refs: readonly TraceRef[]): TraceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.entityType}:${r.entityId}:${r.field ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function uniqueCategories(uses: readonly Use[]): CategoryRef[] {
  const m = new Map(uses.map((u) => [u.category.key, u.category]));
  return [...m.values()];
}

export const activitiesOf = (uses: readonly Use[]) => [...new Map(uses.map((u) => [u.activity.id, u.activity])).values()];

export class Questions {
  readonly list: OpenQuestion[] = [];
  private readonly ids = new Set<string>();
  add(q: OpenQuestion): void {
    if (this.ids.has(q.id)) return;
    this.ids.add(q.id);
    this.list.push(q);
  }
}

