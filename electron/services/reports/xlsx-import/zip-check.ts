/**
 * Defences before any spreadsheet parser sees a file: a size limit, then a look at
 * the zip's central directory (entry count, total uncompressed size, compression
 * ratio) with yauzl, which reads the directory without inflating anything. The
 * parse worker later inflates each entry with yauzl's size validation, so a
 * directory that lies about sizes is caught as well.
 */
import { basename } from 'node:path';
import yauzl from 'yauzl';
import type { ImportProblem } from '../../../../shared/reports/import-types';

export interface ZipLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxTotalUncompressed: number;
  /** Uncompressed / compressed, for entries larger than 1 MB uncompressed. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalUncompressed: 600 * 1024 * 1024,
  maxRatio: 300,
};

export class XlsxRefusal extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
    /** The cells that are wrong, when that is why (the preview lists them). */
    readonly problems: readonly ImportProblem[] = [],
  ) {
    super(message);
    this.name = 'XlsxRefusal';
  }
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export interface ZipSummary {
  entries: number;
  totalUncompressed: number;
  names: string[];
}

function fromBuffer(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip)));
  });
}

/** Reads the central directory only; refuses bombs and files that are not zips. */
export async function checkZipDirectory(buffer: Buffer, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipSummary> {
  const name = basename(file);
  if (buffer.length > limits.maxFileBytes) {
    throw new XlsxRefusal(`"${name}" is ${mb(buffer.length)}; the limit for an imported workbook is ${mb(limits.maxFileBytes)}. Nothing was imported.`);
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await fromBuffer(buffer);
  } catch (e) {
    throw new XlsxRefusal(`"${name}" is not an Excel workbook (.xlsx), or the file is damaged or incomplete (${(e as Error).message}). Nothing was imported.`);
  }
  const summary: ZipSummary = { entries: 0, totalUncompressed: 0, names: [] };
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      summary.entries++;
      summary.totalUncompressed += entry.uncompressedSize;
      summary.names.push(entry.fileName);
      const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 1;
      if (summary.entries > limits.maxEntries) {
        reject(new XlsxRefusal(`"${name}" holds more than ${limits.maxEntries} files inside; a workbook never does. Nothing was imported.`));
      } else if (summary.totalUncompressed > limits.maxTotalUncompressed) {
        reject(new XlsxRefusal(`"${name}" would expand to more than ${mb(limits.maxTotalUncompressed)} when opened (a "zip bomb" or a far too large workbook). Nothing was imported.`));
      } else if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
        reject(new XlsxRefusal(`"${name}" contains "${entry.fileName}", compressed ${Math.round(ratio)} to 1, far beyond any real spreadsheet (a "zip bomb"). Nothing was imported.`));
      } else {
        zip.readEntry();
      }
    });
    zip.on('end', () => resolve());
    zip.on('error', (e: Error) => reject(new XlsxRefusal(`"${name}" is damaged (${e.message}). Nothing was imported.`)));
    zip.readEntry();
  }).finally(() => zip.close());
  if (!summary.names.includes('[Content_Types].xml') || !summary.names.some((n) => n === 'xl/workbook.xml')) {
    throw new XlsxRefusal(`"${name}" is a zip file but not an Excel workbook (.xlsx). Nothing was imported.`);
  }
  return summary;
}

/** Inflates every entry with yauzl's size validation: catches a directory that understates sizes. */
export async function verifyZipSizes(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const zip = await fromBuffer(buffer);
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err ?? new Error('cannot read an entry'));
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > limits.maxTotalUncompressed) stream.destroy(new Error('expands beyond the limit'));
        });
        stream.on('error', reject);
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  }).finally(() => zip.close());
}
