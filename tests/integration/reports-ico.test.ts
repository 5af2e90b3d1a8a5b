/** The UK ICO layout over the three product shapes: both template sheets, filled from the records. */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadXlsx } from '../helpers/reports-files';
import { threeShapes } from '../helpers/reports-shapes';
import { xlsxBuffer } from '../helpers/reports-text';

const cellText = (v: ExcelJS.CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v));

/** The sheet as rows of text, and the data rows as objects keyed by header (header row found by its first header). */
function read(ws: ExcelJS.Worksheet | undefined, firstHeader: string): { rows: string[][]; records: Record<string, string>[] } {
  if (!ws) throw new Error('sheet missing');
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
  });
  const dense = Array.from(rows, (r) => r ?? []);
  const h = dense.findIndex((r) => r[0] === firstHeader);
  const header = dense[h] ?? [];
  const records = dense.slice(h + 1).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] ?? ''])));
  return { rows: dense, records };
}

describe('UK ICO layout', () => {
  it('a workspace of three organisations: controller and processor sheets, each organisation with its own details and rows that say whose they are', async () => {
    const wb = await loadXlsx(await xlsxBuffer(threeShapes(), { kind: 'workspace' }, { layout: 'ico' }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['About', 'Controller documentation', 'Processor documentation', 'Lists']);

    const about = read(wb.getWorksheet('About'), 'Title').rows.map((r) => r.join(' '));
    expect(about).toContain('Processing activities 5 (3 as controller, 2 as processor)');

    const controller = read(wb.getWorksheet('Controller documentation'), 'Controller');
    const preamble = controller.rows.slice(0, 12).map((r) => r.join(' | '));
    // The ICO's block: the organisation, its DPO and representative side by side, by name, address, e-mail and telephone.
    expect(preamble.slice(0, 5)).toEqual([
      'Notely | Name and contact details | Data Protection Officer (if applicable) | Representative (if applicable)',
      'Name | Notely Ltd | None designated | None (not required)',
      'Address | 1 High Street, London, United Kingdom |  | ',
      'Email | privacy@org-notely.example |  | ',
      'Telephone |  |  | ',
    ]);
    expect(preamble.slice(6, 11)).toEqual([
      'Dispatchly | Name and contact details | Data Protection Officer (if applicable) | Representative (if applicable)',
      'Name | Dispatchly Ltd | None designated | None (not required)',
      'Address | Hauptstraße 1, Berlin, Germany |  | ',
      'Email | privacy@org-dispatchly.example |  | ',
      'Telephone |  |  | ',
    ]);
    // Portalsync acts only as processor: it is not in the controller sheet's details.
    expect(preamble.join('\n')).not.toContain('Portalsync');
    expect(controller.records.map((r) => [r.Controller, r['Purpose of processing']?.split('\n')[0]])).toEqual([
      ['Notely', 'Notely accounts'],
      ['Notely', 'Notely newsletter'],
      ['Dispatchly', 'Dispatcher accounts'],
    ]);
    const [accounts, newsletter, staff] = controller.records;
    // The business function comes from the owner, never the product's name.
    expect(accounts?.['Business function']).toBe('Product');
    expect(newsletter?.['Business function']).toBe('Not recorded (no owner)');
    expect(staff?.['Business function']).toBe('Operations');
    expect(accounts?.['The source of the personal data (if applicable)']).toBe('The person');
    expect(newsletter?.['Rights available to individuals']).toBe('Legitimate interests (Art. 6(1)(f)): access, rectification, erasure, restriction, objection');
    expect(accounts?.['Rights available to individuals']).toBe('Contract (Art. 6(1)(b)): access, rectification, erasure, restriction, portability');
    expect(accounts?.['Link to contract with processor']).toBe('Notely Cloud Host: DPA signed 2025-01-01');
    expect(accounts?.['Location of personal data']).toBe('Notely database\nHosted in Germany');
    expect(staff?.['Names of third countries or international organisations that personal data are transferred to (if applicable)']).toMatch(/^United States \(Dispatch SMS Gateway\): Standard contractual clauses.*module 2$/);

    const processor = read(wb.getWorksheet('Processor documentation'), 'Processor');
    const pre = processor.rows.slice(0, 12).map((r) => r.join(' | ')).join('\n');
    expect(pre).toContain('Dispatchly | Name and contact details | Data Protection Officer (if applicable) | Representative (if applicable)\nName | Dispatchly Ltd');
    expect(pre).toContain('Portalsync | Name and contact details | Data Protection Officer (if applicable) | Representative (if applicable)\nName | Portalsync Ltd');
    expect(pre).not.toContain('Notely');
    expect(processor.records).toHaveLength(2);
    const [jobs, tokens] = processor.records;
    expect(jobs?.Processor).toBe('Dispatchly');
    expect(jobs?.['Name and contact details of controller']).toBe('Each business customer, Through the customer contract, Germany');
    expect(jobs?.['Categories of processing']).toBe('Delivery jobs for end customers\n• Plan and track deliveries on the customer’s instructions');
    expect(jobs?.['Names of third countries or international organisations that personal data are transferred to (if applicable)']).toMatch(/module 3$/);
    expect(tokens?.Processor).toBe('Portalsync');
    expect(tokens?.['Name and contact details of controller']).toBe('Each HubSpot portal that installs the add-on, The portal’s super admin');
    expect(tokens?.['Retention as agreed with the controller']).toBe('Login credentials: While the app is installed; deleted on uninstall; at the end: delete');
    expect(tokens?.['General description of technical and organisational security measures (if possible)']).toBe('Encryption in transit (TLS)');
  });

  it('a processor-only integration: no controller rows, its processor row, no organisation column', async () => {
    const wb = await loadXlsx(await xlsxBuffer(threeShapes(), { kind: 'product', productId: 'prod-portalsync' }, { layout: 'ico' }));
    const controller = read(wb.getWorksheet('Controller documentation'), 'Business function');
    expect(controller.records).toEqual([]);
    const processor = read(wb.getWorksheet('Processor documentation'), 'Name and contact details of controller');
    expect(controller.rows[0]?.join(' | ')).toBe('Note | No processing as controller is recorded in this scope.');
    expect(processor.records.map((r) => r['Categories of processing']?.split('\n')[0])).toEqual(['Portal tokens and metadata']);
    expect(processor.rows.slice(0, 5).map((r) => r.join(' | '))).toEqual([
      ' | Name and contact details | Data Protection Officer (if applicable) | Representative (if applicable)',
      'Name | Portalsync Ltd | None designated | None (not required)',
      'Address | 1 Market St, San Francisco, United States |  | ',
      'Email | privacy@org-portalsync.example |  | ',
      'Telephone |  |  | ',
    ]);
    expect(processor.records[0]?.['Name and contact details of controller’s representative (if applicable)']).toBe('');
  });

  it('a controller-only product: its rows in the controller sheet and an empty processor sheet', async () => {
    const wb = await loadXlsx(await xlsxBuffer(threeShapes(), { kind: 'product', productId: 'prod-notely' }, { layout: 'ico' }));
    expect(read(wb.getWorksheet('Controller documentation'), 'Business function').records).toHaveLength(2);
    const processor = read(wb.getWorksheet('Processor documentation'), 'Name and contact details of controller');
    expect(processor.records).toEqual([]);
    expect(processor.rows[0]?.join(' | ')).toBe('Note | No processing on behalf of a controller is recorded in this scope.');
  });
});
