/**
 * An OpenDocument spreadsheet (.ods, what the CNIL ships its model register in)
 * → sheets of text. An .ods is a zip holding content.xml. The zip is checked
 * with the limits of the Excel register import (file size, entry count, total
 * size, compression ratio, read from the central directory without inflating;
 * then sizes verified while inflating), content.xml is inflated with a byte cap,
 * refused if it declares a DOCTYPE (ODF never does: no entity expansion), and
 * parsed with fast-xml-parser. Repeated rows and columns (how ODF writes runs of
 * equal or empty cells) are expanded only up to the grid limits, and trailing
 * empty runs not at all.
 */
import { XMLParser } from 'fast-xml-parser';
import yauzl from 'yauzl';
import type { SheetGrid } from '../../../shared/import';
import { DEFAULT_ZIP_LIMITS, type ZipLimits, verifyZipSizes } from '../reports/xlsx-import/zip-check';
import { GRID_LIMITS, ImportRefusal } from './limits';

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

function open(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip)));
  });
}

/** The central directory checked against the limits; the bytes of content.xml (capped). */
async function contentXml(buffer: Buffer, name: string, limits: ZipLimits): Promise<string> {
  if (buffer.length > limits.maxFileBytes) throw new ImportRefusal(`"${name}" is ${mb(buffer.length)}; the limit for an imported spreadsheet is ${mb(limits.maxFileBytes)}. Nothing was imported.`);
  let zip: yauzl.ZipFile;
  try {
    zip = await open(buffer);
  } catch (e) {
    throw new ImportRefusal(`"${name}" is not an OpenDocument spreadsheet (.ods), or the file is damaged (${(e as Error).message}). Nothing was imported.`);
  }
  let entries = 0;
  let total = 0;
  let content: Buffer | undefined;
  let mimetype = '';
  await new Promise<void>((resolve, reject) => {
    const fail = (m: string) => reject(new ImportRefusal(m));
    zip.on('entry', (entry: yauzl.Entry) => {
      entries++;
      total += entry.uncompressedSize;
      const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 1;
      if (entries > limits.maxEntries) return fail(`"${name}" holds more than ${limits.maxEntries} files inside; a spreadsheet never does. Nothing was imported.`);
      if (total > limits.maxTotalUncompressed) return fail(`"${name}" would expand to more than ${mb(limits.maxTotalUncompressed)} when opened (a "zip bomb" or a far too large file). Nothing was imported.`);
      if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) return fail(`"${name}" contains "${entry.fileName}", compressed ${Math.round(ratio)} to 1, far beyond any real spreadsheet (a "zip bomb"). Nothing was imported.`);
      if (entry.fileName !== 'content.xml' && entry.fileName !== 'mimetype') return zip.readEntry();
      if (entry.uncompressedSize > GRID_LIMITS.maxTextBytes) return fail(`"${name}" holds a sheet of more than ${mb(GRID_LIMITS.maxTextBytes)}; a register is far smaller. Nothing was imported.`);
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err ?? new Error('cannot read an entry'));
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (c: Buffer) => {
          size += c.length;
          if (size > GRID_LIMITS.maxTextBytes) stream.destroy(new Error('expands beyond the limit'));
          else chunks.push(c);
        });
        stream.on('error', reject);
        stream.on('end', () => {
          if (entry.fileName === 'content.xml') content = Buffer.concat(chunks);
          else mimetype = Buffer.concat(chunks).toString('utf8').trim();
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', (e: Error) => reject(new ImportRefusal(`"${name}" is damaged (${e.message}). Nothing was imported.`)));
    zip.readEntry();
  }).finally(() => zip.close());
  if (content === undefined || (mimetype !== '' && mimetype !== 'application/vnd.oasis.opendocument.spreadsheet')) {
    throw new ImportRefusal(`"${name}" is a zip file but not an OpenDocument spreadsheet (.ods). Nothing was imported.`);
  }
  await verifyZipSizes(buffer, limits);
  return content.toString('utf8');
}

type Node = Record<string, unknown>;
const children = (n: Node, tag: string): Node[] => (Array.isArray(n[tag]) ? (n[tag] as Node[]) : []);
const attrs = (n: Node): Record<string, string> => (n[':@'] as Record<string, string> | undefined) ?? {};
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';

/** The text of a cell: its paragraphs on separate lines; text:s spaces, tabs and line breaks kept. */
function textOf(nodes: readonly Node[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'text:s') out += ' '.repeat(Math.min(1000, Number(attrs(n)['text:c'] ?? '1') || 1));
    else if (tag === 'text:tab') out += '\t';
    else if (tag === 'text:line-break') out += '\n';
    else if (tag === 'office:annotation') continue; // comments are not cell text
    else out += textOf(children(n, tag));
  }
  return out;
}

function cellValue(cell: Node, tag: string): string {
  const paragraphs = children(cell, tag).filter((p) => tagOf(p) === 'text:p' || tagOf(p) === 'text:h');
  if (paragraphs.length > 0) return paragraphs.map((p) => textOf(children(p, tagOf(p)))).join('\n');
  const a = attrs(cell);
  return a['office:date-value']?.slice(0, 10) ?? a['office:value'] ?? a['office:boolean-value'] ?? '';
}

/** Rows inside table:table-row-group / table:table-header-rows too. */
function rowsOf(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'table:table-row') out.push(n);
    else if (tag === 'table:table-row-group' || tag === 'table:table-header-rows' || tag === 'table:table-rows') out.push(...rowsOf(children(n, tag)));
  }
  return out;
}

function sheetOf(table: Node): SheetGrid {
  const rows: string[][] = [];
  const copies: string[] = [];
  const spans: { r: number; c: number; rows: number; cols: number }[] = [];
  for (const row of rowsOf(children(table, 'table:table'))) {
    const repeat = Math.max(1, Number(attrs(row)['table:number-rows-repeated'] ?? '1') || 1);
    const cells: string[] = [];
    for (const cell of children(row, 'table:table-row')) {
      const tag = tagOf(cell);
      if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
      const a = attrs(cell);
      const n = Math.max(1, Number(a['table:number-columns-repeated'] ?? '1') || 1);
      const value = tag === 'table:covered-table-cell' ? '' : cellValue(cell, tag);
      if (value === '' && cells.length + n > GRID_LIMITS.columns) break; // trailing empty run
      const start = cells.length;
      for (let i = 0; i < n && cells.length < GRID_LIMITS.columns; i++) cells.push(value);
      const rs = Number(a['table:number-rows-spanned'] ?? '1') || 1;
      const cs = Number(a['table:number-columns-spanned'] ?? '1') || 1;
      if (rs > 1 || cs > 1) spans.push({ r: rows.length, c: start, rows: rs, cols: cs });
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const times = cells.length === 0 ? Math.min(repeat, 1) : Math.min(repeat, GRID_LIMITS.rows - rows.length);
    for (let i = 0; i < times && rows.length < GRID_LIMITS.rows; i++) rows.push([...cells]);
    if (rows.length >= GRID_LIMITS.rows) break;
  }
  for (const s of spans) {
    const text = rows[s.r]?.[s.c] ?? '';
    for (let r = s.r; r < Math.min(s.r + s.rows, rows.length); r++) {
      for (let c = s.c; c < Math.min(s.c + s.cols, GRID_LIMITS.columns); c++) {
        if (r === s.r && c === s.c) continue;
        const row = rows[r] ?? [];
        while (row.length <= c) row.push('');
        row[c] = text;
        copies.push(`${r},${c}`);
      }
    }
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((v) => v === '')) rows.pop();
  return { name: attrs(table)['table:name'] ?? 'Sheet', rows, mergedCopies: copies };
}

function find(nodes: readonly Node[], tag: string): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === tag) out.push(n);
    else if (t !== '#text' && t !== tag) out.push(...find(children(n, t), tag));
  }
  return out;
}

export async function readOdsGrids(buffer: Buffer, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SheetGrid[]> {
  const xml = await contentXml(buffer, name, limits);
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) throw new ImportRefusal(`"${name}" declares XML entities, which no OpenDocument spreadsheet does. Nothing was imported.`);
  let doc: Node[];
  try {
    doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true }).parse(xml) as Node[];
  } catch (e) {
    throw new ImportRefusal(`"${name}" is damaged (${(e as Error).message}). Nothing was imported.`);
  }
  return find(doc, 'table:table').map(sheetOf);
}
