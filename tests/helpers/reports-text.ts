/** Reports generated in memory and read back as the text a reader (or a file's properties) would show. */
import { Writable } from 'node:stream';
import { buildDocx } from '../../electron/services/reports/docx/export-docx';
import { writeXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import type { WorkspaceDocument } from '../../shared/interchange';
import type { ChangesSince } from '../../shared/reports/changes';
import type { ReportScope } from '../../shared/reports/scope';
import type { XlsxLayout } from '../../shared/reports/workbook';
import type { ReportLang } from '../../shared/reports/i18n';
import { unzip } from './reports-files';

export async function xlsxBuffer(
  doc: WorkspaceDocument,
  scope: ReportScope,
  o: { layout?: XlsxLayout; changesSince?: ChangesSince; now?: Date; preparedBy?: string; lang?: ReportLang; findings?: false } = {},
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  await writeXlsx(doc, { scope, layout: o.layout ?? 'native', now: o.now ?? new Date('2026-11-22T09:00:00Z'), preparedBy: o.preparedBy ?? 'Jane Privacy', ...(o.lang ? { lang: o.lang } : {}), ...(o.findings === false ? { findings: false as const } : {}), ...(o.changesSince ? { changesSince: o.changesSince } : {}) }, sink);
  return Buffer.concat(chunks);
}

export async function docxBuffer(
  doc: WorkspaceDocument,
  scope: ReportScope,
  o: { changesSince?: ChangesSince; now?: Date; authorityCopy?: boolean; lang?: ReportLang } = {},
): Promise<Buffer> {
  const { buffer } = await buildDocx(doc, {
    scope,
    version: 'Baseline 3',
    preparedBy: 'Jane Privacy',
    now: o.now ?? new Date('2026-11-22T09:00:00Z'),
    ...(o.changesSince ? { changesSince: o.changesSince } : {}),
    ...(o.authorityCopy ? { authorityCopy: true } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
  });
  return buffer;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/**
 * The text of every XML part of an Office file (cells, shared strings, runs, headers,
 * footers, document properties), tags removed: all a reader or a file browser shows.
 * Each element's text ends with a line break, so words of two cells never run together.
 */
export async function officeText(buffer: Buffer): Promise<string> {
  const parts = await unzip(buffer);
  const out: string[] = [];
  for (const [name, data] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!name.endsWith('.xml')) continue;
    out.push(decode(data.toString('utf8').replace(/<\/(w:p|si|c|t|w:t|dc:\w+|cp:\w+|vt:\w+|\w+)>/g, '\n').replace(/<[^>]+>/g, '')));
  }
  return out.join('\n');
}
