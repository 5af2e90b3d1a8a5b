// Per-section overrides: shown instead of the generated text, and reported stale (never silently
// kept or dropped) once the records change what the section would say.
import { describe, expect, it } from 'vitest';
import {
  type NoticeInput,
  type NoticeOverride,
  blocksToText,
  generateNotice,
  generatedSectionText,
  noticeInputFromDocument,
} from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';

const OPTIONS = { lang: 'en' as const, today: '2026-03-15' };
const base = noticeInputFromDocument(buildSampleDocument(new Date('2026-03-15T12:00:00Z')), 'Roomify Smart Camera') as NoticeInput;

function override(input: NoticeInput, sectionKey: string, text: string): NoticeOverride {
  return { productId: input.product.id, lang: 'en', sectionKey, text, generatedText: generatedSectionText(input, OPTIONS, sectionKey) ?? '', updatedAt: '2026-03-10T09:00:00.000Z' };
}

const OWN = 'We keep account data for the contract term plus 12 months.\n\n- Logs: 6 months.';

describe('notice overrides', () => {
  it('replace the generated section with the user’s paragraphs and lists', () => {
    const o = override(base, 'retention', OWN);
    const result = generateNotice({ ...base, overrides: [o] }, OPTIONS);
    const section = result.document.sections.find((s) => s.key === 'retention');
    expect(section?.override).toEqual({ stale: false, updatedAt: '2026-03-10T09:00:00.000Z' });
    expect(section?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(blocksToText(section?.blocks ?? [])).toBe('We keep account data for the contract term plus 12 months.\n\n- Logs: 6 months.');
    expect(result.staleOverrides).toEqual([]);
  });

  it('are reported stale, and still shown, when the records change the generated text', () => {
    const o = override(base, 'retention', OWN);
    const activities = base.activities.map((a) =>
      a.id === 'act-roomify-support' ? { ...a, dataCategories: a.dataCategories.map((c) => ({ ...c, retention: 'Three years after the ticket is closed.' })) } : a,
    );
    const result = generateNotice({ ...base, activities, overrides: [o] }, OPTIONS);
    expect(result.staleOverrides).toHaveLength(1);
    const stale = result.staleOverrides[0];
    expect(stale?.reason).toBe('changed');
    expect(stale?.sectionKey).toBe('retention');
    expect(stale?.generatedNow).toContain('Three years after the ticket is closed.');
    expect(stale?.generatedThen).not.toContain('Three years');
    const section = result.document.sections.find((s) => s.key === 'retention');
    expect(section?.override?.stale).toBe(true);
    expect(blocksToText(section?.blocks ?? [])).toContain('contract term plus 12 months');
  });

  it('are reported when their section is no longer generated', () => {
    const o = override(base, 'permissions', 'The app uses the camera.');
    const result = generateNotice({ ...base, product: { ...base.product, permissions: [] }, overrides: [o] }, OPTIONS);
    expect(result.staleOverrides.map((s) => [s.sectionKey, s.reason])).toEqual([['permissions', 'removed']]);
    expect(result.document.sections.some((s) => s.key === 'permissions')).toBe(false);
  });

  it('apply only to their language', () => {
    const o = override(base, 'retention', OWN);
    const result = generateNotice({ ...base, overrides: [o] }, { ...OPTIONS, lang: 'de' });
    expect(result.document.sections.find((s) => s.key === 'retention')?.override).toBeUndefined();
    expect(result.staleOverrides).toEqual([]);
  });
});
