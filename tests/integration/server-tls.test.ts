/**
 * TLS modes against a private PostgreSQL with a certificate of our own CA
 * (openssl), on 127.0.0.1 only: verify-ca checks the chain and nothing else, so
 * a server certificate made out to another host name is accepted; verify-full
 * also checks the name, so the same certificate is refused, and one made out to
 * 127.0.0.1 is accepted. A certificate from another CA is refused by both.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectionSettings, poolOptions } from '../../electron/services/app/connections';
import { newPool, openServerWorkspace } from '../../electron/services/pgstore/connect';
import { type Cluster, giveToPostgres, removeCluster, startCluster } from '../helpers/postgres';

let certs: string;
let cluster: Cluster;
const ssl = (args: string[]) => execFileSync('openssl', args, { cwd: certs, stdio: 'pipe' });

/** A CA, and a server certificate it signs for `san` ("DNS:…" or "IP:…"). */
function makeCa(name: string): void {
  ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '2', '-subj', `/CN=${name}`]);
}
function makeServerCert(ca: string, out: string, san: string): void {
  writeFileSync(join(certs, `${out}.ext`), `subjectAltName=${san}\n`);
  ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${out}.key`, '-out', `${out}.csr`, '-subj', `/CN=${san.replace(/^\w+:/, '')}`]);
  ssl(['x509', '-req', '-in', `${out}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${out}.crt`, '-days', '2', '-extfile', `${out}.ext`]);
}
/** Puts a server certificate in place and has the server reload it. */
async function serve(out: string): Promise<void> {
  for (const ext of ['crt', 'key']) {
    const target = join(cluster.dir, 'data', `server.${ext}`);
    copyFileSync(join(certs, `${out}.${ext}`), target);
    chmodSync(target, 0o600);
    giveToPostgres(target);
  }
  const pool = newPool(cluster.url('postgres'), { max: 1 });
  await pool.query('SELECT pg_reload_conf()');
  await pool.end();
  await new Promise((r) => setTimeout(r, 300));
}

async function tryConnect(tls: ConnectionSettings['tls'], ca: string): Promise<string> {
  const settings: ConnectionSettings = { host: '127.0.0.1', port: cluster.port, database: 'postgres', user: 'postgres', tls, caFile: join(certs, `${ca}.crt`) };
  const pool = newPool(cluster.url('postgres'), { max: 1, ...(await poolOptions(settings, undefined)) });
  try {
    const r = await pool.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    return r.rows[0]?.ssl === true ? 'connected over TLS' : 'connected without TLS';
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

beforeAll(async () => {
  certs = mkdtempSync(join(tmpdir(), 'ropa-tls-'));
  makeCa('ca');
  makeCa('other-ca');
  makeServerCert('ca', 'elsewhere', 'DNS:db.elsewhere.example');
  makeServerCert('ca', 'loopback', 'IP:127.0.0.1');
  makeServerCert('other-ca', 'stranger', 'IP:127.0.0.1');
  cluster = await startCluster({
    serverOptions: '-c ssl=on',
    beforeStart: (data) => {
      for (const ext of ['crt', 'key']) {
        const target = join(data, `server.${ext}`);
        copyFileSync(join(certs, `elsewhere.${ext}`), target);
        chmodSync(target, 0o600);
        giveToPostgres(target);
      }
    },
  });
}, 60_000);
afterAll(() => {
  if (cluster !== undefined) removeCluster(cluster);
  rmSync(certs, { recursive: true, force: true });
});

describe('TLS modes', () => {
  it('verify-ca accepts a certificate of the trusted CA made out to another host; verify-full refuses it for the name', async () => {
    await serve('elsewhere');
    expect(await tryConnect('verify-ca', 'ca')).toBe('connected over TLS');
    expect(await tryConnect('verify-full', 'ca')).toMatch(/^refused: .*(IP: 127\.0\.0\.1 is not in the cert's list|Hostname\/IP does not match)/);
    expect(await tryConnect('require', 'ca')).toBe('connected over TLS');
    // What the person reads when opening the workspace that way.
    const settings: ConnectionSettings = { host: '127.0.0.1', port: cluster.port, database: 'postgres', user: 'postgres', tls: 'verify-full', caFile: join(certs, 'ca.crt') };
    await expect(openServerWorkspace(cluster.url('postgres'), { pool: await poolOptions(settings, undefined) })).rejects.toThrow(
      /^The server 127\.0\.0\.1:\d+\/postgres presented a certificate made out to another name, so RoPA Desk did not connect \(verify-full checks/,
    );
  });

  it('verify-full accepts a certificate of the trusted CA made out to the address connected to', async () => {
    await serve('loopback');
    expect(await tryConnect('verify-full', 'ca')).toBe('connected over TLS');
    expect(await tryConnect('verify-ca', 'ca')).toBe('connected over TLS');
  });

  it('both refuse a certificate from another CA', async () => {
    await serve('stranger');
    expect(await tryConnect('verify-ca', 'ca')).toMatch(/^refused: .*(self.signed|unable to verify|unable to get local issuer)/i);
    expect(await tryConnect('verify-full', 'ca')).toMatch(/^refused: .*(self.signed|unable to verify|unable to get local issuer)/i);
    const settings: ConnectionSettings = { host: '127.0.0.1', port: cluster.port, database: 'postgres', user: 'postgres', tls: 'verify-ca', caFile: join(certs, 'ca.crt') };
    await expect(openServerWorkspace(cluster.url('postgres'), { pool: await poolOptions(settings, undefined) })).rejects.toThrow(/presented a certificate that the CA file you chose did not sign/);
  });
});
