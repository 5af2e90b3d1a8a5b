// The main process without Electron, on a team workspace: a private PostgreSQL
// cluster with the sample, an auditor and a consultant, and a session whose
// connections are remembered through a stand-in keychain.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { createHandlers } from '../../electron/ipc/handlers';
import { ConnectionBook } from '../../electron/services/app/connections';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { grantAccess, initServer } from '../../electron/services/pgstore/server-admin';
import { buildSampleDocument, ROOMIFY_ORG_ID } from '../../shared/sample';
import { createDatabase, createLogin, removeCluster, startCluster } from '../helpers/postgres';
import type { AppHarness } from './harness';

export async function startServerApp(): Promise<AppHarness & { url: (login: string) => string; port: number }> {
  const cluster = await startCluster();
  const admin = await createDatabase(cluster, 'team');
  await initServer(admin, { name: 'Privacy team' });
  const ws = await openServerWorkspace(admin);
  await ws.importDocument(buildSampleDocument());
  await ws.close();
  for (const login of ['consultant', 'auditor']) await createLogin(cluster, login);
  await grantAccess(admin, { user: 'consultant', role: 'editor', organisation: ROOMIFY_ORG_ID });
  await grantAccess(admin, { user: 'auditor', role: 'auditor' });
  const dir = await mkdtemp(join(tmpdir(), 'ropa-e2e-server-'));
  const session = new AppSession(memoryPreferences({ displayName: 'E2E Tester' }), { backups: false });
  const box = { isEncryptionAvailable: () => true, encryptString: (s: string) => Buffer.from(s).reverse(), decryptString: (b: Buffer) => Buffer.from(b).reverse().toString() };
  const dialogAnswers: string[] = [];
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => dialogAnswers.shift(), chooseOpenPath: async () => dialogAnswers.shift() },
    info: { version: 'e2e', platform: process.platform },
    openExternal: async () => undefined,
    connections: new ConnectionBook(join(dir, 'connections.json'), box),
  });
  return {
    dir,
    session,
    handlers,
    dialogAnswers,
    port: cluster.port,
    url: (login) => cluster.url('team', login),
    close: async () => {
      await session.close();
      removeCluster(cluster);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export { openServerWorkspace };
