/** Reads an .xlsx file for import: size and zip checks here, parsing in a worker thread. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findWorkerScript } from '../../workers/find-worker';
import type { ReadWorkbook } from '../../../../shared/reports/import-types';
import { DEFAULT_ZIP_LIMITS, XlsxRefusal, type ZipLimits, checkZipDirectory } from './zip-check';

export interface ReadOptions {
  limits?: Partial<ZipLimits>;
  /** Path of the bundled parse worker (default: dist/workers/xlsx-parse.cjs beside the running bundle). */
  workerScript?: string;
  /** Heap limit of the parse worker. */
  workerHeapMb?: number;
  timeoutMs?: number;
}

function parseInWorker(buffer: Buffer, limits: ZipLimits, o: ReadOptions): Promise<ReadWorkbook> {
  const worker = new Worker(findWorkerScript('xlsx-parse.cjs', o.workerScript ?? process.env.ROPA_XLSX_WORKER), { resourceLimits: { maxOldGenerationSizeMb: o.workerHeapMb ?? 1024 } });
  return new Promise<ReadWorkbook>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('took too long to read (more than a minute)'));
    }, o.timeoutMs ?? 60_000);
    worker.once('message', (m: { ok: true; workbook: ReadWorkbook } | { ok: false; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolvePromise(m.workbook);
      else reject(new Error(m.message));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`ran out of memory or stopped (exit ${code})`));
    });
    const copy = new Uint8Array(buffer).slice().buffer;
    worker.postMessage({ buffer: copy, limits }, [copy]);
  });
}

/** The workbook's cells, or an XlsxRefusal saying why the file cannot be imported. */
export async function readWorkbookFile(file: string, o: ReadOptions = {}): Promise<ReadWorkbook> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...o.limits };
  const name = basename(file);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new XlsxRefusal(`Cannot read "${file}".`);
  }
  if (size > limits.maxFileBytes) {
    throw new XlsxRefusal(`"${name}" is ${Math.round(size / 1024 / 1024)} MB; the limit for an imported workbook is ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB. Nothing was imported.`);
  }
  const buffer = await readFile(file);
  await checkZipDirectory(buffer, file, limits);
  try {
    return await parseInWorker(buffer, limits, o);
  } catch (e) {
    throw new XlsxRefusal(`"${name}" could not be read as an Excel workbook: ${(e as Error).message}. Nothing was imported.`);
  }
}
