/**
 * The sample fully translated, reports included (issue 13): the German and the French Word
 * report and Excel register of every sample organisation list no untranslated record text
 * (no "Nicht übersetzte Texte" / "Textes non traduits" sheet, no Annex E), and print the
 * records' texts in the report's language: activity names, DPIA notes, the vendors' services
 * in Annex A, the HR activity, the lead authority under its own name. A vendor still carrying
 * the vendor catalogue's service is translated by the app. The notices stay fully translated
 * (tests/unit/notice-sample-translated.test.ts checks every format).
 */
import { describe, expect, it } from 'vitest';
import { localiseReportDocument } from '../../electron/services/reports/localise';
import { generateNotice, noticeInputFromDocument } from '../../shared/notice';
import { shippedText, vendorByKey } from '../../shared/reference';
import { reportCatalogue } from '../../shared/reports/i18n';
import { untranslatedIn } from '../../shared/reports/i18n/record-texts';
import { selectScope } from '../../shared/reports/scope';
import { buildSampleDocument } from '../../shared/sample';
import { loadXlsx } from '../helpers/reports-files';
import { docxBuffer, officeText, xlsxBuffer } from '../helpers/reports-text';

const doc = buildSampleDocument(new Date('2026-11-22T09:00:00Z'));

describe.each(['de', 'fr'] as const)('the sample reports in %s', (lang) => {
  const t = reportCatalogue(lang);
  it.each(doc.organisations.map((o) => [o.name, o.id] as const))('%s: the Word report has no Annex E and the register no untranslated-texts sheet', async (_name, id) => {
    const scope = { kind: 'organisation', organisationId: id } as const;
    const local = localiseReportDocument(doc, lang);
    expect(untranslatedIn(local.untranslated, selectScope(local.doc, scope)).map((u) => `${u.record}: ${u.text}`)).toEqual([]);
    const word = await officeText(await docxBuffer(doc, scope, { lang }));
    expect(word).not.toContain(t.doc.annexUntranslated);
    const wb = await loadXlsx(await xlsxBuffer(doc, scope, { lang, findings: false }));
    expect(wb.worksheets.map((s) => s.name)).not.toContain(t.sheets.untranslated);
  }, 60_000);

  it('every sample product’s notice has no text that fell back to English', () => {
    for (const p of doc.products) {
      const input = noticeInputFromDocument(doc, p.name);
      if (input === undefined) throw new Error(`no product ${p.name}`);
      const { warnings } = generateNotice(input, { lang, today: '2026-11-22' });
      expect({ product: p.name, fallback: warnings.filter((w) => w.code === 'missing_translation').map((w) => w.message) }).toEqual({ product: p.name, fallback: [] });
    }
  });
});

describe('what the German Word report of Ledgerly GmbH prints from the records', () => {
  it('activity names, the HR activity, DPIA notes, vendors’ services and the authority in German', async () => {
    const word = await officeText(await docxBuffer(doc, { kind: 'organisation', organisationId: 'org-ledgerly' }, { lang: 'de' }));
    for (const german of [
      'Benutzerkonten und Anmeldung',
      'Lohn- und Gehaltsabrechnung der Beschäftigten',
      'Lohnkonto bis zum Ablauf des sechsten Kalenderjahres nach der letzten Eintragung (§ 41 EStG)',
      'Ausschließlich geschäftliche Benutzerkonten.',
      'Software für die Lohnabrechnung und Rechenzentrum, die Ledgerly und seine Steuerberatung nutzen',
      'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
      'Leitung Finanzen',
    ]) {
      expect(word).toContain(german);
    }
    for (const english of ['User accounts and sign-in', 'Employee payroll', 'Business accounts only.', 'Berlin Commissioner', 'Head of Finance']) expect(word).not.toContain(english);
  }, 60_000);
});

describe('Annex A in French', () => {
  it('gives each agreement its status, then its date as French writes it', async () => {
    // The sample's agreements are dated by months before "now", on its day of the month: the first.
    const first = buildSampleDocument(new Date('2026-12-01T09:00:00Z'));
    const word = await officeText(await docxBuffer(first, { kind: 'organisation', organisationId: 'org-roomify' }, { lang: 'fr' }));
    expect(word).toContain('Signé\n1er octobre 2024\n');
    expect(word).not.toMatch(/Signé 1/);
  }, 60_000);
});

describe('Annex A and the vendor catalogue', () => {
  it('a vendor whose service is still the catalogue’s is listed in the report’s language, not as untranslated', async () => {
    const entry = vendorByKey('stripe');
    if (entry?.service === undefined) throw new Error('no Stripe in the vendor catalogue');
    const german = shippedText(entry.service, 'de');
    if (german === undefined) throw new Error('the catalogue has no German for Stripe’s service');
    const changed = structuredClone(doc);
    const stripe = changed.vendors.find((v) => v.id === 'ven-stripe');
    if (stripe === undefined) throw new Error('no Stripe in the sample');
    stripe.service = entry.service;
    const scope = { kind: 'organisation', organisationId: 'org-ledgerly' } as const;
    const word = await officeText(await docxBuffer(changed, scope, { lang: 'de' }));
    expect(word).toContain(german);
    expect(word).not.toContain(entry.service);
    const local = localiseReportDocument(changed, 'de');
    expect(untranslatedIn(local.untranslated, selectScope(local.doc, scope)).map((u) => u.text)).not.toContain(entry.service);
  }, 60_000);
});
