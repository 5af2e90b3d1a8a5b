import { constants } from 'node:fs';
import { access, realpath, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname } from 'node:path';
import type { Organisation, ProcessingActivity, Product, Vendor } from '../../../shared/model';
import type { ActivitySummary } from '../../../shared/ipc';
import { type Taxonomies, type WorkspaceDocument, defaultTaxonomies, formatProblem, parseWorkspaceDocument } from '../../../shared/interchange';
import { fillRecordJson } from './activity-store';
import { type BackupOptions, listBackups, rollingBackup } from './backups';
import { type ChangeEntry, type ChangeQuery, logChange } from './change-log';
import { writeTaxonomies } from './document-io';
import { readDocumentText } from './document-text';
import { WorkspaceError } from './errors';
import { APPLICATION_ID, inspectWorkspaceFile, newerVersion } from './file-check';
import { SCHEMA_VERSION, migrate } from './migrate';
import * as records from './records';
import { Connection } from './sqlite';
import { SqliteStore } from './sqlite-store';
import type { Engine, ReadDocumentOptions, Store, StoreReader, StoreWriter } from '../store/store';
import { type LockOwner, acquireWriteLock } from './write-lock';
import { type CopyReport, copyWorkspace } from '../store/workspace-copy';

export interface OpenOptions {
  /** Display name recorded in the change log. */
  actor?: string;
  /** Open for reading only, even when no one else has it open. */
  readOnly?: boolean;
  /** Rolling backups on open (default: keep 5 beside the file); false for none. */
  backups?: BackupOptions | false;
  /** Clock, for tests. */
  now?: () => Date;
  /** Take over a write lock whose owner cannot be verified (the user chose "Open anyway"). */
  takeOverLock?: boolean;
  /** Internal: why the file is opened read-only when `readOnly` is set by the open itself (a damaged file). */
  readOnlyBecause?: string;
  /**
   * Run SQLite's quick check (and the open-time backup) after the open returns, on a
   * connection of its own, instead of before: reads start at once, every write waits
   * for the check, and a file that fails it is never written (`verified` says why;
   * the app then reopens it read-only with the offer to restore). An upgrade is
   * still checked first. The app's choice; the CLI checks before it opens.
   */
  deferCheck?: boolean;
  /** Internal: the open is one the app marked damaged (state `damaged`, restore offered). */
  damaged?: boolean;
}

/** What the quick check found once it ran: ok, or the reason a damaged file is read-only, in words. */
export type Verification = { ok: true } | { ok: false; reason: string };

/** Why this process may not write the file or its folder (WAL, lock and backups live beside it), in words; undefined when it may. */
async function writeDenied(path: string): Promise<{ folder: boolean; message: string } | undefined> {
  const name = basename(path);
  if (!(await access(path, constants.W_OK).then(() => true, () => false))) {
    return { folder: false, message: `Opened read-only: you do not have permission to change "${name}" (the file is read-only). You can read and export it; to edit it, make it writable or save a copy.` };
  }
  if (!(await access(dirname(path), constants.W_OK).then(() => true, () => false))) {
    return { folder: true, message: `Opened read-only: its folder "${dirname(path)}" cannot be written, and RoPA Desk keeps its lock, journal and backups beside the file. You can read and export it; to edit it, save a copy elsewhere.` };
  }
  return undefined;
}

/** "ok", or what SQLite's quick check found (the first lines). */
async function quickCheck(conn: Connection): Promise<string[]> {
  try {
    return (await conn.exclusive((r) => r.all<{ quick_check: string }>('PRAGMA quick_check(5)'))).map((x) => x.quick_check);
  } catch {
    return ['unreadable'];
  }
}

/** Why a file failing the check is opened read-only, in words, naming the newest good backup. */
async function damagedReason(path: string, check: string[], backups: BackupOptions): Promise<string> {
  const good = await newestGoodBackup(path, backups);
  const restore = good ? ` The newest backup that passes the check is "${good}": choose "Restore a backup" to put it in place (the damaged file is kept aside).` : ' No backup that passes the check was found beside it.';
  return `Opened read-only: "${basename(path)}" is damaged (SQLite's check of the file found ${check.length === 1 && check[0] === 'unreadable' ? 'parts it cannot read' : 'problems'}), so it is not changed in any way.${restore}`;
}

/** The newest backup that passes the quick check, if any. */
async function newestGoodBackup(path: string, backups: BackupOptions): Promise<string | undefined> {
  for (const b of (await listBackups(path, backups)).reverse()) {
    const c = await Connection.open(b, { readOnly: true, create: false, immutable: true }).catch(() => undefined);
    if (!c) continue;
    const ok = (await quickCheck(c)).join() === 'ok';
    await c.close().catch(() => undefined);
    if (ok) return b;
  }
  return undefined;
}

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  readOnly: boolean;
  counts: Record<'organisations' | 'products' | 'activities' | 'vendors' | 'purposes' | 'dataCategories' | 'recipients' | 'transfers' | 'changes', number>;
  integrity: string[];
  foreignKeyProblems: number;
}

export const DEFAULT_BACKUPS: BackupOptions = { keep: 5 };

async function configure(conn: Connection, writable: boolean): Promise<void> {
  await conn.exclusive(async (w) => {
    await w.exec('PRAGMA foreign_keys = ON');
    if (writable) {
      await w.exec('PRAGMA journal_mode = WAL');
      await w.exec('PRAGMA synchronous = FULL');
    }
  });
}

/**
 * Builds the records' JSON that a migration left out or a trigger cleared (see
 * migration 4), so that reads take the fast path again.
 */
async function fillMissingRecordJson(conn: Connection): Promise<void> {
  const missing = await conn.read((r) => r.get('SELECT 1 FROM activities WHERE record_json IS NULL LIMIT 1'));
  if (missing) await conn.transaction((w) => fillRecordJson(w));
}

/** How a workspace on another store (a server) is attached: what the Workspace facade needs to know. */
export interface AttachOptions {
  /** Where it lives, for people (a file path, or a server address without password). */
  address: string;
  readOnly: boolean;
  readOnlyReason?: string;
  actor: string;
  now?: () => Date;
  /** Who is connected, in words ("alice on db.example.com/ropa"), for title and status bar. */
  connectedAs?: string;
  onClose?: () => Promise<void>;
}

export class Workspace {
  private constructor(
    /** The file path, or the server address (without password). */
    readonly path: string,
    private readonly store: Store,
    readonly readOnly: boolean,
    /** Why the workspace is read-only, in words for the user. */
    readonly readOnlyReason: string | undefined,
    private readonly release: () => Promise<void>,
    private actorName: string,
    private readonly clock: () => Date,
    /** Path of the backup taken when this workspace was opened, if any. */
    readonly backupPath: string | undefined,
    /** For a server workspace: who is connected where. */
    readonly connectedAs?: string,
  ) {}

  /** A workspace over a store opened elsewhere (pgstore/ for a server). */
  static attach(store: Store, o: AttachOptions): Workspace {
    return new Workspace(o.address, store, o.readOnly, o.readOnlyReason, o.onClose ?? (async () => undefined), o.actor, o.now ?? (() => new Date()), undefined, o.connectedAs);
  }

  /** Read-only because of a lock whose owner cannot be verified: the app offers "Open anyway" (takeOverLock). */
  lockUnverified = false;

  /** Read-only because the file failed SQLite's quick check: the app offers to restore a backup. */
  damaged = false;

  /** A deferred check (`deferCheck`): settles once the file is checked (and backed up); writes wait for it. */
  verified: Promise<Verification> | undefined;

  /** The backup a deferred check took once the file passed. */
  deferredBackupPath: string | undefined;

  /** Creates a new, empty workspace file with the default taxonomies. Refuses to overwrite. */
  static async create(path: string, options: OpenOptions & { name?: string } = {}): Promise<Workspace> {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (exists) throw new WorkspaceError('exists', `"${path}" already exists. Choose another file name; nothing was changed.`);
    const conn = await Connection.open(path, { readOnly: false, create: true });
    const actor = options.actor ?? 'RoPA Desk';
    const now = (options.now ?? (() => new Date()))();
    try {
      await configure(conn, true);
      await migrate(conn, 0);
      await conn.transaction(async (w) => {
        await w.run("INSERT INTO meta (key, value) VALUES ('name', ?), ('created_at', ?)", [
          options.name ?? basename(path).replace(/\.ropa$/i, ''),
          now.toISOString(),
        ]);
        await writeTaxonomies(w, defaultTaxonomies());
        await logChange(w, now, actor, { entityType: 'workspace', entityId: 'workspace', action: 'create', summary: 'Created the workspace' });
      });
    } finally {
      await conn.close();
    }
    return Workspace.open(path, { ...options, backups: false });
  }

  /**
   * Opens a workspace. Anything that is not one is refused before SQLite touches it;
   * a workspace open for writing elsewhere is opened read-only, with the reason.
   */
  static async open(given: string, options: OpenOptions = {}): Promise<Workspace> {
    // Resolved before anything else (links, relative parts), so that one file has one lock whatever path names it.
    const path = await realpath(given).catch(() => given);
    await inspectWorkspaceFile(path, SCHEMA_VERSION);
    const actor = options.actor ?? 'RoPA Desk';
    const clock = options.now ?? (() => new Date());
    let readOnly = options.readOnly === true;
    let reason = readOnly ? (options.readOnlyBecause ?? 'Opened read-only on request.') : undefined;
    let release = async (): Promise<void> => undefined;
    let unverified = false;
    const denied = await writeDenied(path);
    if (!readOnly && denied) {
      readOnly = true;
      reason = denied.message;
    }
    if (!readOnly) {
      const lock = await acquireWriteLock(path, actor, { force: options.takeOverLock === true });
      if (lock.acquired) release = lock.release;
      else {
        readOnly = true;
        unverified = lock.unverified;
        reason = lock.unverified ? describeUnverifiedOwner(lock.owner) : describeOwner(lock.owner);
      }
    }
    let conn: Connection | undefined;
    try {
      // In a folder this process cannot write, SQLite cannot make the WAL index beside the file: read it as it is.
      const folderWritable = await access(dirname(path), constants.W_OK).then(() => true, () => false);
      conn = await Connection.open(path, { readOnly, create: false, immutable: readOnly && !folderWritable });
      // The version and id as SQLite sees them, write-ahead log included: the header (checked above
      // before SQLite touched the file) lags behind an upgrade or a newer version's commit that is
      // still in the log after a crash.
      const ids = await conn.exclusive((r) => r.get<{ application_id: number; user_version: number }>('SELECT * FROM pragma_application_id, pragma_user_version'));
      if (ids?.application_id !== APPLICATION_ID) throw new WorkspaceError('foreign_sqlite', `"${basename(path)}" is not a RoPA Desk workspace.`);
      const version = ids.user_version;
      if (version > SCHEMA_VERSION) throw newerVersion(basename(path), version, SCHEMA_VERSION);
      if (readOnly && version < SCHEMA_VERSION) {
        throw new WorkspaceError(
          'read_only',
          `"${basename(path)}" needs to be upgraded to this version of RoPA Desk, which cannot be done while it is read-only. ${reason ?? ''}`.trim(),
        );
      }
      await configure(conn, !readOnly);
      let backupPath: string | undefined;
      const backups = options.backups ?? DEFAULT_BACKUPS;
      const deferred = !readOnly && options.deferCheck === true && version === SCHEMA_VERSION;
      if (!readOnly && !deferred) {
        // A damaged file is never written (a write would spread the damage, a backup copy it).
        const check = await quickCheck(conn);
        if (check.join() !== 'ok') {
          await conn.close().catch(() => undefined);
          conn = undefined;
          await release();
          const because = await damagedReason(path, check, backups === false ? DEFAULT_BACKUPS : backups);
          return Workspace.open(path, { ...options, readOnly: true, readOnlyBecause: because, takeOverLock: false, damaged: true });
        }
      }
      if (!readOnly && version < SCHEMA_VERSION) {
        // Always keep a copy of the file as it was before its schema changes.
        backupPath = await rollingBackup(conn, path, backups === false ? DEFAULT_BACKUPS : backups, clock());
        await migrate(conn, version);
      } else if (!readOnly && backups !== false && !deferred) {
        backupPath = await rollingBackup(conn, path, backups, clock());
      }
      if (!readOnly && !deferred) await fillMissingRecordJson(conn);
      const ws = new Workspace(path, new SqliteStore(conn), readOnly, reason, release, actor, clock, backupPath);
      ws.lockUnverified = unverified;
      ws.damaged = options.damaged === true;
      if (deferred) {
        const c = conn;
        ws.verified = (async (): Promise<Verification> => {
          // Its own read connection: the check runs beside the reads the window makes meanwhile.
          const checker = await Connection.open(path, { readOnly: true, create: false });
          const check = await quickCheck(checker).finally(() => checker.close().catch(() => undefined));
          if (check.join() !== 'ok') return { ok: false, reason: await damagedReason(path, check, backups === false ? DEFAULT_BACKUPS : backups) };
          if (backups !== false) ws.deferredBackupPath = await rollingBackup(c, path, backups, clock()).catch(() => undefined);
          await fillMissingRecordJson(c);
          return { ok: true };
        })().catch(async (): Promise<Verification> => ({ ok: false, reason: await damagedReason(path, ['unreadable'], backups === false ? DEFAULT_BACKUPS : backups) }));
      }
      return ws;
    } catch (e) {
      await conn?.close().catch(() => undefined);
      await release();
      if (e instanceof WorkspaceError) throw e;
      const msg = (e as Error).message;
      if (/SQLITE_NOTADB|SQLITE_CORRUPT|malformed/.test(msg)) {
        const good = await newestGoodBackup(path, options.backups || DEFAULT_BACKUPS).catch(() => undefined);
        throw new WorkspaceError('corrupt', `"${basename(path)}" is damaged and cannot be opened. ${good ? `Restore the newest good backup, "${good}".` : 'Restore it from a backup.'}`);
      }
      throw e;
    }
  }

  /** A file or a server workspace. */
  get engine(): Engine {
    return this.store.engine;
  }

  get actor(): string {
    return this.actorName;
  }

  /** Sets the display name written to the change log from now on (a server writes the login instead). */
  setActor(name: string): void {
    if (this.store.engine === 'file') this.actorName = name;
  }

  private ctx(): records.ChangeContext {
    return { actor: this.actorName, now: this.clock() };
  }

  /**
   * One write transaction for a service that keeps its own tables (notice overrides,
   * baselines, spreadsheet import), through the store's API: `ctx` carries who and when.
   */
  writeWith<T>(fn: (w: StoreWriter, ctx: records.ChangeContext) => Promise<T>): Promise<T> {
    const ctx = this.ctx();
    return this.write((w) => fn(w, ctx));
  }

  /** One read transaction (a consistent snapshot) for a service that reads its own tables. */
  readWith<T>(fn: (r: StoreReader) => Promise<T>): Promise<T> {
    return this.store.read(fn);
  }

  private refuseWrite(): WorkspaceError | undefined {
    if (!this.readOnly) return undefined;
    return new WorkspaceError('read_only', `This workspace is open read-only, so the change was not saved. ${this.readOnlyReason ?? ''}`.trim());
  }

  private write<T>(fn: (w: StoreWriter) => Promise<T>): Promise<T> {
    const refusal = this.refuseWrite();
    if (refusal !== undefined) return Promise.reject(refusal);
    return this.afterCheck(() => this.store.write(fn));
  }

  /** Runs a write once a deferred check has passed; refuses it, in words, if the file failed. */
  private async afterCheck<T>(fn: () => Promise<T>): Promise<T> {
    const v = await this.verified;
    if (v !== undefined && !v.ok) throw new WorkspaceError('corrupt', `The change was not saved. ${v.reason}`);
    return fn();
  }

  async info(options: { integrity?: boolean } = {}): Promise<WorkspaceInfo> {
    const [name, counts] = await this.store.read(async (r) => [await r.workspaceName(), await r.counts()] as const);
    const schemaVersion = await this.store.schemaVersion();
    const check = options.integrity === false ? { problems: [], foreignKeyProblems: 0 } : await this.store.integrity();
    return {
      path: this.path,
      name,
      schemaVersion,
      readOnly: this.readOnly,
      counts,
      integrity: check.problems,
      foreignKeyProblems: check.foreignKeyProblems,
    };
  }

  /**
   * The whole workspace as the JSON export writes it (the interchange document's text,
   * before `escapeJsonControls`): for a file, built from the stored record JSON
   * without parsing it (document-text.ts); for a server, the document stringified.
   */
  async exportDocumentText(): Promise<string> {
    if (this.store instanceof SqliteStore) {
      const now = this.clock();
      return this.store.conn.read((r) => readDocumentText(r, now));
    }
    return JSON.stringify(await this.exportDocument(), null, 2);
  }

  exportDocument(options: ReadDocumentOptions = {}): Promise<WorkspaceDocument> {
    return this.store.read((r) => r.document(this.clock(), options));
  }

  /**
   * Imports a whole interchange document, all or nothing. The workspace must hold no
   * records unless `replace` is set; a document with problems changes nothing.
   */
  async importDocument(input: unknown, options: { replace?: boolean; source?: string } = {}): Promise<WorkspaceDocument> {
    const parsed = parseWorkspaceDocument(input);
    if (!parsed.ok) {
      const n = parsed.problems.length;
      throw new WorkspaceError(
        'invalid',
        `The document was not imported: ${n} problem${n === 1 ? '' : 's'} found; the workspace is unchanged.`,
        parsed.problems.map(formatProblem),
      );
    }
    const doc = parsed.document;
    // Published versions keep their publisher and approved activities their approval: on a server only on an
    // admin's carry path (server schema 4); anyone else is told so in words and nothing is written.
    const carries = (doc.noticePublications?.length ?? 0) > 0 || doc.activities.some((a) => a.status === 'approved');
    const ctx = this.ctx();
    await this.write(async (w) => {
      if (carries) await w.carryAuthors();
      const existing = await w.counts();
      if (existing.organisations + existing.vendors + existing.activities > 0 && !options.replace) {
        throw new WorkspaceError('not_empty', 'The workspace already holds records. Import into a new workspace, or replace its contents (--replace).');
      }
      // As a file does, a document with published versions replaces those there (only an admin's, on a server).
      if (options.replace && doc.noticePublications !== undefined) await w.clearNoticePublications();
      await w.replaceContents(doc);
      await w.logChange(ctx, {
        entityType: 'workspace',
        entityId: 'workspace',
        action: 'import',
        summary: `Imported ${doc.organisations.length} organisations, ${doc.products.length} products, ${doc.vendors.length} vendors and ${doc.activities.length} processing activities${options.source ? ` from ${options.source}` : ''}`,
      });
    });
    return doc;
  }

  name(): Promise<string> {
    return this.store.read((r) => r.workspaceName());
  }

  taxonomies(): Promise<Taxonomies> {
    return this.store.read((r) => r.taxonomies());
  }

  listOrganisations(): Promise<Organisation[]> {
    return this.store.read((r) => r.organisations());
  }

  listProducts(organisationId?: string): Promise<Product[]> {
    return this.store.read((r) => r.products(organisationId));
  }

  listVendors(): Promise<Vendor[]> {
    return this.store.read((r) => r.vendors());
  }

  /** Activities with all their lists: of one product, one organisation, or all. */
  listActivities(filter: { productId?: string; organisationId?: string } = {}): Promise<ProcessingActivity[]> {
    return this.store.read((r) => r.activities(filter));
  }

  /** One line per activity (no lists), in register order: what navigation and search need. */
  listActivitySummaries(): Promise<ActivitySummary[]> {
    return this.store.read((r) => r.activitySummaries());
  }

  getActivity(id: string): Promise<ProcessingActivity | undefined> {
    return this.store.read((r) => records.getActivity(r, id));
  }

  get(what: records.RecordKind, id: string): Promise<Organisation | Product | Vendor | ProcessingActivity | undefined> {
    return this.store.read((r) => records.getRecord(r, what, id));
  }

  saveOrganisation(input: unknown): Promise<Organisation> {
    const ctx = this.ctx();
    return this.write((w) => records.saveOrganisation(w, ctx, input));
  }

  saveProduct(input: unknown): Promise<Product> {
    const ctx = this.ctx();
    return this.write((w) => records.saveProduct(w, ctx, input));
  }

  saveVendor(input: unknown): Promise<Vendor> {
    const ctx = this.ctx();
    return this.write((w) => records.saveVendor(w, ctx, input));
  }

  saveActivity(input: unknown, options: records.ActivitySaveOptions = {}): Promise<ProcessingActivity> {
    const ctx = this.ctx();
    return this.write((w) => records.saveActivity(w, ctx, input, options));
  }

  /** Deletes a record; with `version`, only while it is still at that version (else a ConflictError). */
  delete(what: 'organisation' | 'product' | 'vendor' | 'activity', id: string, options: { version?: string } = {}): Promise<void> {
    const ctx = this.ctx();
    return this.write((w) => records.deleteRecord(w, ctx, what, id, options));
  }

  /** Others' changes as they happen (a team workspace); undefined for a file, which only this process writes. */
  watchChanges(listener: (entries: ChangeEntry[]) => void, onStatus?: (status: 'live' | 'reconnecting') => void): Promise<(() => Promise<void>) | undefined> {
    return this.store.watch === undefined ? Promise.resolve(undefined) : this.store.watch(listener, onStatus);
  }

  changes(query: ChangeQuery = {}): Promise<ChangeEntry[]> {
    return this.store.read((r) => r.changes(query));
  }

  /**
   * A copy of the workspace as it is now, e.g. for "Save a copy" or `ropa pull`: SQLite's
   * online backup of a file; for a server, a new file holding the whole workspace
   * (store/workspace-copy.ts: records, published notices, label stamps, review
   * submissions, the change log with its authors; not the person's field drafts).
   * A copy that fails leaves no file behind.
   */
  async copyTo(dest: string): Promise<CopyReport> {
    if (this.store instanceof SqliteStore) {
      await this.store.conn.backupTo(dest);
      return this.store.read(async (r) => {
        const c = await r.counts();
        return { organisations: c.organisations, products: c.products, vendors: c.vendors, activities: c.activities, publications: 0, labelExports: 0, submissions: 0, history: c.changes, draftsLeft: 0 };
      });
    }
    const copy = await Workspace.create(dest, { actor: this.actorName, name: await this.name() });
    try {
      const report = await copyWorkspace(this, copy, { verb: 'Pulled from', from: this.path, where: dest });
      await copy.close();
      return report;
    } catch (e) {
      await copy.close().catch(() => undefined);
      await removeWorkspaceFile(dest);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.verified;
    if (!this.readOnly && this.store instanceof SqliteStore) {
      await this.store.conn.exclusive((w) => w.exec('PRAGMA wal_checkpoint(TRUNCATE)')).catch(() => undefined);
    }
    await this.store.close();
    await this.release();
  }
}

/** A workspace file a failed copy made, with SQLite's side files and its lock. */
async function removeWorkspaceFile(path: string): Promise<void> {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`, `${path}.lock`]) await rm(p, { force: true });
}

function describeUnverifiedOwner(owner: LockOwner): string {
  const who = owner.actor && owner.actor !== 'unknown' ? ` by ${owner.actor}` : '';
  if (owner.host === hostname()) {
    const since = owner.since ? ` since ${owner.since.replace('T', ' ').slice(0, 16)} UTC` : '';
    return `Opened read-only: this workspace is marked as open for editing${who} (process ${owner.pid} on this computer${since}). A process with that number is running, but RoPA Desk cannot check that it is the one that opened the workspace (after a crash the number can be reused by another program). If no other RoPA Desk window has it open, choose "Open anyway"; if one does, both copies of your changes could be lost or mixed up.`;
  }
  const where = owner.host && owner.host !== 'unknown' ? ` on another computer (${owner.host})` : ' elsewhere';
  const since = owner.since ? ` since ${owner.since.replace('T', ' ').slice(0, 16)} UTC` : '';
  return `Opened read-only: this workspace is marked as open for editing${who}${where}${since}, and RoPA Desk cannot check whether it is still open there. If you are sure it is not, choose "Open anyway"; if it is, both copies of your changes could be lost or mixed up.`;
}

function describeOwner(owner: LockOwner): string {
  const who = owner.actor && owner.actor !== 'unknown' ? ` by ${owner.actor}` : '';
  const since = owner.since ? ` since ${owner.since.replace('T', ' ').slice(0, 16)} UTC` : '';
  return `Opened read-only: this workspace is already open for editing${who} in another RoPA Desk window or process (process ${owner.pid} on ${owner.host}${since}). Close it there to edit here.`;
}
