import { describe, expect, it } from 'vitest';
import { csvField, guardCsvCell } from '../../shared/reports/csv-guard';
import { TextSanitiser, sanitiseText } from '../../shared/reports/sanitise';
import { ScopeError, resolveScope, selectScope } from '../../shared/reports/scope';
import { ColumnPickError, planWorkbook } from '../../shared/reports/workbook';
import { planXlsxImport } from '../../shared/reports/import-plan';
import { buildSampleDocument } from '../../shared/sample';

const now = new Date('2026-03-01T10:00:00Z');

describe('export text sanitising', () => {
  it('removes what XML 1.0 forbids and keeps everything else', () => {
    const r = sanitiseText('a\u0001b\uFFFEc\uFFFFd\uD800e\uDC00f 😀 tab\tnl\n', 'docx');
    expect(r.text).toBe('abcdef 😀 tab\tnl\n');
    expect(r.removed).toBe(5);
  });

  it('keeps a literal _xHHHH_ sequence in Excel text by escaping its underscore', () => {
    expect(sanitiseText('code _x0041_ here', 'xlsx')).toMatchObject({ text: 'code _x005F_x0041_ here', removed: 0, escaped: 1 });
    expect(sanitiseText('code _x0041_ here', 'docx').text).toBe('code _x0041_ here');
  });

  it('tells the user where text was changed', () => {
    const s = new TextSanitiser('xlsx');
    expect(s.clean('clean', () => 'x')).toBe('clean');
    s.clean('bad\uFFFE', () => 'Controller register, row 4, Description');
    expect(s.warnings()[0]).toMatch(/^Controller register, row 4, Description: removed 1 character/);
  });
});

describe('CSV injection guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', (v) => {
    expect(guardCsvCell(v)).toBe(`'${v}`);
  });
  it('leaves ordinary text alone and quotes fields that need it', () => {
    expect(guardCsvCell('Name')).toBe('Name');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('report scope', () => {
  const doc = buildSampleDocument(now);
  it('selects an organisation or a product by name, any case', () => {
    const org = resolveScope(doc, { org: 'roomify' });
    expect(org.kind).toBe('organisation');
    const reg = selectScope(doc, org);
    expect(reg.activities.length).toBeGreaterThan(0);
    expect(reg.activities.every((a) => a.organisationId === reg.organisations[0]?.id)).toBe(true);
    const product = selectScope(doc, resolveScope(doc, { product: 'Ledgerly for Shopify' }));
    expect(product.label).toMatch(/^Product: Ledgerly for Shopify/);
    expect(product.activities.every((a) => a.productId === product.products[0]?.id)).toBe(true);
  });
  it('a register of one organisation or product does not carry the workspace name, which may name other clients', () => {
    const named = { ...doc, workspace: { name: 'Clients: Roomify and Ledgerly' } };
    for (const scope of [resolveScope(named, { org: 'Ledgerly GmbH' }), resolveScope(named, { product: 'Ledgerly for Shopify' })]) {
      for (const lang of ['en', 'de', 'fr'] as const) {
        const plan = planWorkbook(selectScope(named, scope), { layout: 'native', lang, generatedAt: now, preparedBy: 'T' });
        expect(JSON.stringify(plan.about)).not.toContain('Roomify');
      }
    }
    const whole = planWorkbook(selectScope(named, { kind: 'workspace' }), { layout: 'native', generatedAt: now, preparedBy: 'T' });
    expect(whole.about).toContainEqual(['Workspace', 'Clients: Roomify and Ledgerly']);
  });
  it('names the organisations when the one asked for does not exist', () => {
    expect(() => resolveScope(doc, { org: 'Acme' })).toThrow(ScopeError);
    expect(() => resolveScope(doc, { org: 'Acme' })).toThrow(/Roomify/);
  });
});

describe('workbook plan', () => {
  const doc = buildSampleDocument(now);
  const reg = selectScope(doc, { kind: 'workspace' });
  it('the ICO layout follows the template column order', () => {
    const plan = planWorkbook(reg, { layout: 'ico', generatedAt: now, preparedBy: 'T' });
    const headers = plan.sheets[0]?.columns.map((c) => c.header) ?? [];
    // Two organisations: each row starts with whose it is.
    expect(headers.slice(0, 5)).toEqual(['Controller', 'Business function', 'Purpose of processing', 'Name and contact details of joint controller (if applicable)', 'Categories of individuals']);
    expect(headers.at(-1)).toBe('Link to record of personal data breach');
    // The ICO's block above the table: the organisation, its DPO and representative, each by name, address, e-mail and telephone.
    expect(plan.sheets[0]?.preamble?.[0]?.slice(1)).toEqual(['Name and contact details', 'Data Protection Officer (if applicable)', 'Representative (if applicable)']);
    expect(plan.sheets[0]?.preamble?.slice(1, 5).map(([k]) => k)).toEqual(['Name', 'Address', 'Email', 'Telephone']);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Controller documentation', 'Processor documentation']);
    // The processor sheet follows the ICO processor template, then what the processor records beyond it.
    expect(plan.sheets[1]?.columns.map((c) => c.header)).toEqual([
      'Processor',
      'Name and contact details of controller',
      'Name and contact details of controller’s representative (if applicable)',
      'Categories of processing',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
      'General description of technical and organisational security measures (if possible)',
      'Categories of individuals',
      'Categories of personal data',
      'Sub-processors',
      'Retention as agreed with the controller',
    ]);
  });
  it('the column picker keeps the chosen columns and the hidden id', () => {
    const plan = planWorkbook(reg, { layout: 'native', columns: ['activity', 'status'], generatedAt: now, preparedBy: 'T' });
    const controller = plan.sheets.find((s) => s.key === 'controller');
    expect(controller?.columns.map((c) => c.header)).toEqual(['Processing activity', 'Status', 'Activity ID']);
    expect(() => planWorkbook(reg, { layout: 'native', columns: ['nope'], generatedAt: now, preparedBy: 'T' })).toThrow(ColumnPickError);
  });
});

describe('import plan', () => {
  it('refuses a workbook that is not a RoPA Desk register', () => {
    const plan = planXlsxImport(buildSampleDocument(now), { sheets: [{ name: 'Sheet1', rows: [['Name', 'Age'], ['Ann', 3]] }], formulas: [] }, () => 'new');
    expect(plan.problems[0]?.message).toMatch(/not a RoPA Desk register/);
    expect(plan.added).toEqual([]);
  });
});
