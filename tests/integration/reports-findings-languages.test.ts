/**
 * Findings and "changes since" in the report's language (issue 13): for every organisation of
 * the sample, the German and French Word report and Excel register state each check's
 * finding, fix, check title and article in that language, and none of the English sentences;
 * the changes since a baseline name fields, list items, values, dates and "added/removed" in
 * the language.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localiseReportDocument } from '../../electron/services/reports/localise';
import { RULES } from '../../shared/compliance';
import { FINDING_LANGS, findingCatalogue } from '../../shared/compliance/messages';
import type { WorkspaceDocument } from '../../shared/interchange';
import { changesBetween } from '../../shared/reports/changes';
import { describeBaselineIn } from '../../shared/reports/i18n/change-words';
import { reportFindings } from '../../shared/reports/findings';
import { type ReportLang, reportCatalogue } from '../../shared/reports/i18n';
import { type ReportScope, selectScope } from '../../shared/reports/scope';
import { buildSampleDocument } from '../../shared/sample';
import { loadXlsx } from '../helpers/reports-files';
import { docxBuffer, officeText, xlsxBuffer } from '../helpers/reports-text';
import { threeShapes } from '../helpers/reports-shapes';

const NOW = new Date('2026-11-22T09:00:00Z');
const NB = '\u00A0';

function findingsIn(doc: WorkspaceDocument, scope: ReportScope, lang: ReportLang) {
  return reportFindings(selectScope(localiseReportDocument(doc, lang).doc, scope), NOW, lang);
}

const cellText = (v: ExcelJS.CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v));
function rows(ws: ExcelJS.Worksheet | undefined): string[][] {
  const out: string[][] = [];
  ws?.eachRow((row) => out.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
  return out;
}

describe('the checks’ catalogue', () => {
  it('has every rule in English, German and French, with the article cited in each language’s style', () => {
    const ids = RULES.map((r) => r.id).sort();
    for (const lang of FINDING_LANGS) expect(Object.keys(findingCatalogue(lang).rules).sort()).toEqual(ids);
    for (const r of RULES) {
      const de = findingCatalogue('de').rules[r.id as keyof ReturnType<typeof findingCatalogue>['rules']];
      const fr = findingCatalogue('fr').rules[r.id as keyof ReturnType<typeof findingCatalogue>['rules']];
      expect(de.article).toMatch(/^Art\. \d+.* DSGVO$/);
      expect(de.article).not.toMatch(/\(\d/);
      expect(fr.article).toMatch(/^art\. \d+.* RGPD$/);
      expect(fr.article).not.toMatch(/\(\d/);
      expect(de.title).not.toBe(r.title);
      expect(fr.title).not.toBe(r.title);
    }
  });
});

describe('findings in the report’s language', () => {
  const doc = buildSampleDocument();
  for (const [name, build] of [['sample', buildSampleDocument], ['three product shapes', threeShapes]] as const) for (const lang of ['de', 'fr'] as const) {
    it(`${name}, ${lang}: every organisation's Word report and Excel register state its findings in ${lang}, and no English finding`, async () => {
      const doc = build();
      const titlesEn = RULES.map((r) => r.title);
      for (const org of doc.organisations) {
        const scope: ReportScope = { kind: 'organisation', organisationId: org.id };
        const local = findingsIn(doc, scope, lang);
        const english = findingsIn(doc, scope, 'en');
        expect(local.length).toBeGreaterThan(0);
        expect(local.length).toBe(english.length);
        const docx = await officeText(await docxBuffer(doc, scope, { lang }));
        const xlsx = await officeText(await xlsxBuffer(doc, scope, { lang }));
        for (const f of local) {
          expect(xlsx).toContain(f.message);
          expect(xlsx).toContain(f.hint);
          expect(docx).toContain(`${f.message} (${f.article})`);
          expect(docx).toContain(f.hint);
        }
        for (const f of english) {
          for (const text of [docx, xlsx]) {
            expect(text).not.toContain(f.message);
            expect(text).not.toContain(f.hint);
          }
        }
        for (const title of titlesEn) expect(xlsx.split('\n')).not.toContain(title);
      }
    }, 120_000);
  }

  it('German: the sentences a reader gets, with the check, the article and the field in German', async () => {
    const ledgerly = doc.organisations.find((o) => o.name === 'Ledgerly GmbH');
    const roomify = doc.organisations.find((o) => o.name === 'Roomify');
    if (!ledgerly || !roomify) throw new Error('sample organisations');
    const wb = await loadXlsx(await xlsxBuffer(doc, { kind: 'organisation', organisationId: ledgerly.id }, { lang: 'de' }));
    const sheet = rows(wb.getWorksheet('Prüfhinweise'));
    expect(sheet).toContainEqual([
      'Warnung',
      'Art. 24 Abs. 1 DSGVO',
      'Verarbeitungstätigkeit',
      'KI-Schreibassistent',
      'Nächste Prüfung fällig',
      'Die Überprüfung von „KI-Schreibassistent“ war am 1. September 2026 fällig und ist überfällig.',
      'Die Verarbeitungstätigkeit mit der zuständigen Person überprüfen und sie dann mit einem neuen Prüftermin erneut freigeben.',
      'Prüftermin überschritten',
    ]);
    const text = await officeText(await docxBuffer(doc, { kind: 'organisation', organisationId: ledgerly.id }, { lang: 'de' }));
    expect(text).toContain('Der Dienstleister „Intercom“ verarbeitet personenbezogene Daten in Ihrem Auftrag, der Auftragsverarbeitungsvertrag fehlt aber. (Art. 28 Abs. 3 DSGVO)');
    expect(text).not.toContain('auf Englisch');
    const roomifyText = await officeText(await docxBuffer(doc, { kind: 'organisation', organisationId: roomify.id }, { lang: 'de' }));
    expect(roomifyText).toContain(
      'Für die Organisation „Roomify“ ist keine Firma (vollständiger Name des Rechtsträgers) und keine Postanschrift erfasst; ihre Datenschutzerklärungen brauchen diese Angaben, um den Verantwortlichen und seine Erreichbarkeit zu nennen. (Art. 13 Abs. 1 lit. a, Art. 30 Abs. 1 lit. a DSGVO)',
    );
  });

  it('French: the sentences a reader gets, with French spacing and the date as French writes it', async () => {
    const roomify = doc.organisations.find((o) => o.name === 'Roomify');
    const ledgerly = doc.organisations.find((o) => o.name === 'Ledgerly GmbH');
    if (!roomify || !ledgerly) throw new Error('sample organisations');
    const overdue = rows((await loadXlsx(await xlsxBuffer(doc, { kind: 'organisation', organisationId: ledgerly.id }, { lang: 'fr' }))).getWorksheet('Constats')).find((r) =>
      r.includes('Date de revue dépassée'),
    );
    const sheet = rows((await loadXlsx(await xlsxBuffer(doc, { kind: 'organisation', organisationId: roomify.id }, { lang: 'fr' }))).getWorksheet('Constats'));
    expect(overdue?.[5]).toBe(`La revue du traitement «${NB}Assistant de rédaction par IA${NB}» était prévue le 1er septembre 2026 et est en retard.`);
    expect(overdue?.[1]).toBe('art. 24, par. 1 RGPD');
    expect(overdue).toContain('Prochaine revue prévue');
    const all = sheet.flat().join('\n');
    expect(all).toContain(`L’organisation «${NB}Roomify${NB}» n’a ni dénomination sociale ni adresse postale${NB}; ses politiques de confidentialité en ont besoin pour indiquer qui est responsable et comment le joindre.`);
    // French spacing: no colon or semicolon after an ordinary space or a letter
    for (const f of findingsIn(doc, { kind: 'organisation', organisationId: roomify.id }, 'fr')) expect(`${f.message} ${f.hint}`).not.toMatch(/[\p{L}) ][:;](\s|$)/u);
  });
});

/** The sample, then: an activity renamed, a purpose's legal basis changed, a recipient removed, a vendor added, a review date moved. */
function changedSample(): { before: WorkspaceDocument; after: WorkspaceDocument } {
  const before = buildSampleDocument();
  const after = structuredClone(before);
  const support = after.activities.find((a) => a.id === 'act-ledgerly-support');
  if (!support?.purposes[0]) throw new Error('sample activity');
  support.name = 'Customer support chat and e-mail';
  support.purposes[0] = { ...support.purposes[0], legalBasis: 'legitimate_interests', legitimateInterest: 'Answering customers quickly' };
  support.recipients = [];
  support.nextReviewDue = '2027-03-01';
  after.vendors.push({ id: 'ven-new', name: 'Newly Added Mailer', category: 'email', role: 'processor', processingCountries: ['IE'], dpa: { status: 'signed' }, certifications: [] });
  return { before, after };
}

describe('"changes since" in the report’s language', () => {
  const support = 'Customer support chat and e-mail';
  const expected: Record<'de' | 'fr', { heading: string; rows: string[][] }> = {
    de: {
      heading: 'Änderungen seit „Audit 2026“ (gesamter Arbeitsbereich, 22. November 2026)',
      rows: [
        ['Änderung', 'Art des Eintrags', 'Eintrag', 'Feld', 'Vorher', 'Nachher'],
        ['Hinzugefügt', 'Dienstleister', 'Newly Added Mailer', '', '', ''],
        ['Geändert', 'Verarbeitungstätigkeit', support, 'Name', 'Customer support chat', support],
        ['Geändert', 'Verarbeitungstätigkeit', support, 'Zwecke › Zweck „Answer questions from Ledgerly users“ › Rechtsgrundlage', 'Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)', 'Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)'],
        ['Geändert', 'Verarbeitungstätigkeit', support, 'Zwecke › Zweck „Answer questions from Ledgerly users“ › Berechtigtes Interesse', '(leer)', 'Answering customers quickly'],
        ['Geändert', 'Verarbeitungstätigkeit', support, 'Empfänger › Empfänger „Intercom“ entfernt', 'Dienstleister: Intercom; Art: Auftragsverarbeiter; Leistung: Support chat and help centre; Land: Vereinigte Staaten', '(leer)'],
        ['Geändert', 'Verarbeitungstätigkeit', support, 'Nächste Prüfung fällig', '1. Juli 2027', '1. März 2027'],
      ],
    },
    fr: {
      heading: `Modifications depuis «${NB}Audit 2026${NB}» (espace de travail entier, 22 novembre 2026)`,
      rows: [
        ['Modification', 'Type d’élément', 'Élément concerné', 'Champ', 'Avant', 'Après'],
        ['Ajout', 'Prestataire', 'Newly Added Mailer', '', '', ''],
        ['Modification', 'Activité de traitement', support, 'Nom', 'Customer support chat', support],
        ['Modification', 'Activité de traitement', support, `Finalités › Finalité «${NB}Answer questions from Ledgerly users${NB}» › Base légale`, 'Exécution d’un contrat (art. 6, par. 1, point b) RGPD)', 'Intérêts légitimes (art. 6, par. 1, point f) RGPD)'],
        ['Modification', 'Activité de traitement', support, `Finalités › Finalité «${NB}Answer questions from Ledgerly users${NB}» › Intérêt légitime`, '(vide)', 'Answering customers quickly'],
        ['Modification', 'Activité de traitement', support, `Destinataires › Destinataire «${NB}Intercom${NB}» supprimé`, `Prestataire${NB}: Intercom${NB}; Type${NB}: Sous-traitant${NB}; Service${NB}: Support chat and help centre${NB}; Pays${NB}: États-Unis`, '(vide)'],
        ['Modification', 'Activité de traitement', support, 'Prochaine revue prévue', '1er juillet 2027', '1er mars 2027'],
      ],
    },
  };
  /** English words of a change trail that must not reach a German or French reader. */
  const ENGLISH = [' added', ' removed', 'Purpose “', 'Recipient “', 'Legal basis', 'Next review due', '(empty)', 'Contract (Art. 6(1)(b))', 'whole workspace'];
  for (const lang of ['de', 'fr'] as const) {
    it(`${lang}: the Excel register's sheet and the Word report's section list each change in ${lang}`, async () => {
      const { before, after } = changedSample();
      const scope: ReportScope = { kind: 'workspace' };
      const changesSince = changesBetween({ document: before, scope: 'workspace', label: describeBaselineIn({ id: 'b1', label: 'Audit 2026', scope: 'workspace', createdAt: '2026-11-22T08:00:00Z', createdBy: 'jane', activityCount: 0 }, lang) }, after, scope, lang);
      const wb = await loadXlsx(await xlsxBuffer(after, scope, { lang, changesSince }));
      const sheet = rows(wb.getWorksheet(reportCatalogue(lang).sheets.changes));
      expect(sheet).toEqual(expected[lang].rows);
      const docx = await officeText(await docxBuffer(after, scope, { lang, changesSince }));
      const section = docx.slice(docx.lastIndexOf(expected[lang].heading));
      expect(section.startsWith(expected[lang].heading)).toBe(true);
      for (const row of expected[lang].rows.slice(2)) for (const cell of row.slice(3)) expect(section).toContain(cell);
      expect(section).toContain(lang === 'de' ? `${support} (Verarbeitungstätigkeit)` : `${support} (activité de traitement)`);
      const changes = section.slice(0, section.indexOf(expected[lang].rows[6]?.[5] ?? '') + 20);
      for (const word of ENGLISH) expect(`${sheet.flat().join('\n')}\n${changes}`).not.toContain(word);
    }, 60_000);
  }
});
