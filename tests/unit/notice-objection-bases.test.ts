// The list of rights names the Art. 21(1) objection by the bases the product's purposes use
// (legitimate interests, a task in the public interest, or both), never a basis it does not use;
// over the three product shapes and in en/de/fr.
import { describe, expect, it } from 'vitest';
import type { LegalBasis, NoticeLanguage, ProcessingActivity } from '../../shared/model';
import { type NoticeInput, blocksToText, generateNotice, noticeInputFromDocument } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';

const flat = (s: string) => s.replace(/\s+/g, ' ');

function inputOf(product: string): NoticeInput {
  const input = noticeInputFromDocument(buildSampleDocument(new Date('2026-03-15T12:00:00Z')), product);
  if (input === undefined) throw new Error(`no product ${product}`);
  return input;
}
/** Every purpose of every activity on the bases given in turn (first purpose the first basis, …). */
function onBases(input: NoticeInput, bases: readonly LegalBasis[]): NoticeInput {
  let n = 0;
  const re = (a: ProcessingActivity): ProcessingActivity => ({
    ...a,
    purposes: a.purposes.map((p) => ({ description: p.description, legalBasis: bases[n++ % bases.length] as LegalBasis })),
  });
  return { ...input, activities: input.activities.map(re) };
}
function rights(input: NoticeInput, lang: NoticeLanguage): string {
  const doc = generateNotice(input, { lang, today: '2026-03-15' }).document;
  const s = doc.sections.find((x) => x.key === 'rights');
  return s === undefined ? '' : flat(blocksToText(s.blocks));
}

const ENTRY = {
  en: {
    interests: 'Objection (Art. 21 GDPR): to object to processing based on our legitimate interests; see “Your right to object”.',
    public: 'Objection (Art. 21 GDPR): to object to processing based on a task carried out in the public interest; see “Your right to object”.',
    both: 'Objection (Art. 21 GDPR): to object to processing based on our legitimate interests or on a task carried out in the public interest; see “Your right to object”.',
    any: 'Objection (Art. 21 GDPR)',
  },
  de: {
    interests: 'Widerspruch (Art. 21 DSGVO): einer Verarbeitung zu widersprechen, die auf unseren berechtigten Interessen beruht; siehe „Ihr Widerspruchsrecht“.',
    public: 'Widerspruch (Art. 21 DSGVO): einer Verarbeitung zu widersprechen, die zur Wahrnehmung einer Aufgabe im öffentlichen Interesse erfolgt; siehe „Ihr Widerspruchsrecht“.',
    both: 'Widerspruch (Art. 21 DSGVO): einer Verarbeitung zu widersprechen, die auf unseren berechtigten Interessen beruht oder zur Wahrnehmung einer Aufgabe im öffentlichen Interesse erfolgt; siehe „Ihr Widerspruchsrecht“.',
    any: 'Widerspruch (Art. 21 DSGVO)',
  },
  fr: {
    interests: 'Opposition (art. 21 RGPD) : vous opposer à un traitement fondé sur nos intérêts légitimes ; voir « Votre droit d’opposition ».',
    public: 'Opposition (art. 21 RGPD) : vous opposer à un traitement fondé sur l’exécution d’une mission d’intérêt public ; voir « Votre droit d’opposition ».',
    both: 'Opposition (art. 21 RGPD) : vous opposer à un traitement fondé sur nos intérêts légitimes ou sur l’exécution d’une mission d’intérêt public ; voir « Votre droit d’opposition ».',
    any: 'Opposition (art. 21 RGPD)',
  },
} as const;

const CASES = [
  ['legitimate interests only', ['legitimate_interests', 'contract'], 'interests'],
  ['public task only', ['public_task', 'contract'], 'public'],
  ['both', ['legitimate_interests', 'public_task'], 'both'],
] as const;

describe('the objection entry of the rights names only the bases used', () => {
  for (const [shape, product] of [
    ['controller only', 'Roomify Smart Camera'],
    ['dual role', 'Ledgerly'],
  ] as const) {
    for (const [what, bases, entry] of CASES) {
      it(`${shape}, ${what}: en, de, fr`, () => {
        const input = onBases(inputOf(product), bases);
        for (const lang of ['en', 'de', 'fr'] as const) {
          // French spacing: the notice's no-break spaces read as spaces here.
          const text = rights(input, lang).replace(/\u00A0/g, ' ');
          expect({ lang, has: text.includes(ENTRY[lang][entry]) }).toEqual({ lang, has: true });
          for (const other of ['interests', 'public', 'both'] as const) {
            if (other !== entry) expect(text).not.toContain(ENTRY[lang][other]);
          }
        }
      });
    }
  }

  it('processor-only: no objection entry, whatever the bases recorded (the controller answers it)', () => {
    for (const [, bases] of CASES) {
      const input = onBases(inputOf('Ledgerly for Shopify'), bases);
      for (const lang of ['en', 'de', 'fr'] as const) expect(rights(input, lang)).not.toContain(ENTRY[lang].any);
    }
  });

  it('no legitimate interests and no public task: no objection entry', () => {
    const input = onBases(inputOf('Roomify Smart Camera'), ['contract', 'legal_obligation']);
    for (const lang of ['en', 'de', 'fr'] as const) expect(rights(input, lang)).not.toContain(ENTRY[lang].any);
  });
});
