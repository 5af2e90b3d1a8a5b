/** The sample workspace's findings, overrides, ordering, completeness and the Art. 8 table. */
import { describe, expect, it } from 'vitest';
import { RULES, completeness, digitalConsentAge, formatFindingsText, groupFindings, runChecks } from '../../shared/compliance';
import { TODAY, activity, cleanDoc, sample } from './compliance-fixture';

describe('the sample workspace', () => {
  it('has exactly the deliberate Ledgerly findings, and Roomify only lacks its legal entity and address', () => {
    const doc = sample();
    const findings = runChecks(doc, { today: TODAY });
    expect(findings.map((f) => [f.severity, f.ruleId, f.target.entityId, f.target.field])).toEqual([
      ['error', 'recipient-outside-eea-without-transfer', 'act-ledgerly-accounts', 'recipients[1]'],
      ['error', 'processor-without-dpa', 'ven-intercom', 'dpa.status'],
      ['warning', 'category-without-retention', 'act-ledgerly-customer-data', 'dataCategories[7].retention'],
      ['warning', 'dpia-likely-required', 'act-ledgerly-ai-assist', 'dpia.status'],
      // issue 11: the reference notice names neither Roomify's legal entity nor its address, so the sample has neither
      ['warning', 'organisation-without-legal-entity', 'org-roomify', 'legalName'],
      ['warning', 'review-overdue', 'act-ledgerly-ai-assist', 'nextReviewDue'],
    ]);
    expect(findings[0]?.message).toBe(
      'The vendor “Postmark” receives data from “User accounts and sign-in” in United States, but no transfer to that country is recorded.',
    );
    expect(findings[3]?.message).toContain('new technology (an AI service)');
    const roomify = findings.filter((f) => f.target.organisationId === 'org-roomify' || f.target.productId === 'prod-roomify-app');
    expect(roomify.map((f) => f.ruleId)).toEqual(['organisation-without-legal-entity']);
  });

  it('groups findings per product, then vendors, in the text report', () => {
    const doc = sample();
    const groups = groupFindings(doc, runChecks(doc, { today: TODAY }));
    expect(groups.map((g) => [g.title, g.findings.length])).toEqual([
      ['Ledgerly (Ledgerly GmbH)', 4],
      ['Roomify: organisation and activities outside a product', 1],
      ['Vendors', 1],
    ]);
    const text = formatFindingsText(doc, runChecks(doc, { today: TODAY }), 'error');
    expect(text).toContain('Roomify Smart Camera (Roomify)\n  no findings at or above error\n');
    expect(text).toContain('          Fix: Sign the vendor’s data processing agreement');
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 findings at or above error: 2 errors (4 findings below error not shown).');
  });
});

describe('runChecks options', () => {
  it('turns a rule off or changes its severity, and lists errors first', () => {
    const doc = sample();
    const findings = runChecks(doc, { today: TODAY, overrides: { 'review-overdue': 'off', 'category-without-retention': 'error' } });
    expect(findings.some((f) => f.ruleId === 'review-overdue')).toBe(false);
    // Within a severity, findings follow the order of RULES (records before transfers before vendors).
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'error category-without-retention',
      'error recipient-outside-eea-without-transfer',
      'error processor-without-dpa',
      'warning dpia-likely-required',
      'warning organisation-without-legal-entity',
    ]);
    // The rule itself keeps its default.
    expect(RULES.find((r) => r.id === 'category-without-retention')?.severity).toBe('warning');
  });

  it('compares review dates with the day given, not the clock', () => {
    const doc = sample();
    const due = activity(doc, 'act-ledgerly-ai-assist').nextReviewDue ?? '';
    expect(runChecks(doc, { today: due }).some((f) => f.ruleId === 'review-overdue')).toBe(false);
    expect(runChecks(doc, { today: TODAY }).some((f) => f.ruleId === 'review-overdue')).toBe(true);
  });
});

describe('completeness', () => {
  it('is 1 for a fully described activity and drops by one question per gap', () => {
    const doc = cleanDoc();
    expect(completeness(doc).activities.get('act-roomify-support')).toBe(1);
    const a = activity(doc, 'act-roomify-support');
    delete a.description;
    delete a.owner;
    // A controller activity answers 13 questions.
    expect(completeness(doc).activities.get('act-roomify-support')).toBeCloseTo(11 / 13, 10);
  });

  it('counts a recipient outside the EEA without a transfer as a gap', () => {
    const doc = sample();
    const c = completeness(doc);
    expect(c.activities.get('act-ledgerly-accounts')).toBeLessThan(c.activities.get('act-ledgerly-support') ?? 0);
  });

  it('scores products and organisations', () => {
    const c = completeness(sample());
    expect(c.products.get('prod-roomify-app')).toBe(1);
    // Ledgerly for Shopify has no in-app path or web form.
    expect(c.products.get('prod-ledgerly-shopify')).toBeCloseTo(10 / 11, 10);
    expect(c.organisations.get('org-ledgerly')).toBe(1);
    // Roomify records no legal name, address, country or DPO.
    expect(c.organisations.get('org-roomify')).toBeCloseTo(3 / 7, 10);
  });
});

describe('digital-consent age (Art. 8)', () => {
  it('reads the dated table, defaults to 16 in the EEA and is undefined outside it', () => {
    expect(digitalConsentAge('FR')?.age).toBe(15);
    expect(digitalConsentAge('be')?.age).toBe(13);
    expect(digitalConsentAge('DE')?.age).toBe(16);
    expect(digitalConsentAge('US')).toBeUndefined();
  });
});
