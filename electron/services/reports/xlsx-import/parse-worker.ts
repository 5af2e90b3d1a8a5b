/**
 * Worker thread entry (bundled to dist/workers/xlsx-parse.cjs): streams the sheets
 * the import reads out of the workbook under the budgets of budgets.ts, off the
 * main thread and under a heap limit. Replies { ok: true, workbook } (the bounded
 * form of wire.ts), { ok: false, refusal } when a budget was exceeded, or
 * { ok: false, message } when the file could not be read.
 */
import { parentPort } from 'node:worker_threads';
import { BudgetExceeded, type ImportBudgets } from './budgets';
import { streamWorkbook } from './stream-workbook';

interface Request {
  buffer: ArrayBuffer;
  sheets: string[];
  budgets: ImportBudgets;
}

parentPort?.once('message', (msg: Request) => {
  void (async () => {
    try {
      const workbook = await streamWorkbook(Buffer.from(msg.buffer), msg.sheets, msg.budgets);
      parentPort?.postMessage({ ok: true, workbook });
    } catch (e) {
      if (e instanceof BudgetExceeded) parentPort?.postMessage({ ok: false, refusal: e.message });
      else parentPort?.postMessage({ ok: false, message: (e as Error).message });
    }
  })();
});
