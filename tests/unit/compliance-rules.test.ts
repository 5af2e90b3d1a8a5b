/**
 * Every rule: a change to an otherwise clean register that makes it fire (with
 * the message and the field it points at), and a near miss that keeps it quiet.
 */
import { describe, expect, it } from 'vitest';
import { RULES, runChecks } from '../../shared/compliance';
import { TODAY, cleanDoc, findingsOf } from './compliance-fixture';
import { CASES } from './compliance-rule-cases';

describe('compliance rules', () => {
  it('has at least 20 rules with unique ids, an article, a title and a description', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(r.article).toMatch(/^Art\. \d+/);
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });

  it('has a fire and a quiet case for every rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('finds nothing on the clean register', () => {
    expect(runChecks(cleanDoc(), { today: TODAY })).toEqual([]);
  });

  describe.each(CASES)('$rule', (c) => {
    it('fires, naming the record and the field', () => {
      const doc = cleanDoc();
      c.fire(doc);
      const found = findingsOf(doc, c.rule);
      expect(found).toHaveLength(1);
      const rule = RULES.find((r) => r.id === c.rule);
      expect(found[0]).toMatchObject({ ruleId: c.rule, severity: rule?.severity, article: rule?.article, message: c.message, target: c.target });
      expect(found[0]?.hint.length).toBeGreaterThan(20);
    });

    it('stays quiet on the near miss', () => {
      const doc = cleanDoc();
      c.quiet(doc);
      expect(findingsOf(doc, c.rule)).toEqual([]);
    });
  });
});
