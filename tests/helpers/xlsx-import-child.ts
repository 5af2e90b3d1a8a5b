/**
 * Child process for the import budget test (bundled by it): opens the workspace,
 * notes its resident memory at rest, previews the import of one workbook and
 * prints what happened with the time taken and the peak resident memory of the
 * whole process (the parse worker thread included).
 */
import { previewXlsxImport } from '../../electron/services/reports/xlsx-import/import-xlsx';
import { Workspace } from '../../electron/services/workspace';

async function main(): Promise<void> {
  const [wsPath, file] = process.argv.slice(2) as [string, string];
  const ws = await Workspace.open(wsPath, { readOnly: true });
  await ws.exportDocument({ baselines: false });
  const idle = process.memoryUsage().rss;
  const t0 = performance.now();
  let outcome: string;
  try {
    const plan = await previewXlsxImport(ws, file);
    outcome = `imported: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed`;
  } catch (e) {
    outcome = `refused: ${(e as Error).message} ${((e as { details?: string[] }).details ?? []).slice(0, 3).join(' | ')}`;
  }
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  await ws.close();
  process.stdout.write(`${JSON.stringify({ outcome, ms, idle, peak })}\n`);
}

void main();
