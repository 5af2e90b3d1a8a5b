/**
 * Completeness never says 100 % for a record with an error (issue 12), wherever it is
 * shown or read: the Word report's summary, the register tree's spoken description and
 * the dashboard's overall figure; and "Check the register" says what it found in words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { completeness, runChecks } from '../../shared/compliance';
import { selectScope } from '../../shared/reports/scope';
import { summarise } from '../../shared/reports/summary';
import { checkResultText, completenessText, overallPercent } from '../../renderer/app/completeness-words';
import { initI18n } from '../../renderer/i18n';
import { TODAY, activity, cleanDoc } from './compliance-fixture';

beforeAll(() => {
  initI18n();
});

/** The clean sample with one activity at 100 % that has an error (a transfer to the US without a safeguard). */
function fullButWrong() {
  const doc = cleanDoc();
  const a = activity(doc, 'act-roomify-support');
  a.transfers.push({ country: 'US' });
  return { doc, a };
}

describe('completeness with an error', () => {
  it('the Word report’s summary of a scope whose records are all complete but hold an error says 99 %, not 100 %', () => {
    const { doc, a } = fullButWrong();
    // Only the organisation's complete activities are kept (the broken one among them).
    const first = completeness(doc).activities;
    doc.activities = doc.activities.filter((x) => x.organisationId !== a.organisationId || first.get(x.id) === 1);
    expect(doc.activities).toContain(a);
    const scores = completeness(doc).activities;
    // Every activity of the organisation complete…
    const reg = selectScope(doc, { kind: 'organisation', organisationId: a.organisationId });
    expect(reg.activities.every((x) => scores.get(x.id) === 1)).toBe(true);
    // …and one error among the findings the report lists.
    const findings = runChecks(doc, { today: TODAY }).filter((f) => f.target.organisationId === a.organisationId);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(summarise(reg, findings).completenessPercent).toBe(99);
    expect(summarise(reg, findings.filter((f) => f.severity !== 'error')).completenessPercent).toBe(100);
  });

  it('the tree reads out at most 99 % for a record with an error', () => {
    expect(completenessText(1, 1, 'Support and feedback', i18next.t)).toBe('Support and feedback: 99 % complete');
    expect(completenessText(1, 0, 'Support and feedback', i18next.t)).toBe('Support and feedback: 100 % complete');
  });

  it('the dashboard’s overall figure is at most 99 % while the register has an error', () => {
    expect(overallPercent(1, 2)).toBe(99);
    expect(overallPercent(0.999, 0)).toBe(100);
  });
});

describe('“Check the register” in words', () => {
  it('counts each severity with its own singular or plural', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({ severity });
    expect(checkResultText([f('error'), f('warning'), f('warning')], false, i18next.t)).toBe('Checked the register: 1 error, 2 warnings, no notes.');
    expect(checkResultText([f('info')], false, i18next.t)).toBe('Checked the register: no errors, no warnings, 1 note.');
    expect(checkResultText([], false, i18next.t)).toBe('Checked the register: no findings.');
    expect(checkResultText([], true, i18next.t)).toBe('Checked: the register is empty, so nothing was checked.');
  });
});
