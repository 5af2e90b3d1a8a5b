import { describe, expect, it } from 'vitest';
import { errorsUnder, shownPercent } from '../../renderer/app/Completeness';

describe('completeness shown', () => {
  it('is never 100 % for a record with an error, and counts errors of the records under a product or organisation', () => {
    const findings = [
      { severity: 'error', target: { entityId: 'act-1', productId: 'prod-1', organisationId: 'org-1' } },
      { severity: 'warning', target: { entityId: 'act-2', productId: 'prod-1', organisationId: 'org-1' } },
    ];
    expect(errorsUnder(findings, 'act-1')).toBe(1);
    expect(errorsUnder(findings, 'prod-1')).toBe(1);
    expect(errorsUnder(findings, 'act-2')).toBe(0);
    expect(shownPercent(1, 1)).toBe(99);
    expect(shownPercent(1, 0)).toBe(100);
    expect(shownPercent(0.5, 1)).toBe(50);
  });
});
