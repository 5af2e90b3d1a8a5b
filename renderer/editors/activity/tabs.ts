/** The activity editor's tabs, and which one shows a given field path. */
export const ACTIVITY_TABS = ['general', 'purposes', 'data', 'recipients', 'security', 'dpia', 'systems'] as const;
export type ActivityTab = (typeof ACTIVITY_TABS)[number];

/** "purposes[0].legalBasis" or "dataCategories.3.retention" → the tab that edits it. */
export function tabOf(path: string): ActivityTab {
  const head = path.split(/[.[]/)[0] ?? '';
  if (head === 'purposes') return 'purposes';
  if (head === 'dataCategories' || head === 'dataSubjects') return 'data';
  if (head === 'recipients' || head === 'transfers') return 'recipients';
  if (head === 'securityMeasures' || head === 'securityNotes') return 'security';
  if (head === 'dpia' || head === 'automatedDecisions') return 'dpia';
  if (head === 'systems') return 'systems';
  return 'general';
}
