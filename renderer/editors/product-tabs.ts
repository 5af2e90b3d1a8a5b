/** The product editor's tabs, and which one shows a given field path (a finding's target). */
export const PRODUCT_TABS = ['details', 'notice', 'permissions', 'preview', 'findings'] as const;
export type ProductTab = (typeof PRODUCT_TABS)[number];

/**
 * "notice.contactEmail" → the notice settings; "notice" (the notice as published) and
 * "notice.sections.KEY[.LANG]" (a section's own wording) → the preview, where it is
 * published and overridden; "permissions…" → permissions; anything else → details.
 * With `isTab`, a tab's own name passes through (the tab list's onChange).
 */
export function productTabOf(path: string, isTab = false): ProductTab {
  if (isTab && (PRODUCT_TABS as readonly string[]).includes(path)) return path as ProductTab;
  const [head, second] = path.split('.');
  if (head === 'notice') return second === undefined || second === 'sections' ? 'preview' : 'notice';
  if (head === 'permissions') return 'permissions';
  return 'details';
}
