/**
 * Worker thread entry (bundled to dist/workers/xlsx-parse.cjs): verifies the zip's
 * real sizes, then lets exceljs parse the workbook, off the main thread and under
 * a heap limit. Replies { ok: true, workbook } or { ok: false, message }.
 */
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { readWorkbookCells } from './read-cells';
import { type ZipLimits, verifyZipSizes } from './zip-check';

interface Request {
  buffer: ArrayBuffer;
  limits: ZipLimits;
}

parentPort?.once('message', (msg: Request) => {
  void (async () => {
    try {
      const buffer = Buffer.from(msg.buffer);
      try {
        await verifyZipSizes(buffer, msg.limits);
      } catch (e) {
        parentPort?.postMessage({ ok: false, message: `the file inside is not what its directory says (${(e as Error).message})` });
        return;
      }
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(msg.buffer);
      parentPort?.postMessage({ ok: true, workbook: readWorkbookCells(wb) });
    } catch (e) {
      parentPort?.postMessage({ ok: false, message: (e as Error).message });
    }
  })();
});
