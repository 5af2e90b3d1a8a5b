import type { Finding } from '../../shared/compliance';
import type { View } from '../app/view';
import { tabOf } from '../editors/activity/tabs';

/** Where a finding leads: its record, and for an activity the tab that edits the field. */
export function findingView(f: Finding): View | undefined {
  const { entityType: kind, entityId: id, field } = f.target;
  if (kind === 'activity') return field ? { kind, id, tab: tabOf(field) } : { kind, id };
  if (kind === 'product' || kind === 'organisation' || kind === 'vendor') return { kind, id };
  // A data category's store types (the workspace's taxonomy) are mapped on the product's Store labels screen.
  if (kind === 'workspace' && field?.startsWith('dataCategories.') && f.target.productId !== undefined) return { kind: 'storeLabels', id: f.target.productId };
  return undefined;
}
