/**
 * The reports' catalogues: German and French have every text of the English one (the
 * types enforce it; this checks nothing is left blank or copied over untranslated), every
 * header of the native sheets has a catalogue entry, and every tab name is one Excel takes.
 */
import { describe, expect, it } from 'vitest';
import { inventorySheet, measuresSheet, recipientsSheet, retentionSheet, transfersSheet, vendorsSheet } from '../../shared/reports/detail-columns';
import { EN_LABELS, type ReportCatalogue, reportCatalogue, reportDate } from '../../shared/reports/i18n';
import { citeArticle } from '../../shared/reports/i18n/reference-labels';
import { organisationsSheet } from '../../shared/reports/organisation-columns';
import { controllerSheet, processorSheet } from '../../shared/reports/register-columns';

/** Every leaf of a catalogue by its path (functions called with sample arguments). */
function leaves(t: ReportCatalogue): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') out.set(path, v);
    else if (typeof v === 'function') out.set(path, String((v as (...a: unknown[]) => unknown)('2', '1', '1')));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(t, '');
  return out;
}

/** Words that are the same in English and the other language. */
const SAME: Readonly<Record<'de' | 'fr', readonly string[]>> = {
  de: ['Organisation', 'Status', 'Website', 'Version', 'Format', 'lang', 'labels.Organisation', 'labels.Status', 'labels.Website', 'labels.Version', 'labels.Format', 'recordKind.organisation', 'f.scopeOrganisation'],
  fr: ['Article', 'Certifications', 'Description', 'Source', 'Type', 'Documentation', 'Contact', 'Version', 'Date', 'Format', 'Page'],
};

describe('report catalogues', () => {
  const en = leaves(reportCatalogue('en'));
  for (const lang of ['de', 'fr'] as const) {
    it(`${lang} has every text of the English catalogue, none blank and none left in English`, () => {
      const other = leaves(reportCatalogue(lang));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      const copied = [...en].filter(([k, v]) => v !== '' && other.get(k) === v && !SAME[lang].includes(v) && !SAME[lang].includes(k) && !['f.page', 'f.sccModule'].includes(k));
      expect(copied.map(([k]) => k)).toEqual([]);
      for (const [k, v] of other) if (k !== 'findingsInEnglish') expect({ k, blank: v.trim() === '' }).toEqual({ k, blank: false });
    });
  }

  it('every header of the native sheets is a catalogue label', () => {
    const headers = [controllerSheet, processorSheet, organisationsSheet, inventorySheet, recipientsSheet, vendorsSheet, transfersSheet, retentionSheet, measuresSheet].flatMap((s) =>
      s.columns.map((c) => c.header),
    );
    expect(headers.filter((h) => !(EN_LABELS as readonly string[]).includes(h))).toEqual([]);
  });

  it('every tab name fits Excel: at most 31 characters, none of []:*?/\\', () => {
    for (const lang of ['en', 'de', 'fr'] as const) {
      for (const name of Object.values(reportCatalogue(lang).sheets)) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });

  it('cites the GDPR as each language does, and writes dates from Intl', () => {
    expect(citeArticle('Art. 6(1)(b)', 'de')).toBe('Art. 6 Abs. 1 lit. b DSGVO');
    expect(citeArticle('Art. 6(1)(b)', 'fr')).toBe('art. 6, par. 1, point b) RGPD');
    expect(citeArticle('Art. 46(2)(b), Art. 47', 'de')).toBe('Art. 46 Abs. 2 lit. b, Art. 47 DSGVO');
    expect(citeArticle('Art. 45', 'fr')).toBe('art. 45 RGPD');
    expect(reportDate(reportCatalogue('de'), '2026-03-01')).toBe('1. März 2026');
    expect(reportDate(reportCatalogue('fr'), '2026-03-01')).toBe('1er mars 2026');
    expect(reportDate(reportCatalogue('en'), '2026-03-01')).toBe('2026-03-01');
  });
});
