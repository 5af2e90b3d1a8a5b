/**
 * Worker thread entry (bundled to dist/workers/report-export.cjs): runs one Word or
 * Excel export off the main process's thread. It opens the workspace read-only
 * (SQLite's WAL lets it read while the app keeps its connection), streams the
 * file to its destination atomically and replies with progress, then the result.
 */
import { parentPort } from 'node:worker_threads';
import { Workspace, WorkspaceError } from '../workspace';
import { isServerAddress } from '../pgstore/address';
import { openServerWorkspace } from '../pgstore/connect';
import type { ExportReply, ExportRequest } from './export-request';
import type { ExportResult } from './xlsx/export-xlsx';
import { exportXlsx } from './xlsx/export-xlsx';

const reply = (m: ExportReply) => parentPort?.postMessage(m);

async function run(req: ExportRequest): Promise<ExportResult> {
  const ws = isServerAddress(req.workspace)
    ? await openServerWorkspace(req.workspace, { readOnly: true, ...(req.password !== undefined ? { pool: { password: req.password } } : {}) })
    : await Workspace.open(req.workspace, { readOnly: true, backups: false, actor: req.preparedBy });
  try {
    const onProgress = (done: number, total: number) => reply({ type: 'progress', done, total });
    const common = { scope: req.scope, out: req.out, preparedBy: req.preparedBy, now: new Date(req.now), onProgress, ...(req.since !== undefined ? { since: req.since } : {}), ...(req.lang !== undefined ? { lang: req.lang } : {}) };
    return req.format === 'xlsx'
      ? await exportXlsx(ws, { ...common, ...(req.layout ? { layout: req.layout } : {}), ...(req.columns ? { columns: req.columns } : {}) })
      : // Loaded only for a Word export: an Excel export starts without evaluating `docx`.
        await (await import('./docx/export-docx')).exportDocx(ws, { ...common, ...(req.authorityCopy === true ? { authorityCopy: true } : {}) });
  } finally {
    // Closed before the reply: the thread then ends on its own. Terminating it while
    // SQLite's close was still pending would bring down the whole process.
    await ws.close();
  }
}

parentPort?.once('message', (req: ExportRequest) => {
  run(req)
    .then((result) => reply({ type: 'done', result }))
    .catch((e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      reply({
        type: 'error',
        error: { name: err.name, message: err.message, ...(err instanceof WorkspaceError ? { code: err.code, details: [...err.details] } : {}) },
      });
    })
    .finally(() => parentPort?.close());
});
