import { describe, expect, it } from 'vitest';
import { RULES, runChecks } from '../../shared/compliance';
import { STORE_LABEL_RULES } from '../../shared/compliance/rules/store-labels';
import { ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { STORE_LABEL_CASES } from './labels-rule-cases';

describe('store-label rules', () => {
  it('are registered with every other rule, each with a firing and a quiet case', () => {
    for (const r of STORE_LABEL_RULES) expect(RULES).toContain(r);
    expect(STORE_LABEL_CASES.map((c) => c.rule).sort()).toEqual(STORE_LABEL_RULES.map((r) => r.id).sort());
  });

  it('find nothing in the sample: Roomify’s labels agree with its notice and records', () => {
    const findings = runChecks(buildSampleDocument(new Date('2026-12-01T00:00:00Z')), { today: '2026-12-01' });
    expect(findings.filter((f) => f.ruleId.startsWith('store-'))).toEqual([]);
  });

  it('look only at products with an app: a web product without encryption in transit is not flagged', () => {
    const doc = buildSampleDocument(new Date('2026-12-01T00:00:00Z'));
    for (const a of doc.activities) a.securityMeasures = a.securityMeasures.filter((m) => m !== 'encryption_in_transit');
    const flagged = runChecks(doc, { today: '2026-12-01' }).filter((f) => f.ruleId === 'store-encryption-in-transit-not-recorded');
    expect(flagged.length).toBe(doc.activities.filter((a) => a.productId === ROOMIFY_APP_ID).length);
    expect(flagged.every((f) => f.target.productId === ROOMIFY_APP_ID)).toBe(true);
  });
});
