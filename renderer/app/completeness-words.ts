/**
 * Completeness and check results as people read them (issue 12): a record, or a group
 * of records, with an error is never called 100 % complete; a check says what it
 * found, each severity with its own singular or plural.
 */
import type { TFunction } from 'i18next';
import { percent, shownPercent } from './Completeness';

/** "Support and feedback: 99 % complete": what the register tree reads out for a row. */
export function completenessText(score: number | undefined, errors: number, name: string, t: TFunction): string | undefined {
  return score === undefined ? undefined : t('findings.completenessOf', { name, percent: shownPercent(score, errors) });
}

/** The dashboard's overall figure: the mean score, at most 99 % while the register holds an error. */
export function overallPercent(mean: number, errors: number): number {
  return errors > 0 ? shownPercent(mean, errors) : percent(mean);
}

/** "Checked the register: 1 error, 2 warnings, no notes." */
export function checkResultText(findings: readonly { severity: string }[], empty: boolean, t: TFunction): string {
  if (empty) return t('empty.checkedEmpty');
  if (findings.length === 0) return t('empty.checkedClean');
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  const part = (key: 'errors' | 'warnings' | 'notes', count: number) => (count === 0 ? t(`checkResult.no.${key}`) : t(`checkResult.${key}`, { count }));
  return t('checkResult.summary', { list: [part('errors', n('error')), part('warnings', n('warning')), part('notes', n('info'))].join(', ') });
}
