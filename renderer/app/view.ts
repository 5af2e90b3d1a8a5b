import type { ActivityTab } from '../editors/activity/tabs';

/** Which screen the main area shows. */
export type View =
  | { kind: 'dashboard' }
  | { kind: 'organisation'; id: string }
  | { kind: 'product'; id: string }
  | { kind: 'activity'; id: string; tab?: ActivityTab }
  | { kind: 'vendors' }
  | { kind: 'vendor'; id: string }
  | { kind: 'taxonomies' }
  | { kind: 'measures' }
  | { kind: 'permissions' }
  | { kind: 'changes' }
  | { kind: 'baselines' }
  // Store labels (issue 16): one product's labels, or the first product with an app.
  | { kind: 'storeLabels'; id?: string }
  | { kind: 'registerImport' }
  // Translating the records (issue 13): one product's notice texts in one language.
  | { kind: 'translations'; id: string; lang?: 'de' | 'fr' };

export function sameView(a: View, b: View): boolean {
  return a.kind === b.kind && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');
}
