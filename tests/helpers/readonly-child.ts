/** Child process for the read-only tests (bundled by them; run as another user): opens, reads, exports. */
import { writeFile } from 'node:fs/promises';
import { Workspace } from '../../electron/services/workspace';

async function main(): Promise<void> {
  const [path, out] = process.argv.slice(2) as [string, string];
  const ws = await Workspace.open(path);
  const info = await ws.info();
  const doc = await ws.exportDocument();
  await writeFile(out, JSON.stringify(doc));
  const save = await ws.saveOrganisation({ id: 'org-new', name: 'New', country: 'DE' }).then(
    () => 'saved',
    (e: unknown) => (e as Error).message,
  );
  await ws.close();
  process.stdout.write(`${JSON.stringify({ readOnly: ws.readOnly, reason: ws.readOnlyReason, activities: info.counts.activities, integrity: info.integrity, save })}\n`);
}

main().catch((e: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: (e as Error).message })}\n`);
});
