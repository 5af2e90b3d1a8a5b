// The right to object to direct marketing (Art. 21(2)-(3) GDPR): offered only where a purpose is
// marked as direct marketing, whatever its basis, stated in the objection section of its own
// before the other rights (Art. 21(4)), in every notice language; over the three product shapes.
import { describe, expect, it } from 'vitest';
import type { NoticeLanguage, ProcessingActivity, Purpose } from '../../shared/model';
import { type NoticeDocument, type NoticeInput, blocksToText, generateNotice, noticeInputFromDocument } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';
import { ACTIVITY_TEMPLATES } from '../../shared/templates/activity-templates';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const ROOMIFY = 'Roomify Smart Camera';

function inputOf(product: string): NoticeInput {
  const input = noticeInputFromDocument(buildSampleDocument(new Date('2026-03-15T12:00:00Z')), product);
  if (input === undefined) throw new Error(`no product ${product}`);
  return input;
}
function notice(input: NoticeInput, lang: NoticeLanguage = 'en'): NoticeDocument {
  return generateNotice(input, { lang, today: '2026-03-15' }).document;
}
function section(doc: NoticeDocument, key: string): string {
  const s = doc.sections.find((x) => x.key === key);
  return s === undefined ? '' : flat(`${s.heading}\n${blocksToText(s.blocks)}`);
}
/** Every controller purpose on one basis, and one more purpose for newsletters (marked or not). */
function withNewsletter(input: NoticeInput, basis: Purpose['legalBasis'], marked: boolean | undefined): NoticeInput {
  const first = input.activities.find((a) => a.role !== 'processor');
  if (first === undefined) throw new Error('no controller activity');
  const onBasis = (a: ProcessingActivity): ProcessingActivity =>
    a.role === 'processor' ? a : { ...a, purposes: a.purposes.map((p) => ({ description: p.description, legalBasis: basis })) };
  const newsletter: Purpose = { description: 'Send our newsletter with product offers', legalBasis: 'consent', ...(marked === undefined ? {} : { directMarketing: marked }) };
  return { ...input, activities: input.activities.map((a) => (a.id === first.id ? { ...onBasis(a), purposes: [...onBasis(a).purposes, newsletter] } : onBasis(a))) };
}

describe('the right to object to direct marketing', () => {
  it('a marketing purpose on consent: the absolute objection, on its own before the other rights, and in the list of rights', () => {
    const doc = notice(withNewsletter(inputOf(ROOMIFY), 'contract', true));
    const keys = doc.sections.map((s) => s.key);
    expect(keys.indexOf('objection')).toBeGreaterThan(-1);
    expect(keys.indexOf('objection')).toBeLessThan(keys.indexOf('rights'));
    const objection = section(doc, 'objection');
    expect(objection).toContain(
      'Where we use your personal data for direct marketing, you have the right to object to that use at any time, without giving reasons; this includes profiling to the extent that it is related to such direct marketing (Art. 21(2) GDPR). If you object, we will no longer use your personal data for these purposes (Art. 21(3) GDPR). This concerns: - Send our newsletter with product offers',
    );
    expect(objection).toContain('To object, write to privacy@roomify.tech.');
    // No legitimate interests or public task: no Art. 21(1) objection, and no contract purpose named.
    expect(objection).not.toContain('particular situation');
    expect(objection).not.toContain('Provide core app features');
    const rights = section(doc, 'rights');
    expect(rights).toContain('Objection to direct marketing (Art. 21(2) GDPR): to object at any time, without giving reasons, to the use of your data for direct marketing; see “Your right to object”.');
    expect(rights).not.toContain('Objection (Art. 21 GDPR)');
    expect(rights).toContain('Withdrawal of consent (Art. 7(3) GDPR)');
  });

  it('the same purpose not marked: no objection at all (consent and contract give none)', () => {
    for (const marked of [undefined, false]) {
      const doc = notice(withNewsletter(inputOf(ROOMIFY), 'contract', marked));
      expect(doc.sections.map((s) => s.key)).not.toContain('objection');
      expect(section(doc, 'rights')).not.toContain('Objection');
    }
  });

  it('direct marketing beside legitimate interests: both rights, each naming its own purposes', () => {
    const doc = notice(withNewsletter(inputOf(ROOMIFY), 'legitimate_interests', true));
    const objection = section(doc, 'objection');
    const marketing = objection.indexOf('for direct marketing');
    const situation = objection.indexOf('on grounds relating to your particular situation');
    expect(marketing).toBeGreaterThan(-1);
    expect(situation).toBeGreaterThan(marketing);
    expect(objection.slice(marketing, situation)).toContain('Send our newsletter with product offers');
    expect(objection.slice(situation)).not.toContain('Send our newsletter with product offers');
    expect(objection.slice(situation)).toContain('Analyze aggregated usage to improve reliability and plan new features');
    const rights = section(doc, 'rights');
    expect(rights).toContain('Objection (Art. 21 GDPR)');
    expect(rights).toContain('Objection to direct marketing (Art. 21(2) GDPR)');
  });

  it('German and French state it too', () => {
    const input = withNewsletter(inputOf(ROOMIFY), 'contract', true);
    expect(section(notice(input, 'de'), 'objection')).toContain('Soweit wir Ihre personenbezogenen Daten für Direktwerbung verarbeiten, haben Sie das Recht, jederzeit und ohne Angabe von Gründen Widerspruch');
    expect(section(notice(input, 'de'), 'rights')).toContain('Widerspruch gegen Direktwerbung (Art. 21 Abs. 2 DSGVO)');
    expect(section(notice(input, 'fr'), 'objection')).toContain('Lorsque nous utilisons vos données personnelles à des fins de prospection, vous avez le droit de vous opposer à tout moment');
    expect(section(notice(input, 'fr'), 'rights')).toContain('Opposition à la prospection (art. 21, par. 2 RGPD)');
  });

  it('dual role: only the controller part counts; a processor-only integration promises no objection of its own', () => {
    const dual = inputOf('Ledgerly');
    const markOnBehalf = (input: NoticeInput): NoticeInput => ({
      ...input,
      activities: input.activities.map((a) => (a.role === 'processor' ? { ...a, purposes: a.purposes.map((p) => ({ ...p, directMarketing: true })) } : a)),
    });
    expect(section(notice(markOnBehalf(dual)), 'objection')).not.toContain('direct marketing');
    expect(section(notice(withNewsletter(dual, 'contract', true)), 'objection')).toContain('Send our newsletter with product offers');
    const integration = markOnBehalf(inputOf('Ledgerly for Shopify'));
    const doc = notice(integration);
    expect(doc.sections.map((s) => s.key)).not.toContain('objection');
    expect(section(doc, 'rights')).not.toContain('Objection to direct marketing');
  });

  it('the marketing e-mail template marks its purpose', () => {
    const template = ACTIVITY_TEMPLATES.find((t) => t.key === 'marketing_email');
    expect(template?.purposes.map((p) => p.directMarketing)).toEqual([true]);
  });
});

describe('direct marketing in the DPV export', () => {
  it('a marked purpose is dpv:DirectMarketing whatever its words; an unmarked one keeps its match', async () => {
    const { dpvPurpose } = await import('../../shared/interop/dpv/export');
    expect(dpvPurpose({ description: 'Tell users about what is new', legalBasis: 'consent', directMarketing: true }, 'Messages')).toBe('dpv:DirectMarketing');
    expect(dpvPurpose({ description: 'Tell users about what is new', legalBasis: 'consent' }, 'Messages')).not.toBe('dpv:DirectMarketing');
  });
});
