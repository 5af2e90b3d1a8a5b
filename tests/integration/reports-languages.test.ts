/**
 * Reports in German and French (issue 13): the Word report and the Excel register of
 * every sample organisation and product and of the three product shapes carry none of
 * the reports' own English text and no English label of a shipped vocabulary; the CNIL
 * register has one record card per activity of the organisation and nothing of
 * another; the DSK record puts each activity in the form of its role; `ropa export
 * --lang de` writes German sheet names and headers; the files declare their language.
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localiseReportDocument } from '../../electron/services/reports/localise';
import type { WorkspaceDocument } from '../../shared/interchange';
import { vocabularyText } from '../../shared/reference';
import { type ReportCatalogue, type ReportLang, reportCatalogue } from '../../shared/reports/i18n';
import type { ReportScope } from '../../shared/reports/scope';
import { buildSampleDocument } from '../../shared/sample';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION } from '../../shared/reports/workbook';
import { ropa } from '../helpers/cli';
import { loadXlsx, unzip } from '../helpers/reports-files';
import { threeShapes } from '../helpers/reports-shapes';
import { docxBuffer, officeText, xlsxBuffer } from '../helpers/reports-text';
import { useTempDir } from '../helpers/temp';

/** Every fixed string of a catalogue (functions left out: their output is checked through the words they share). */
function strings(t: ReportCatalogue): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  const { lang: _l, locale: _c, languageName: _n, ...rest } = t;
  walk(rest);
  out.delete('');
  return out;
}

const EN = strings(reportCatalogue('en'));

/**
 * The report's own English text in `text`: a line that is an English catalogue string,
 * or a line holding one of two words or more, that the target catalogue does not
 * also use (Organisation, Status, Format are German words too). Record texts the
 * report declares untranslated are taken out first.
 */
function englishLeaks(text: string, lang: ReportLang, untranslated: readonly string[]): string[] {
  const own = strings(reportCatalogue(lang));
  const foreign = [...EN].filter((s) => !own.has(s));
  const phrases = foreign.filter((s) => /\s/.test(s) && s.length >= 10);
  let scrubbed = text;
  for (const u of [...untranslated].sort((a, b) => b.length - a.length)) scrubbed = scrubbed.split(u).join('');
  const found = new Set<string>();
  for (const line of scrubbed.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    if (foreign.includes(line)) found.add(line);
    for (const p of phrases) if (line.includes(p)) found.add(p);
  }
  return [...found];
}

/** Shipped vocabulary labels (data categories, data subjects, measures) left in English. */
function shippedFallbacks(doc: WorkspaceDocument, lang: ReportLang): string[] {
  return localiseReportDocument(doc, lang)
    .untranslated.filter((u) => ['data_category', 'data_subject', 'security_measure'].includes(u.entityType))
    .filter((u) => {
      const kind = u.entityType as 'data_category' | 'data_subject' | 'security_measure';
      return vocabularyText(kind, u.entityId, 'en')?.label === u.text;
    })
    .map((u) => u.text);
}

function scopes(doc: WorkspaceDocument): ReportScope[] {
  return [
    ...doc.organisations.map((o) => ({ kind: 'organisation', organisationId: o.id }) as const),
    ...doc.products.map((p) => ({ kind: 'product', productId: p.id }) as const),
  ];
}

const cellText = (v: ExcelJS.CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v));
function rows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
  });
  return Array.from(out, (r) => r ?? []);
}

describe('reports in German and French', () => {
  for (const [name, build] of [
    ['sample', buildSampleDocument],
    ['three product shapes', threeShapes],
  ] as const) {
    for (const lang of ['de', 'fr'] as const) {
      it(`${name}, ${lang}: the Word report and the Excel register of every organisation and product have none of the reports' own English text`, async () => {
        const doc = build();
        const untranslated = localiseReportDocument(doc, lang).untranslated.map((u) => u.text);
        for (const scope of scopes(doc)) {
          const docx = await officeText(await docxBuffer(doc, scope, { lang, authorityCopy: true }));
          // The About sheet's format line ("RoPA Desk register 1") is the import's marker, the same in every language.
          const xlsx = (await officeText(await xlsxBuffer(doc, scope, { lang, findings: false }))).split(`${REGISTER_FORMAT} ${REGISTER_FORMAT_VERSION}`).join('');
          expect({ scope, docx: englishLeaks(docx, lang, untranslated) }).toEqual({ scope, docx: [] });
          expect({ scope, xlsx: englishLeaks(xlsx, lang, untranslated) }).toEqual({ scope, xlsx: [] });
        }
      }, 120_000);
    }
  }

  it('the sample names every shipped vocabulary entry in German and French (no English fallback label)', () => {
    const doc = buildSampleDocument();
    expect(shippedFallbacks(doc, 'de')).toEqual([]);
    expect(shippedFallbacks(doc, 'fr')).toEqual([]);
  });

  it('a German register uses the German labels, citations and dates, and lists the texts it shows in English', async () => {
    const doc = buildSampleDocument();
    const org = doc.organisations[0];
    if (!org) throw new Error('no organisation');
    // The sample is fully translated: one activity renamed since has no German name yet.
    const renamed = doc.activities.find((a) => a.organisationId === org.id);
    if (!renamed) throw new Error('no activity');
    renamed.name = 'Account management and single sign-on';
    const wb = await loadXlsx(await xlsxBuffer(doc, { kind: 'organisation', organisationId: org.id }, { lang: 'de' }));
    expect(wb.worksheets.map((s) => s.name).slice(0, 3)).toEqual(['Info', 'Organisationen', 'Verzeichnis Verantwortlicher']);
    const controller = rows(wb.getWorksheet('Verzeichnis Verantwortlicher') as ExcelJS.Worksheet);
    expect(controller[0]?.slice(0, 4)).toEqual(['Verantwortlicher', 'Produkt', 'Verarbeitungstätigkeit', 'Beschreibung']);
    const body = controller.slice(1).flat().join('\n');
    expect(body).toMatch(/Vertragserfüllung \(Art\. 6 Abs\. 1 lit\. b DSGVO\)/);
    const about = rows(wb.getWorksheet('Info') as ExcelJS.Worksheet).map((r) => r.join(' | '));
    expect(about).toContain('Erstellt am | 22. November 2026, 09:00 UTC');
    expect(about.find((r) => r.startsWith('Texte in der Originalsprache'))).toBe('Texte in der Originalsprache | 1 Text ist noch nicht übersetzt und erscheint in der Originalsprache (Nicht übersetzte Texte)');
    const listed = rows(wb.getWorksheet('Nicht übersetzte Texte') as ExcelJS.Worksheet).map((r) => r.join(' | '));
    expect(listed).toContain('Account management and single sign-on | Verarbeitungstätigkeit | Account management and single sign-on');
    expect(listed).toHaveLength(2); // the header and the one text
    // Findings are the checks' own English text, said so on the Info sheet; the sheet's own labels are German.
    expect(rows(wb.getWorksheet('Prüfhinweise') as ExcelJS.Worksheet)[0]?.slice(0, 3)).toEqual(['Schweregrad', 'Artikel', 'Art des Eintrags']);
  });

  it('a French Word report writes French dates, French spacing and the French title', async () => {
    const doc = buildSampleDocument();
    const org = doc.organisations[0];
    if (!org) throw new Error('no organisation');
    const text = await officeText(await docxBuffer(doc, { kind: 'organisation', organisationId: org.id }, { lang: 'fr' }));
    expect(text).toContain('Registre des activités de traitement');
    expect(text).toContain('22 novembre 2026');
    expect(text).toContain('Annexe A\u00A0: prestataires et sous-traitants ultérieurs');
    expect(text).not.toMatch(/Annexe [A-E]:/);
  });
});

describe('the files declare their language', () => {
  for (const lang of ['en', 'de', 'fr'] as const) {
    it(`${lang}: w:lang is the document default run language of the Word report, dc:language the workbook's`, async () => {
      const doc = threeShapes();
      const locale = reportCatalogue(lang).locale;
      const docx = await unzip(await docxBuffer(doc, { kind: 'workspace' }, { lang }));
      const styles = docx.get('word/styles.xml')?.toString('utf8') ?? '';
      expect(styles).toMatch(new RegExp(`<w:docDefaults>.*<w:rPrDefault>.*<w:lang w:val="${locale}"`, 's'));
      const xlsx = await unzip(await xlsxBuffer(doc, { kind: 'workspace' }, { lang }));
      expect(xlsx.get('docProps/core.xml')?.toString('utf8')).toContain(`<dc:language>${locale}</dc:language>`);
    });
  }
});

describe('CNIL register', () => {
  const tempDir = useTempDir();
  it('has for each organisation of the sample its register page and one record card per activity, and nothing of the other organisation', async () => {
    const doc = buildSampleDocument();
    for (const org of doc.organisations) {
      const buffer = await xlsxBuffer(doc, { kind: 'organisation', organisationId: org.id }, { layout: 'cnil' });
      const wb = await loadXlsx(buffer);
      const own = doc.activities.filter((a) => a.organisationId === org.id);
      const cards = wb.worksheets.filter((s) => s.name.startsWith('Fiche '));
      expect(cards).toHaveLength(own.length);
      expect(wb.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['À propos', 'Registre']);
      // Each card names its activity (the French translation where the sample has one) and follows the CNIL model's parts.
      const local = localiseReportDocument(doc, 'fr').doc.activities.filter((a) => a.organisationId === org.id);
      cards.forEach((ws, i) => {
        const parts = rows(ws).map((r) => r[0]);
        const act = local[i];
        expect(rows(ws)[0]).toEqual(['Fiche de registre de l’activité', act?.name]);
        const expected =
          act?.role === 'processor'
            ? ['Description du traitement', 'Acteurs', 'Sous-traitant', 'Mesures de sécurité', 'Transferts des données hors UE']
            : ['Description du traitement', 'Acteurs', 'Responsable du traitement', 'Délégué à la protection des données', 'Finalité principale', 'Mesures de sécurité', 'Catégories de données personnelles concernées', 'Des données sensibles sont-elles traitées\u202F?', 'Catégories de personnes concernées', 'Destinataires des données', 'Transferts des données hors UE'];
        for (const p of expected) expect(parts).toContain(p);
      });
      // The workspace's own name (on the About sheet, as in every layout) names both clients; it is no record of either.
      const text = (await officeText(buffer)).split(doc.workspace.name).join('');
      for (const other of doc.organisations.filter((o) => o.id !== org.id)) {
        expect(text).not.toContain(other.name);
        for (const a of doc.activities.filter((x) => x.organisationId === other.id)) expect(text).not.toContain(a.name);
      }
    }
  });

  it('is French only: --lang de with --layout cnil is a usage error', async () => {
    const dir = await tempDir();
    await ropa('demo', join(dir, 'demo.ropa'));
    const r = await ropa('export', join(dir, 'demo.ropa'), '--format', 'xlsx', '--layout', 'cnil', '--lang', 'de', '--out', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The CNIL layout is written in français (fr)');
  });
});

describe('DSK record', () => {
  it('puts each activity in the form of its role, every one exactly once, for the three shapes and the sample', async () => {
    for (const doc of [threeShapes(), buildSampleDocument()]) {
      for (const scope of [{ kind: 'workspace' } as const, ...scopes(doc)]) {
        const wb = await loadXlsx(await xlsxBuffer(doc, scope, { layout: 'dsk' }));
        const local = localiseReportDocument(doc, 'de').doc;
        const inScope = local.activities.filter((a) =>
          scope.kind === 'workspace' ? true : scope.kind === 'organisation' ? a.organisationId === scope.organisationId : a.productId === scope.productId,
        );
        const names = (sheet: string) => {
          const r = rows(wb.getWorksheet(sheet) as ExcelJS.Worksheet);
          const h = r.findIndex((x) => x.includes('Bezeichnung der Verarbeitungstätigkeit'));
          const col = (r[h] ?? []).indexOf('Bezeichnung der Verarbeitungstätigkeit');
          return r.slice(h + 1).map((x) => x[col] ?? '');
        };
        expect({ scope, names: names('VVT Verantwortlicher') }).toEqual({ scope, names: inScope.filter((a) => a.role !== 'processor').map((a) => a.name) });
        expect({ scope, names: names('VVT Auftragsverarbeiter') }).toEqual({ scope, names: inScope.filter((a) => a.role === 'processor').map((a) => a.name) });
      }
    }
  }, 120_000);

  it('opens each form with the DSK heading and the details of the controller (processor)', async () => {
    const wb = await loadXlsx(await xlsxBuffer(threeShapes(), { kind: 'workspace' }, { layout: 'dsk' }));
    const c = rows(wb.getWorksheet('VVT Verantwortlicher') as ExcelJS.Worksheet);
    expect(c[0]).toEqual(['Verzeichnis von Verarbeitungstätigkeiten', 'Verantwortlicher gemäß Art. 30 Abs. 1 DSGVO']);
    expect(c.map((r) => r[0])).toContain('Angaben zur Person des Datenschutzbeauftragten');
    const p = rows(wb.getWorksheet('VVT Auftragsverarbeiter') as ExcelJS.Worksheet);
    expect(p[0]).toEqual(['Verzeichnis von Verarbeitungstätigkeiten', 'Auftragsverarbeiter gemäß Art. 30 Abs. 2 DSGVO']);
    expect(p.map((r) => r[0])).toContain('Angaben zum Auftragsverarbeiter');
  });
});

describe('ropa export --lang', () => {
  const dir = useTempDir();
  it('writes the German register a user opens: German sheet names and column headers', async () => {
    const d = await dir();
    await ropa('demo', join(d, 'demo.ropa'));
    const out = join(d, 'register-de.xlsx');
    const r = await ropa('export', join(d, 'demo.ropa'), '--format', 'xlsx', '--lang', 'de', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = await loadXlsx(await readFile(out));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Info',
      'Organisationen',
      'Verzeichnis Verantwortlicher',
      'Verzeichnis Auftragsverarbeiter',
      'Datenbestand',
      'Empfänger',
      'Dienstleister',
      'Drittlandübermittlungen',
      'Löschfristen',
      'Technische und org. Maßnahmen',
      'Prüfhinweise',
      'Lists',
    ]);
    expect(rows(wb.getWorksheet('Verzeichnis Auftragsverarbeiter') as ExcelJS.Worksheet)[0]?.slice(0, 6)).toEqual([
      'Auftragsverarbeiter',
      'Produkt',
      'Verarbeitungstätigkeit',
      'Beschreibung',
      'Verantwortliche, in deren Auftrag verarbeitet wird',
      'Kategorien von Verarbeitungen',
    ]);
    const docx = join(d, 'report-de.docx');
    expect((await ropa('export', join(d, 'demo.ropa'), '--format', 'docx', '--lang', 'de', '--out', docx)).code).toBe(0);
    expect(await officeText(await readFile(docx))).toContain('Verzeichnis von Verarbeitungstätigkeiten');
  });

  it('refuses an unknown language', async () => {
    const d = await dir();
    await ropa('demo', join(d, 'demo.ropa'));
    const r = await ropa('export', join(d, 'demo.ropa'), '--format', 'xlsx', '--lang', 'es');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --lang "es" (choose en, de, fr)');
  });
});
