/**
 * The change log as an Excel sheet for an auditor: one row per field changed
 * (when, who, record, what was done, field, before, after), values in words.
 */
import ExcelJS from 'exceljs';
import { changeLines, type NameOf } from '../../../shared/compliance/change-lines';
import type { ChangeEntryView } from '../../../shared/ipc';
import { writeFileAtomic } from '../files/atomic-write';
import type { Workspace } from '../workspace';
import type { ChangeQuery } from '../workspace/change-log';

const KIND: Readonly<Record<ChangeEntryView['entityType'], string>> = {
  workspace: 'Workspace',
  organisation: 'Organisation',
  product: 'Product',
  vendor: 'Vendor',
  activity: 'Processing activity',
  taxonomy: 'Taxonomy',
};
const ACTION: Readonly<Record<ChangeEntryView['action'], string>> = { create: 'Created', update: 'Changed', delete: 'Deleted', import: 'Imported' };

/** Names of the workspace's records and taxonomy entries, for values in words. */
export async function namesOf(ws: Workspace): Promise<NameOf> {
  const [orgs, products, vendors, tax] = await Promise.all([ws.listOrganisations(), ws.listProducts(), ws.listVendors(), ws.taxonomies()]);
  const map = new Map<string, string>();
  for (const o of orgs) map.set(`organisation:${o.id}`, o.name);
  for (const p of products) map.set(`product:${p.id}`, p.name);
  for (const v of vendors) map.set(`vendor:${v.id}`, v.name);
  for (const c of tax.dataCategories) map.set(`category:${c.key}`, c.label);
  for (const s of tax.dataSubjects) map.set(`subject:${s.key}`, s.label);
  for (const m of tax.securityMeasures) map.set(`measure:${m.key}`, m.label);
  return (key) => map.get(key);
}

function recordName(e: ChangeEntryView): string {
  const pick = (x: unknown) => (x !== null && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : undefined);
  return pick(e.after) ?? pick(e.before) ?? '';
}

/** Writes the entries matching `query` (newest first, at most 100,000) to `path`; returns the number of entries. */
export async function exportChangeLog(ws: Workspace, path: string, query: Omit<ChangeQuery, 'limit' | 'beforeId'>): Promise<number> {
  const entries = (await ws.changes({ ...query, limit: 100_000 })) as ChangeEntryView[];
  const names = await namesOf(ws);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RoPA Desk';
  const sheet = wb.addWorksheet('Change log', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'When (UTC)', key: 'at', width: 20 },
    { header: 'Who', key: 'actor', width: 22 },
    { header: 'Record type', key: 'kind', width: 20 },
    { header: 'Record', key: 'record', width: 36 },
    { header: 'Action', key: 'action', width: 12 },
    { header: 'Summary', key: 'summary', width: 60 },
    { header: 'Field', key: 'field', width: 44 },
    { header: 'Before', key: 'before', width: 40 },
    { header: 'After', key: 'after', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    const base = { at: e.at.replace('T', ' ').slice(0, 19), actor: e.actor, kind: KIND[e.entityType], record: recordName(e), action: ACTION[e.action], summary: e.summary };
    const lines = changeLines(e.before, e.after, names);
    if (lines.length === 0) sheet.addRow({ ...base, field: '', before: '', after: '' });
    for (const l of lines) sheet.addRow({ ...base, field: l.field, before: l.before, after: l.after });
  }
  sheet.autoFilter = { from: 'A1', to: 'I1' };
  await writeFileAtomic(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return entries.length;
}
