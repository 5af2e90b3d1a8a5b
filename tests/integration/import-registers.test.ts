import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RegisterImportResult, applyRegisterImport, previewRegisterImport } from '../../electron/services/import/import-register';
import { readSpreadsheet } from '../../electron/services/import/read-spreadsheet';
import { Workspace } from '../../electron/services/workspace';
import type { ProcessingActivity } from '../../shared/model';
import { runChecks } from '../../shared/compliance';
import type { SheetGrid, SheetMapping } from '../../shared/import';
import { columnLetter } from '../../shared/import/text';
import { useTempDir } from '../helpers/temp';
import { writeCnilRegister, writeDskRegister, writeHomeMadeCsv, writeIcoRegister } from '../helpers/registers';

const tempDir = useTempDir();
const totals = { cells: 0, recognised: 0 };
const shares: string[] = [];

async function importInto(name: string, write: (f: string) => Promise<void>, product?: string) {
  const dir = await tempDir();
  const file = join(dir, name);
  await write(file);
  const ws = await Workspace.create(join(dir, 'w.ropa'));
  await ws.saveOrganisation({ id: 'org-acme', name: 'Acme' });
  const result = await applyRegisterImport(ws, file, { organisation: 'acme', ...(product !== undefined ? { product } : {}), mapping: 'auto' });
  const stored = await ws.listActivities();
  const doc = await ws.exportDocument();
  await ws.close();
  totals.cells += result.stats.cells;
  totals.recognised += result.stats.recognised;
  shares.push(`${name}: ${result.stats.recognised} of ${result.stats.cells} cells recognised (${Math.round((100 * result.stats.recognised) / result.stats.cells)}%)`);
  return { result, stored, doc, grids: await readSpreadsheet(file), byName: (n: string) => stored.find((a) => a.name === n) as ProcessingActivity };
}

/** Every non-empty cell under a heading was recognised or raised for review, and what was kept is in the record's description. */
function expectNothingLost(result: RegisterImportResult, grids: readonly SheetGrid[], stored: readonly ProcessingActivity[]) {
  const seen = new Set([...result.recognitions, ...result.reviews].map((x) => `${x.sheet}|${x.row}|${x.column}`));
  const rowsSeen = new Set([...result.recognitions, ...result.reviews].map((x) => `${x.sheet}|${x.row}`));
  let checked = 0;
  for (const m of result.sheets.filter((s): s is SheetMapping => !('skipped' in s))) {
    const g = grids.find((x) => x.name === m.sheet) as SheetGrid;
    const copies = new Set(g.mergedCopies ?? []);
    g.rows.forEach((row, r) => {
      if (m.layout === 'table') {
        if (r < m.headerAt) return;
        for (const s of m.slots) {
          if ((row[s.index - 1] ?? '').trim() === '' || copies.has(`${r},${s.index - 1}`)) continue;
          checked++;
          expect(seen.has(`${m.sheet}|${r + 1}|${columnLetter(s.index)}`), `${m.sheet} ${columnLetter(s.index)}${r + 1} "${row[s.index - 1]}"`).toBe(true);
        }
      } else if (row.slice(m.headerAt).some((v) => v.trim() !== '') && m.slots.some((s) => s.index <= r + 1)) {
        checked++;
        expect(rowsSeen.has(`${m.sheet}|${r + 1}`), `${m.sheet} row ${r + 1}`).toBe(true);
      }
    });
  }
  expect(checked).toBeGreaterThan(0);
  const recognisedAt = new Set(result.recognitions.map((x) => `${x.sheet}|${x.row}|${x.column}`));
  for (const review of result.reviews) {
    if (recognisedAt.has(`${review.sheet}|${review.row}|${review.column}`)) continue; // partly placed: its values are in fields
    const a = stored.find((x) => x.name === review.activity);
    expect(a?.description ?? '', `${review.message} at ${review.sheet} ${review.column}${review.row}`).toContain(review.text);
  }
}

afterAll(() => {
  // The figure the issue asks for: the share of the test registers' cells recognised.
  console.log([...shares, `all four registers: ${totals.recognised} of ${totals.cells} cells recognised (${Math.round((100 * totals.recognised) / totals.cells)}%)`].join('\n'));
});

describe('importing the UK ICO template, filled in by hand', () => {
  it('creates the controller and processor records field by field, and loses nothing', async () => {
    const { result, stored, grids, byName } = await importInto('ico-register.xlsx', writeIcoRegister, 'Web shop');
    expect(result.sheets.map((s) => ('skipped' in s ? `${s.sheet}: skipped` : `${s.sheet}: ${s.layout} ${s.headerAt} ${s.role}`))).toEqual(['Controller: table 4 controller', 'Processor: table 1 processor']);
    expect(result.organisation).toEqual({ id: 'org-acme', name: 'Acme', created: false });
    expect(result.product).toMatchObject({ name: 'Web shop', created: true });
    expect(stored.map((a) => a.name)).toEqual(['Payroll', 'Send the monthly newsletter', 'Prevent fraud on the web shop', 'Hosting and support of the client’s CRM data']);
    for (const a of stored) expect(a).toMatchObject({ organisationId: 'org-acme', productId: result.product?.id, status: 'draft' });

    const payroll = byName('Payroll');
    expect(payroll.owner).toBe('HR');
    expect(payroll.purposes).toEqual([
      { description: 'Payroll', legalBasis: 'contract', art9Condition: 'b' },
      { description: 'Pension administration', legalBasis: 'legal_obligation', art9Condition: 'b' },
    ]);
    expect(payroll.dataSubjects).toEqual(['employees', 'former_employees']);
    expect(payroll.dataCategories.map((c) => [c.category, c.detail, c.retention, c.retentionMonths])).toEqual([
      ['full_name', 'Name', '6 years after employment ends', 72],
      ['postal_address', 'address', '6 years after employment ends', 72],
      ['bank_account', 'bank details', '6 years after employment ends', 72],
      ['salary_payroll', 'salary', '6 years after employment ends', 72],
      ['government_id', 'National Insurance number', '6 years after employment ends', 72],
    ]);
    expect(payroll.recipients).toEqual([
      { name: 'HMRC', type: 'public_authority' },
      { name: 'pension provider', type: 'processor' },
    ]);
    expect(payroll.transfers).toEqual([]);
    expect(payroll.securityMeasures).toEqual(['rbac', 'encryption_at_rest', 'backups']);
    expect(payroll.securityNotes).toBe('Access control, encryption at rest, backups');
    expect(payroll.systems).toEqual(['Sage Payroll']);
    expect(payroll.dpia).toEqual({ status: 'not_required' });
    expect(payroll.automatedDecisions).toEqual({ exists: false });
    expect(payroll.description).toBe(
      [
        'Imported from ico-register.xlsx, sheet "Controller", row 5; kept as written, to place in the record:',
        '• Link to contract with processor (column G, row 5): https://contracts.acme.example/payroll',
        '• Rights available to individuals (column O, row 5): Access, rectification, restriction',
        '• Notes (column T, row 5): Review with HR in Q1',
      ].join('\n'),
    );

    const newsletter = byName('Send the monthly newsletter');
    expect(newsletter.purposes).toEqual([{ description: 'Send the monthly newsletter', legalBasis: 'consent' }]);
    expect(newsletter.dataCategories.map((c) => c.category)).toEqual(['email_address', 'full_name', 'marketing_interactions']);
    expect(newsletter.recipients).toEqual([{ name: 'Mailchimp', type: 'processor', country: 'US' }]);
    expect(newsletter.transfers).toEqual([{ country: 'US', mechanism: 'scc', safeguards: 'USA – SCCs' }]);
    expect(newsletter.securityMeasures).toEqual(['encryption_in_transit', 'mfa']);

    // The merged "Business function" cell covers the fraud row too; a blank line in between is skipped.
    const fraud = byName('Prevent fraud on the web shop');
    expect(fraud.owner).toBe('Marketing');
    expect(fraud.purposes).toEqual([{ description: 'Prevent fraud on the web shop', legalBasis: 'legitimate_interests', legitimateInterest: 'Preventing payment fraud' }]);
    expect(fraud.dataCategories.map((c) => [c.category, c.source, c.sourceDetail])).toEqual([
      ['full_name', 'third_party', 'Fraud-check agency'],
      ['ip_address', 'third_party', 'Fraud-check agency'],
      ['custom_device_fingerprint', 'third_party', 'Fraud-check agency'],
    ]);
    expect(fraud.transfers).toEqual([{ country: 'US', mechanism: 'adequacy', safeguards: 'US (DPF)' }]);
    expect(fraud.automatedDecisions).toEqual({ exists: true, logic: 'orders scored automatically, high scores are held for manual review' });
    expect(fraud.dpia).toEqual({ status: 'required' });
    expect(result.newDataCategories).toEqual([expect.objectContaining({ key: 'custom_device_fingerprint', label: 'device fingerprint', group: 'other' })]);

    const hosting = byName('Hosting and support of the client’s CRM data');
    expect(hosting.role).toBe('processor');
    expect(hosting.controllers).toEqual([{ name: 'Client Ltd', contact: 'dpo@client.example' }]);
    expect(hosting.transfers).toEqual([{ country: 'IN', mechanism: 'scc', sccModule: 3, safeguards: 'India: standard contractual clauses, module 3' }]);
    expect(hosting.securityMeasures).toEqual(['encryption_in_transit', 'encryption_at_rest', 'backups']);

    expect(result.reviews.map((r) => `${r.activity}: ${r.message}`)).toContain('Payroll: imported: check the legal basis: paired with the purposes in the order written');
    expect(result.reviews.map((r) => `${r.activity}: ${r.message}`)).toContain('Prevent fraud on the web shop: imported: check the activity name');
    expectNothingLost(result, grids, stored);
  });
});

describe('importing the CNIL model register (.ods, one sheet per activity)', () => {
  it('reads the form sheet, skips the header page with a reason, and loses nothing', async () => {
    const { result, stored, grids, byName } = await importInto('registre-cnil.ods', writeCnilRegister);
    expect(result.sheets[0]).toEqual({ sheet: 'Registre', skipped: 'no register headings found (fewer than 3 recognised)' });
    expect(stored.map((a) => a.name)).toEqual(['Gestion de la paie']);
    const paie = byName('Gestion de la paie');
    expect(paie.productId).toBeUndefined();
    expect(paie.purposes).toEqual([
      { description: 'Calcul et versement des salaires', legalBasis: 'legal_obligation' },
      { description: 'Déclarations sociales (DSN)', legalBasis: 'legal_obligation' },
    ]);
    expect(paie.dataSubjects).toEqual(['employees']);
    // "Données de localisation | Non" is a category not processed; "date d’embauche" is kept as a custom category.
    expect(paie.dataCategories.map((c) => [c.category, c.retentionMonths])).toEqual([
      ['full_name', 60],
      ['postal_address', 60],
      ['employment_record', 60],
      ['job_title', 60],
      ['custom_date_d_embauche', 60],
    ]);
    expect(paie.dataCategories[0]?.retention).toBe('5 ans après le départ du salarié');
    expect(paie.recipients).toEqual([
      { name: 'Service RH', type: 'internal' },
      { name: 'comptabilité', type: 'internal' },
      { name: 'Silae (hébergement)', type: 'processor' },
    ]);
    expect(paie.transfers).toEqual([]);
    expect(paie.jointControllers).toEqual([]);
    expect(paie.systems).toEqual(['Silae']);
    expect(paie.securityMeasures).toEqual(['rbac', 'backups', 'encryption_at_rest']);
    expect(paie.lastReviewed).toBe('2026-01-15');
    expect(paie.description).toContain('• Date de création de la fiche (column B, row 2): 01/03/2024');
    expect(paie.description).toContain('• Remarques (column B, row 20): À revoir avec le DPO');
    expectNothingLost(result, grids, stored);
  });
});

describe('importing a DSK-style German register (several rows per activity, merged cells)', () => {
  it('merges the rows of one activity and reads German values', async () => {
    const { result, stored, grids, byName } = await importInto('vvt-dsk.xlsx', writeDskRegister);
    expect(result.sheets.map((s) => ('skipped' in s ? `${s.sheet}: skipped` : `${s.sheet}: headings in row ${s.headerAt}`))).toEqual(['Hinweise: skipped', 'Verzeichnis Verantwortlicher: headings in row 3']);
    expect(stored.map((a) => a.name)).toEqual(['Bewerbermanagement', 'Newsletter', 'Buchhaltung']);
    const b = byName('Bewerbermanagement');
    expect(b.owner).toBe('Personalabteilung');
    expect(b.purposes).toEqual([{ description: 'Durchführung des Bewerbungsverfahrens', legalBasis: 'contract' }]);
    expect(b.dataSubjects).toEqual(['job_applicants']);
    expect(b.dataCategories.map((c) => [c.category, c.noticeGroup, c.retention, c.retentionMonths])).toEqual([
      ['full_name', 'Kontaktdaten', '6 Monate nach Abschluss des Verfahrens', 6],
      ['email_address', 'Kontaktdaten', '6 Monate nach Abschluss des Verfahrens', 6],
      ['cv_qualifications', undefined, '6 Monate nach Abschluss des Verfahrens', 6],
      ['custom_gehaltsvorstellung', undefined, '6 Monate', 6],
    ]);
    expect(b.recipients).toEqual([
      { name: 'Fachabteilung', type: 'internal' },
      { name: 'Personio (Auftragsverarbeiter)', type: 'processor' },
    ]);
    expect(b.description).toContain('• Bemerkungen (column K, row 6): Nur bei Angabe durch Bewerber');
    const n = byName('Newsletter');
    expect(n.purposes).toEqual([{ description: 'Versand des Newsletters', legalBasis: 'consent' }]);
    expect(n.transfers).toEqual([{ country: 'US', mechanism: 'scc', safeguards: 'USA – Standardvertragsklauseln' }]);
    const k = byName('Buchhaltung');
    expect(k.purposes).toEqual([{ description: 'Rechnungsstellung und Buchführung', legalBasis: 'legal_obligation' }]);
    expect(k.dataCategories.map((c) => c.category)).toEqual(['full_name', 'postal_address', 'bank_account', 'invoices']);
    expect(k.dataCategories.every((c) => c.retentionMonths === 120)).toBe(true);
    expect(k.recipients).toEqual([
      { name: 'Steuerberater', type: 'controller' },
      { name: 'Finanzamt', type: 'public_authority' },
    ]);
    expectNothingLost(result, grids, stored);
  });
});

describe('importing a home-made register (CSV with semicolons, German Excel style)', () => {
  it('maps its own headings by synonyms and raises what it cannot read', async () => {
    const { result, stored, grids, byName, doc } = await importInto('our-register.csv', writeHomeMadeCsv);
    expect(stored.map((a) => a.name)).toEqual(['Customer support', 'Recruiting', 'Office visitors']);
    expect(byName('Customer support').purposes).toEqual([{ description: 'Answer support requests', legalBasis: 'legitimate_interests', legitimateInterest: 'answering customer questions' }]);
    expect(byName('Customer support').recipients).toEqual([{ name: 'Zendesk', type: 'processor', country: 'US' }]);
    expect(byName('Recruiting').dataCategories.map((c) => [c.category, c.retention, c.retentionMonths])).toEqual([
      ['cv_qualifications', '6–18 months', 18],
      ['full_name', '6–18 months', 18],
      ['phone_number', '6–18 months', 18],
    ]);
    const visitors = byName('Office visitors');
    expect(visitors.purposes).toEqual([{ description: 'Building security' }]);
    expect(visitors.description).toContain('• Lawful basis (column E, row 5): we think this is fine');
    expect(result.reviews.find((r) => r.activity === 'Office visitors' && r.field === 'legalBasis')).toMatchObject({ message: 'imported: check the legal basis', sheet: 'our-register', row: 5, column: 'E', header: 'Lawful basis' });
    // And it stays a finding of the register's checks until someone places it.
    const findings = runChecks(doc, { today: '2026-12-01' }).filter((f) => f.ruleId === 'imported-text-to-place');
    expect(findings.map((f) => f.message)).toEqual([
      'Imported: check where it belongs. “Customer support” keeps “check Zendesk DPA” from the column “Comments” (column J, row 2) as text.',
      'Imported: check the legal basis. “Office visitors” keeps “we think this is fine” from the column “Lawful basis” (column E, row 5) as text.',
      'Imported: check where it belongs. “Office visitors” keeps “ask the landlord” from the column “Comments” (column J, row 5) as text.',
    ]);
    expectNothingLost(result, grids, stored);
  });
});

describe('all or nothing', () => {
  it('a dry run writes nothing, and a register whose kept text does not fit is refused whole', async () => {
    const dir = await tempDir();
    const file = join(dir, 'r.csv');
    await writeHomeMadeCsv(file);
    const ws = await Workspace.create(join(dir, 'w.ropa'));
    const before = await ws.info({ integrity: false });
    const preview = await previewRegisterImport(ws, file, { organisation: 'New Co', mapping: 'auto' });
    expect(preview.activities).toHaveLength(3);
    expect(preview.organisation.created).toBe(true);
    expect((await ws.info({ integrity: false })).counts).toEqual(before.counts);

    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, `Activity;Purpose;Retention;Notes\nFirst;Billing;1 year;ok\nSecond;Support;1 year;${'x'.repeat(4100)}\n`);
    const error = (await applyRegisterImport(ws, file, { organisation: 'New Co', mapping: 'auto' }).then(
      () => new Error('imported'),
      (e: unknown) => e as Error,
    )) as Error & { details: string[] };
    expect(error.message).toBe('"r.csv" was not imported: 1 problem found; the workspace is unchanged.');
    expect(error.details[0]).toMatch(/^sheet "r", row 3, column D \(Notes\): the description and the text kept from the sheet come to \d+ characters/);
    expect((await ws.info({ integrity: false })).counts).toEqual(before.counts);
    await ws.close();
  });
});
