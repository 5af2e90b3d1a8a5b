/** Helpers for the report tests: unzip parts, LibreOffice conversion, building the import worker. */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as zlib from 'node:zlib';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

export function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((res, rej) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return rej(err ?? new Error('no zip'));
      const parts = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return rej(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.set(entry.fileName.replace(/^\//, ''), Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => res(parts));
      zip.on('error', rej);
      zip.readEntry();
    });
  });
}

/** Text of a WordprocessingML part: the w:t runs, paragraphs on their own lines. */
export function wordText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice headless → PDF → text (pdftotext). */
export function convertToPdfText(file: string, outDir: string): string {
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = join(outDir, file.replace(/^.*\//, '').replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

export const WORKER_SCRIPT = resolve('dist/workers/xlsx-parse.cjs');
export const EXPORT_WORKER_SCRIPT = resolve('dist/workers/report-export.cjs');

/** Bundles a worker thread the way `npm run build` does (only the native sqlite3 outside). */
async function buildWorker(entry: string, outfile: string): Promise<void> {
  // Built beside and renamed into place: test files running in parallel never load a half-written bundle.
  const tmp = `${outfile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await build({ entryPoints: [entry], outfile: tmp, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['sqlite3'], logLevel: 'error' });
  renameSync(tmp, outfile);
}

/** The import's parse worker, so that the tests do not depend on an earlier build. */
export const buildParseWorker = () => buildWorker('electron/services/reports/xlsx-import/parse-worker.ts', WORKER_SCRIPT);

/** The export worker (Word and Excel exports from the app). */
export const buildExportWorker = () => buildWorker('electron/services/reports/export-worker.ts', EXPORT_WORKER_SCRIPT);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** zlib.crc32 where Node has it (20.15+): the JS loop takes seconds on the larger hostile files. */
const zlibCrc32 = (zlib as { crc32?: (d: Buffer) => number }).crc32;
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip built by hand (deflate), optionally declaring a false uncompressed size: for hostile-input tests. */
export function makeZip(entries: { name: string; data: Buffer; declaredSize?: number }[], o: { level?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data, { level: o.level ?? 9 });
    const size = e.declaredSize ?? e.data.length;
    const crc = zlibCrc32 ? zlibCrc32(e.data) : crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Loads a workbook with exceljs (as Excel or LibreOffice would open it). */
export async function loadXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(buffer).slice().buffer);
  return wb;
}
