/**
 * Team-workspace connections the person has used: host, port, database, login,
 * TLS mode and CA file, newest first, in a JSON file of their own. A password is
 * kept only encrypted by the operating system's keychain (Electron safeStorage);
 * when no encryption is available it is not kept at all, never in plain text.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PoolConfig } from 'pg';
import { writeFileAtomic } from '../files/atomic-write';

export const TLS_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;
export type TlsMode = (typeof TLS_MODES)[number];

export interface ConnectionSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: TlsMode;
  /** The CA certificate (PEM) for verify-ca / verify-full. */
  caFile?: string;
}

export interface SavedConnection extends ConnectionSettings {
  id: string;
  lastUsed: string;
  /** The password encrypted by safeStorage, base64; absent when not remembered. */
  secret?: string;
}

/** What safeStorage offers (Electron's, or a stand-in in tests). */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The URL of a connection, without password: how it is named in lists and the change log's address. */
export function connectionUrl(s: ConnectionSettings): string {
  return `postgres://${encodeURIComponent(s.user)}@${s.host.includes(':') ? `[${s.host}]` : s.host}:${s.port}/${encodeURIComponent(s.database)}`;
}

/** The pool settings for a connection: password and TLS (verify-full also checks the host name against the certificate). */
export async function poolOptions(s: ConnectionSettings, password: string | undefined): Promise<PoolConfig> {
  const ca = s.caFile !== undefined && s.tls !== 'disable' && s.tls !== 'require' ? await readFile(s.caFile, 'utf8') : undefined;
  const ssl =
    s.tls === 'disable'
      ? false
      : s.tls === 'require'
        ? { rejectUnauthorized: false }
        : s.tls === 'verify-ca'
          ? { rejectUnauthorized: true, ...(ca !== undefined ? { ca } : {}), checkServerIdentity: () => undefined }
          : { rejectUnauthorized: true, ...(ca !== undefined ? { ca } : {}) };
  return { ...(password !== undefined ? { password } : {}), ssl };
}

const same = (a: ConnectionSettings, b: ConnectionSettings) => a.host === b.host && a.port === b.port && a.database === b.database && a.user === b.user;

export class ConnectionBook {
  constructor(
    private readonly file: string,
    private readonly box: SecretBox,
  ) {}

  async list(): Promise<SavedConnection[]> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as { connections?: SavedConnection[] };
      return Array.isArray(parsed.connections) ? parsed.connections : [];
    } catch {
      return [];
    }
  }

  /** Keeps the connection at the top of the list; the password only if asked and encryption is available. Returns whether it was kept. */
  async remember(s: ConnectionSettings, password: string | undefined, keepPassword: boolean): Promise<{ saved: SavedConnection; passwordKept: boolean }> {
    const all = await this.list();
    const old = all.find((c) => same(c, s));
    const canEncrypt = this.box.isEncryptionAvailable();
    let secret = old?.secret;
    if (password !== undefined) secret = keepPassword && canEncrypt ? this.box.encryptString(password).toString('base64') : undefined;
    if (!keepPassword) secret = undefined;
    const saved: SavedConnection = {
      id: old?.id ?? randomUUID(),
      host: s.host,
      port: s.port,
      database: s.database,
      user: s.user,
      tls: s.tls,
      ...(s.caFile !== undefined ? { caFile: s.caFile } : {}),
      lastUsed: new Date().toISOString(),
      ...(secret !== undefined ? { secret } : {}),
    };
    const next = [saved, ...all.filter((c) => !same(c, s))].slice(0, 10);
    await writeFileAtomic(this.file, `${JSON.stringify({ connections: next }, null, 2)}\n`);
    return { saved, passwordKept: secret !== undefined };
  }

  /** The remembered password of a connection, decrypted; undefined when none was kept. */
  password(c: SavedConnection): string | undefined {
    if (c.secret === undefined || !this.box.isEncryptionAvailable()) return undefined;
    return this.box.decryptString(Buffer.from(c.secret, 'base64'));
  }

  async find(url: string): Promise<SavedConnection | undefined> {
    return (await this.list()).find((c) => connectionUrl(c) === url);
  }
}
