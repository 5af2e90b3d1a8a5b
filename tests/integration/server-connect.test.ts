/**
 * Connecting from the app (the server:* channels): a password is kept only
 * encrypted by safeStorage (mocked here: there is no Electron binary), never in
 * plain text; a recent connection reconnects with it; the state says who is
 * connected where.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { safeStorage } from 'electron';
import type { IpcResult, ServerConnectionView, WorkspaceState } from '../../shared/ipc';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { ConnectionBook } from '../../electron/services/app/connections';
import { grantAccess, initServer } from '../../electron/services/pgstore/server-admin';
import { createDatabase, createLogin } from '../helpers/postgres';

const encryption = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => encryption.available,
    // A stand-in keychain: reversible, and never the plain text.
    encryptString: (s: string) => Buffer.from(`v10${Buffer.from(s).toString('hex').split('').reverse().join('')}`),
    decryptString: (b: Buffer) => Buffer.from(b.toString().slice(3).split('').reverse().join(''), 'hex').toString(),
  },
}));

const PASSWORD = 'correct horse battery staple';
let dir: string;
let port: number;
const sessions: AppSession[] = [];

function window(book: ConnectionBook) {
  const session = new AppSession(memoryPreferences(), { backups: false });
  sessions.push(session);
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined },
    info: { version: 'test', platform: 'linux' },
    openExternal: async () => undefined,
    connections: book,
  });
  return { session, handlers };
}

beforeAll(async () => {
  const server = inject('postgres');
  port = server.port;
  dir = await mkdtemp(join(tmpdir(), 'ropa-connect-'));
  const url = await createDatabase(server, 'server_connect');
  await initServer(url, { name: 'Privacy team' });
  await createLogin(server, 'pw_alice', PASSWORD);
  await grantAccess(url, { user: 'pw_alice', role: 'editor' });
});
afterAll(async () => {
  for (const s of sessions) await s.close();
  await rm(dir, { recursive: true, force: true });
});

const request = (password: string | undefined, rememberPassword: boolean) => ({
  host: '127.0.0.1',
  port,
  database: 'server_connect',
  user: 'pw_alice',
  tls: 'disable' as const,
  ...(password !== undefined ? { password } : {}),
  rememberPassword,
});

describe('File ▸ Connect to team workspace', () => {
  it('connects with a password, keeps it only encrypted, and reconnects from the recent list', async () => {
    const file = join(dir, 'connections.json');
    const book = new ConnectionBook(file, safeStorage);
    const first = window(book);
    const wrong = await dispatch(first.handlers, 'server:connect', request('wrong', true));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'server_refused', message: expect.stringMatching(/^The server 127\.0\.0\.1:\d+\/server_connect refused the login/) as unknown } });
    const ok = (await dispatch(first.handlers, 'server:connect', request(PASSWORD, true))) as IpcResult<WorkspaceState>;
    expect(ok).toMatchObject({ ok: true, value: { name: `127.0.0.1:${port}/server_connect`, connectedAs: `pw_alice (editor) on 127.0.0.1:${port}/server_connect`, readOnly: false } });
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(PASSWORD);
    expect(onDisk).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(onDisk).toContain('"secret"');
    // The recent list names the server, never the password; a second window reconnects with the kept one.
    const second = window(book);
    const list = (await dispatch(second.handlers, 'server:connections', {})) as IpcResult<ServerConnectionView[]>;
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value).toEqual([expect.objectContaining({ host: '127.0.0.1', port, database: 'server_connect', user: 'pw_alice', tls: 'disable', passwordKept: true })]);
    expect(JSON.stringify(list.value)).not.toMatch(/secret|horse/);
    const again = await dispatch(second.handlers, 'server:connect', { connectionId: list.value[0]?.id ?? '' });
    expect(again).toMatchObject({ ok: true, value: { connectedAs: expect.stringContaining('pw_alice') as unknown } });
  });

  it('without encryption available, the password is not kept at all', async () => {
    encryption.available = false;
    try {
      const file = join(dir, 'plain.json');
      const w = window(new ConnectionBook(file, safeStorage));
      expect((await dispatch(w.handlers, 'server:connect', request(PASSWORD, true))).ok).toBe(true);
      const onDisk = await readFile(file, 'utf8');
      expect(onDisk).not.toContain(PASSWORD);
      expect(onDisk).not.toContain('secret');
      const [saved] = (await new ConnectionBook(file, safeStorage).list());
      expect(saved).toMatchObject({ user: 'pw_alice', database: 'server_connect' });
    } finally {
      encryption.available = true;
    }
  });
});
