/** Reads an .xlsx file for import: size and zip checks here, streaming under budgets in a worker thread. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findWorkerScript } from '../../workers/find-worker';
import type { ReadWorkbook } from '../../../../shared/reports/import-types';
import { inventorySheet, vendorsSheet } from '../../../../shared/reports/detail-columns';
import { controllerSheet, processorSheet } from '../../../../shared/reports/register-columns';
import { ABOUT_SHEET } from '../../../../shared/reports/workbook';
import { reportCatalogue } from '../../../../shared/reports/i18n';
import { checkReadable } from '../../files/check-readable';
import { DEFAULT_IMPORT_BUDGETS, type ImportBudgets } from './budgets';
import { type WireWorkbook, decodeWorkbook } from './wire';
import { DEFAULT_ZIP_LIMITS, XlsxRefusal, type ZipLimits, checkZipDirectory } from './zip-check';

export interface ReadOptions {
  limits?: Partial<ZipLimits>;
  budgets?: Partial<ImportBudgets>;
  /** Path of the bundled parse worker (default: dist/workers/xlsx-parse.cjs beside the running bundle). */
  workerScript?: string;
  /** Heap limit of the parse worker. */
  workerHeapMb?: number;
  timeoutMs?: number;
}

/**
 * The only sheets an import reads; every other sheet of the register is for reading by people.
 * The vendors sheet is read only to report edits in it as ignored (vendors are edited in the app).
 */
export const IMPORTED_SHEETS = [
  ABOUT_SHEET,
  controllerSheet.name,
  processorSheet.name,
  inventorySheet.name,
  vendorsSheet.name,
  // the same sheets of a native register in German or French (issue 13)
  ...(['de', 'fr'] as const).flatMap((lang) => (['about', 'controller', 'processor', 'inventory', 'vendors'] as const).map((k) => reportCatalogue(lang).sheets[k])),
];

type Reply = { ok: true; workbook: WireWorkbook } | { ok: false; refusal: string } | { ok: false; message: string };

class Refused extends Error {}

function parseInWorker(buffer: Buffer, budgets: ImportBudgets, o: ReadOptions): Promise<WireWorkbook> {
  const worker = new Worker(findWorkerScript('xlsx-parse.cjs', o.workerScript ?? process.env.ROPA_XLSX_WORKER), {
    resourceLimits: { maxOldGenerationSizeMb: o.workerHeapMb ?? 512 },
  });
  return new Promise<WireWorkbook>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('took too long to read (more than a minute)'));
    }, o.timeoutMs ?? 60_000);
    worker.once('message', (m: Reply) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolvePromise(m.workbook);
      else if ('refusal' in m) reject(new Refused(m.refusal));
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
    worker.postMessage({ buffer: copy, sheets: IMPORTED_SHEETS, budgets }, [copy]);
  });
}

/** The workbook's cells, or an XlsxRefusal saying why the file cannot be imported. */
export async function readWorkbookFile(file: string, o: ReadOptions = {}): Promise<ReadWorkbook> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...o.limits };
  const budgets = { ...DEFAULT_IMPORT_BUDGETS, ...o.budgets };
  const name = basename(file);
  const checked = await checkReadable(file, 'workbook');
  if (!checked.ok) throw new XlsxRefusal(`${checked.message} Nothing was imported.`);
  if (checked.size > limits.maxFileBytes) {
    throw new XlsxRefusal(`"${name}" is ${Math.round(checked.size / 1024 / 1024)} MB; the limit for an imported workbook is ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB. Nothing was imported.`);
  }
  const buffer = await readFile(checked.path);
  if (buffer.length > limits.maxFileBytes) throw new XlsxRefusal(`"${name}" grew while it was read; nothing was imported.`);
  await checkZipDirectory(buffer, file, limits);
  try {
    return decodeWorkbook(await parseInWorker(buffer, budgets, o));
  } catch (e) {
    if (e instanceof Refused) throw new XlsxRefusal(`"${name}" was refused: ${e.message}. Nothing was imported.`);
    throw new XlsxRefusal(`"${name}" could not be read as an Excel workbook: ${(e as Error).message}. Nothing was imported.`);
  }
}
