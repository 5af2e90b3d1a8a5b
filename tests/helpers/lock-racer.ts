/**
 * Child process for the lock race test (bundled by it): on each line "go FILE" it
 * tries to take the write lock of FILE and prints "won FILE" or "lost FILE"; on
 * "release FILE" it lets go of a lock it won.
 */
import { createInterface } from 'node:readline';
import { acquireWriteLock } from '../../electron/services/workspace/write-lock';

const held = new Map<string, () => Promise<void>>();
createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd, file] = line.split(' ', 2) as [string, string];
  void (async () => {
    if (cmd === 'go') {
      const r = await acquireWriteLock(file, `racer ${process.pid}`);
      if (r.acquired) held.set(file, r.release);
      process.stdout.write(`${r.acquired ? 'won' : 'lost'} ${file}\n`);
    } else if (cmd === 'release') {
      await held.get(file)?.();
      held.delete(file);
      process.stdout.write(`released ${file}\n`);
    }
  })();
});
