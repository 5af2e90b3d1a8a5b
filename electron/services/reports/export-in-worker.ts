/**
 * Runs a Word or Excel export in a worker thread, so that the main process keeps
 * answering the window while a 10,000-activity register is written (the bench
 * measures the longest stall of the main thread during an export).
 */
import { Worker } from 'node:worker_threads';
import { ColumnPickError } from '../../../shared/reports/workbook';
import { WorkspaceError, type WorkspaceErrorCode } from '../workspace';
import { findWorkerScript } from '../workers/find-worker';
import type { ExportReply, ExportRequest, WorkerError } from './export-request';
import type { ExportResult } from './xlsx/export-xlsx';

export const EXPORT_WORKER = 'report-export.cjs';

function revive(e: WorkerError): Error {
  if (e.name === 'WorkspaceError' && e.code !== undefined) return new WorkspaceError(e.code as WorkspaceErrorCode, e.message, e.details ?? []);
  if (e.name === 'ColumnPickError') return new ColumnPickError(e.message);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

export function exportInWorker(req: ExportRequest, onProgress?: (done: number, total: number) => void, workerScript?: string): Promise<ExportResult> {
  const worker = new Worker(findWorkerScript(EXPORT_WORKER, workerScript));
  return new Promise<ExportResult>((resolve, reject) => {
    // The worker ends by itself once it has replied (it closes the workspace first);
    // it is never terminated from here, which could cut SQLite off mid-close.
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    worker.on('message', (m: ExportReply) => {
      if (m.type === 'progress') onProgress?.(m.done, m.total);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else settle(() => reject(revive(m.error)));
    });
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(new Error(`The export stopped before it finished (exit ${code}); no file was written.`))));
    worker.postMessage(req);
  });
}
