/** Small builders shared by the sample modules. */
import type { DataCategoryUse, ProcessingActivity } from '../model';

/** One line of a notice's data list, held under several taxonomy keys (all with the notice's wording as detail). */
export function categoryLine(keys: readonly string[], use: Omit<DataCategoryUse, 'category'>): DataCategoryUse[] {
  return keys.map((category) => ({ category, ...use }));
}

/** The same lines with another retention or requirement, e.g. where one activity keeps data shorter. */
export function withUse(lines: readonly DataCategoryUse[], change: Partial<Omit<DataCategoryUse, 'category'>>): DataCategoryUse[] {
  return lines.map((line) => ({ ...line, ...change }));
}

type ActivityListFields =
  | 'controllers'
  | 'jointControllers'
  | 'recipients'
  | 'transfers'
  | 'securityMeasures'
  | 'systems'
  | 'automatedDecisions';

/** An activity with the list fields it does not name set to empty and no automated decisions. */
export function activity(
  a: Omit<ProcessingActivity, ActivityListFields> & Partial<Pick<ProcessingActivity, ActivityListFields>>,
): ProcessingActivity {
  return {
    controllers: [],
    jointControllers: [],
    recipients: [],
    transfers: [],
    securityMeasures: [],
    systems: [],
    automatedDecisions: { exists: false },
    ...a,
  };
}
