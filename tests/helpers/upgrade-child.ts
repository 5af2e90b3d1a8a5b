/**
 * Child process for the upgrade-crash tests (bundled by them). "open": opens the
 * workspace (upgrading it) and stays open until killed. "newer": commits a schema
 * version from the future into the write-ahead log with plain SQLite and stays
 * open, so the commit is in the log and not in the main file when it is killed.
 */
import sqlite3 from 'sqlite3';
import { Workspace } from '../../electron/services/workspace';

async function main(): Promise<void> {
  const [path, mode] = process.argv.slice(2) as [string, 'open' | 'newer'];
  if (mode === 'open') {
    await Workspace.open(path, { actor: 'upgrader', backups: { keep: 2 } });
  } else {
    const db = new sqlite3.Database(path);
    await new Promise<void>((resolve, reject) =>
      db.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; BEGIN; CREATE TABLE from_the_future (x TEXT) STRICT; PRAGMA user_version = 99; COMMIT;', (e) => (e ? reject(e) : resolve())),
    );
  }
  process.stdout.write('ready\n');
  setInterval(() => undefined, 1000);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(3);
});
