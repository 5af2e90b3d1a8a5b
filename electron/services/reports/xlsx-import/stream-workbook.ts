/**
 * Streams an .xlsx (in the parse worker) into the bounded form of wire.ts: the zip
 * entries are inflated one at a time with yauzl (its size validation catches a
 * directory that lies) and parsed with saxes as they arrive, and every budget of
 * budgets.ts is checked on the way, so a hostile file is refused after reading only
 * as much of it as shows that it is hostile. Sheets the import does not read are
 * never inflated. A document type declaration (the carrier of entity bombs and
 * external entities) is refused outright; saxes expands no entities but XML's own.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import { BudgetExceeded, type ImportBudgets, columnLetters } from './budgets';
import type { WireCell, WireRow, WireWorkbook } from './wire';
import { unguardCell } from '../../../../shared/reports/sanitise';

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const decodeEscapes = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

interface Counters {
  xmlBytes: number;
  cells: number;
  inlineChars: number;
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, autoClose: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      out.set(e.fileName.replace(/^\/+/, ''), e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(out));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry into a fresh saxes parser, counting its bytes against the budget. */
interface Handlers {
  open?: (t: SaxesTagPlain) => void;
  close?: (t: SaxesTagPlain) => void;
  text?: (text: string) => void;
}

/** Elements nested deeper than this are refused (a sheet needs 6; saxes keeps every open element). */
const MAX_DEPTH = 40;

function parseEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, part: string, count: Counters, b: ImportBudgets, h: Handlers): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error(`cannot read ${part}`));
      const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
      parser.on('doctype', () => {
        throw new BudgetExceeded(`its part "${part}" holds a document type declaration (DTD), which no workbook has (the shape of an "XML bomb")`);
      });
      let depth = 0;
      parser.on('opentag', (t: SaxesTagPlain) => {
        if (++depth > MAX_DEPTH) throw new BudgetExceeded(`its part "${part}" nests elements more than ${MAX_DEPTH} deep, far beyond any workbook`);
        h.open?.(t);
      });
      parser.on('closetag', (t: SaxesTagPlain) => {
        depth--;
        h.close?.(t);
      });
      const text = h.text;
      if (text) parser.on('text', text);
      const decoder = new StringDecoder('utf8');
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(e instanceof Error ? e : new Error(String(e)));
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        count.xmlBytes += chunk.length;
        try {
          if (count.xmlBytes > b.maxXmlBytes) throw new BudgetExceeded(`it expands to more than ${mb(b.maxXmlBytes)} of XML in the sheets that are read`);
          parser.write(decoder.write(chunk));
        } catch (e) {
          fail(e);
        }
      });
      stream.once('error', (e) => fail(new Error(`the file inside is not what its directory says (${e.message})`)));
      stream.once('end', () => {
        if (failed) return;
        try {
          parser.write(decoder.end());
          parser.close();
          resolve();
        } catch (e) {
          fail(e);
        }
      });
    });
  });
}

function targetPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

async function readSheetList(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>, count: Counters, b: ImportBudgets) {
  const sheets: { name: string; rid: string }[] = [];
  const rels = new Map<string, { type: string; target: string }>();
  const wb = entries.get('xl/workbook.xml');
  if (!wb) throw new BudgetExceeded('it has no workbook part (xl/workbook.xml)');
  await parseEntry(zip, wb, 'xl/workbook.xml', count, b, {
    open: (t) => {
      if (local(t.name) !== 'sheet') return;
      const rid = Object.entries(t.attributes).find(([k]) => local(k) === 'id')?.[1];
      if (typeof t.attributes.name === 'string' && typeof rid === 'string') sheets.push({ name: t.attributes.name, rid });
    },
  });
  const relEntry = entries.get('xl/_rels/workbook.xml.rels');
  if (relEntry) {
    await parseEntry(zip, relEntry, 'xl/_rels/workbook.xml.rels', count, b, {
      open: (t) => {
        const { Id, Type, Target } = t.attributes;
        if (local(t.name) === 'Relationship' && typeof Id === 'string' && typeof Target === 'string') rels.set(Id, { type: String(Type ?? ''), target: targetPath(Target) });
      },
    });
  }
  const sharedStrings = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  return { sheets: sheets.map((s) => ({ name: s.name, path: rels.get(s.rid)?.target })), sharedStrings };
}

async function readSharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry, part: string, count: Counters, b: ImportBudgets): Promise<string[]> {
  const strings: string[] = [];
  let total = 0;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = '';
  await parseEntry(zip, entry, part, count, b, {
    open: (t) => {
      const n = local(t.name);
      if (n === 'si') {
        inSi = true;
        current = '';
      } else if (n === 'rPh') phonetic++;
      else if (n === 't' && inSi && phonetic === 0) inT = true;
    },
    close: (t) => {
      const n = local(t.name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') {
        inSi = false;
        strings.push(unguardCell(decodeEscapes(current)));
        current = '';
      }
    },
    text: (text) => {
      if (!inT) return;
      total += text.length;
      if (current.length + text.length > b.maxStringChars) {
        throw new BudgetExceeded(`text number ${strings.length + 1} of its shared-string table is longer than ${b.maxStringChars.toLocaleString('en')} characters, more than an Excel cell can hold`);
      }
      if (total > b.maxSharedStringChars) throw new BudgetExceeded(`its shared-string table holds more than ${b.maxSharedStringChars.toLocaleString('en')} characters of text`);
      current += text;
    },
  });
  return strings;
}

/** "AB12" → column 28 (0 when the reference is missing or not a cell reference). */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > 1e6) break;
  }
  return col;
}

async function readSheet(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  part: string,
  strings: string[],
  used: Map<number, number>,
  out: WireWorkbook,
  count: Counters,
  b: ImportBudgets,
): Promise<void> {
  const rows: WireRow[] = [];
  let rowNo = 0;
  let row: WireRow | undefined;
  let col = 0;
  let type = '';
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  let into: 'v' | 'f' | 'is' | undefined;
  let inIsT = false;
  const where = () => `"${name}", cell ${columnLetters(col)}${rowNo}`;
  const append = (prev: string | undefined, text: string) => {
    const next = (prev ?? '') + text;
    count.inlineChars += text.length;
    if (next.length > b.maxStringChars) throw new BudgetExceeded(`${where()} holds more than ${b.maxStringChars.toLocaleString('en')} characters, more than an Excel cell can hold`);
    if (count.inlineChars > b.maxInlineChars) throw new BudgetExceeded(`its cells hold more than ${b.maxInlineChars.toLocaleString('en')} characters of text of their own`);
    return next;
  };
  const finishCell = () => {
    if (!row) return;
    let v: WireCell = null;
    let shared = false;
    if (formula !== undefined && out.formulas.length < 1000) out.formulas.push({ sheet: name, row: rowNo, column: columnLetters(col) });
    if (formula !== undefined && value === undefined) v = `=${formula}`;
    else if (type === 's') {
      const idx = value === undefined ? NaN : Number(value);
      if (Number.isInteger(idx) && idx >= 0 && idx < strings.length) {
        let mapped = used.get(idx);
        if (mapped === undefined) {
          mapped = used.size;
          used.set(idx, mapped);
        }
        v = mapped;
        shared = true;
      }
    } else if (type === 'inlineStr') v = inline === undefined ? null : unguardCell(decodeEscapes(inline));
    else if (type === 'str' || type === 'e') v = value ?? null;
    else if (type === 'b') v = value === undefined ? null : value.trim() === '1';
    else if (type === 'd') v = value === undefined ? null : value.slice(0, 10);
    else if (value !== undefined && value.trim() !== '') {
      const n = Number(value);
      v = Number.isFinite(n) ? n : value;
    }
    if (v === null) return;
    while (row.v.length < col - 1) row.v.push(null);
    row.v[col - 1] = v;
    if (shared) (row.s ??= []).push(col - 1);
  };
  await parseEntry(zip, entry, part, count, b, {
    open: (t) => {
      switch (local(t.name)) {
        case 'row': {
          const r = Number(t.attributes.r);
          rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
          if (rowNo > b.maxRows) throw new BudgetExceeded(`its sheet "${name}" goes on past row ${b.maxRows.toLocaleString('en')}`);
          row = { r: rowNo - 1, v: [] };
          col = 0;
          break;
        }
        case 'c': {
          count.cells++;
          if (count.cells > b.maxCells) throw new BudgetExceeded(`it has more than ${b.maxCells.toLocaleString('en')} cells in the sheets that are read`);
          const ref = typeof t.attributes.r === 'string' ? t.attributes.r : undefined;
          const c = columnOf(ref);
          col = c > 0 ? c : col + 1;
          if (col > b.maxColumns) throw new BudgetExceeded(`its sheet "${name}" has a cell in column ${col > 16384 ? 'beyond XFD' : columnLetters(col)}, past column ${columnLetters(b.maxColumns)}, further right than any register`);
          type = typeof t.attributes.t === 'string' ? t.attributes.t : '';
          value = undefined;
          formula = undefined;
          inline = undefined;
          break;
        }
        case 'v':
          into = 'v';
          value ??= '';
          break;
        case 'f':
          into = 'f';
          formula ??= '';
          break;
        case 'is':
          into = 'is';
          inline ??= '';
          break;
        case 't':
          if (into === 'is') inIsT = true;
          break;
        case 'rPh':
          if (into === 'is') inIsT = false;
          break;
        default:
          break;
      }
    },
    close: (t) => {
      switch (local(t.name)) {
        case 'v':
        case 'f':
        case 'is':
          into = undefined;
          break;
        case 't':
          inIsT = false;
          break;
        case 'c':
          finishCell();
          break;
        case 'row':
          if (row && row.v.length > 0) rows.push(row);
          row = undefined;
          break;
        default:
          break;
      }
    },
    text: (text) => {
      if (into === 'v') value = append(value, text);
      else if (into === 'f') formula = append(formula, text);
      else if (into === 'is' && inIsT) inline = append(inline, text);
    },
  });
  out.sheets.push({ name, rows });
}

/** The sheets named in `wanted` (in the workbook's order), bounded by `b`. Throws BudgetExceeded or a parse error. */
export async function streamWorkbook(buffer: Buffer, wanted: readonly string[], b: ImportBudgets): Promise<WireWorkbook> {
  const zip = await openZip(buffer);
  try {
    const entries = await listEntries(zip);
    const count: Counters = { xmlBytes: 0, cells: 0, inlineChars: 0 };
    const { sheets, sharedStrings } = await readSheetList(zip, entries, count, b);
    const want = new Set(wanted);
    const reading = sheets.filter((s) => want.has(s.name) && s.path !== undefined && entries.has(s.path));
    const ssEntry = entries.get(sharedStrings);
    const all = reading.length > 0 && ssEntry ? await readSharedStrings(zip, ssEntry, sharedStrings, count, b) : [];
    const used = new Map<number, number>();
    const out: WireWorkbook = { strings: [], sheets: [], formulas: [] };
    for (const s of reading) {
      const path = s.path as string;
      await readSheet(zip, entries.get(path) as yauzl.Entry, s.name, path, all, used, out, count, b);
    }
    // Only the texts the kept cells refer to cross to the main thread, each once.
    out.strings = new Array<string>(used.size);
    for (const [from, to] of used) out.strings[to] = all[from] ?? '';
    return out;
  } finally {
    zip.close();
  }
}
