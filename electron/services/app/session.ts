import { randomUUID } from 'node:crypto';
import { mkdir, realpath } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { EventEmitter } from 'node:events';
import type { Overview, WorkspaceState } from '../../../shared/ipc';
import type { Organisation, ProcessingActivity, Product, Vendor } from '../../../shared/model';
import { vendorCatalogue } from '../../../shared/reference';
import { ACTIVITY_TEMPLATES, activityFromTemplate, vendorFromCatalogue } from '../../../shared/templates';
import { DEFAULT_BACKUPS, type OpenOptions, type RecordKind, Workspace, WorkspaceError, backupDirFor } from '../workspace';
import { History } from './history';
import { listRestorableBackups, restoreBackup } from '../workspace/restore';
import type { PoolConfig } from 'pg';
import { openServerWorkspace } from '../pgstore/connect';
import { describeServer } from '../pgstore/address';
import type { PreferencesStore } from './prefs';
import { withRecent } from './prefs';

type AnyRecord = Organisation | Product | Vendor | ProcessingActivity;

/**
 * The workspace this window works on, and what goes with it: undo history, recent
 * files, change notifications. IPC handlers, menus and tests all go through here.
 */
export class AppSession extends EventEmitter {
  private ws: Workspace | undefined;
  private stopWatching: (() => Promise<void>) | undefined;
  /** The password of the connected team workspace, in memory only (what the export worker needs to connect too). */
  serverPassword: string | undefined;
  readonly history = new History();

  constructor(
    readonly prefs: PreferencesStore,
    private readonly openOptions: Omit<OpenOptions, 'actor'> = {},
  ) {
    super();
  }

  get workspace(): Workspace {
    if (!this.ws) throw new WorkspaceError('not_found', 'No workspace is open. Open or create one from the File menu.');
    return this.ws;
  }

  get isOpen(): boolean {
    return this.ws !== undefined;
  }

  state(): WorkspaceState | null {
    const ws = this.ws;
    if (!ws) return null;
    return {
      path: ws.path,
      name: ws.engine === 'server' ? describeServer(ws.path).where : basename(ws.path, extname(ws.path)),
      ...(ws.connectedAs !== undefined ? { connectedAs: ws.connectedAs } : {}),
      readOnly: ws.readOnly,
      ...(ws.readOnlyReason !== undefined ? { readOnlyReason: ws.readOnlyReason } : {}),
      ...((ws.backupPath ?? ws.deferredBackupPath) !== undefined ? { backupPath: ws.backupPath ?? ws.deferredBackupPath } : {}),
      ...(ws.lockUnverified ? { lockUnverified: true } : {}),
      ...(ws.damaged ? { damaged: true } : {}),
    };
  }

  private async adopt(ws: Workspace): Promise<WorkspaceState> {
    await this.close();
    this.ws = ws;
    this.history.clear();
    // A team workspace: others' changes reload the window (event 'remote' carries the entries).
    this.stopWatching = await ws.watchChanges(
      (entries) => {
        this.emit('remote', { entries: entries.map((e) => ({ id: e.id, at: e.at, actor: e.actor, summary: e.summary })) });
        this.emit('changed');
      },
      (status) => this.emit('connection', { status }),
    ).catch(() => undefined);
    this.prefs.set({ recentFiles: withRecent(this.prefs.get().recentFiles, ws.path) });
    this.backupTokens.clear();
    this.checked = this.whenVerified(ws);
    this.emit('changed');
    return this.state() as WorkspaceState;
  }

  /** Settles once the open workspace's deferred check has run (and, for a damaged file, it is reopened read-only). */
  checked: Promise<void> = Promise.resolve();

  /**
   * The quick check runs after the open (issue 14): the window shows the register at
   * once and every write waits for the check. A file that fails it is reopened
   * read-only, saying why, with the offer to restore a backup.
   */
  private async whenVerified(ws: Workspace): Promise<void> {
    const v = await ws.verified;
    if (v === undefined || v.ok || this.ws !== ws) return;
    const path = ws.path;
    await this.close();
    await this.adopt(await Workspace.open(path, { ...this.openOptions, actor: this.prefs.get().displayName, readOnly: true, readOnlyBecause: v.reason, damaged: true }));
  }

  /** Backups of the open file by token (the renderer never names a path). */
  private readonly backupTokens = new Map<string, string>();

  private backupOptions() {
    return this.openOptions.backups || DEFAULT_BACKUPS;
  }

  /** The open workspace's backups, newest first, with their dates and whether each passes the check. */
  async listBackups(): Promise<{ id: string; takenAt: string; passesCheck: boolean }[]> {
    const ws = this.workspace;
    if (ws.engine !== 'file') throw new WorkspaceError('unsupported', 'A team workspace is backed up on its server; there are no backup files to restore here.');
    this.backupTokens.clear();
    return (await listRestorableBackups(ws.path, this.backupOptions())).map((b) => {
      const id = randomUUID();
      this.backupTokens.set(id, b.file);
      return { id, takenAt: b.takenAt, passesCheck: b.passesCheck };
    });
  }

  /** Puts a listed backup in place of the open file (kept aside, never lost) and opens it. */
  async restoreBackup(id: string): Promise<{ state: WorkspaceState; keptAside: string }> {
    const ws = this.workspace;
    const file = this.backupTokens.get(id);
    if (file === undefined) throw new WorkspaceError('invalid', 'That backup is no longer listed; list the backups again and choose one.');
    const path = ws.path;
    await this.close();
    try {
      const { keptAside } = await restoreBackup(path, file, this.prefs.get().displayName);
      return { state: await this.open(path), keptAside: basename(keptAside) };
    } catch (e) {
      // Whatever happened, the workspace is open again as it is.
      if (!this.ws) await this.open(path).catch(() => undefined);
      throw e;
    }
  }

  /** Opens a workspace; the one already open (by any path that leads to it) is left as it is. */
  async open(path: string): Promise<WorkspaceState> {
    const real = await realpath(path).catch(() => path);
    if (this.ws && this.ws.path === real) return this.state() as WorkspaceState;
    return this.adopt(await Workspace.open(real, { deferCheck: true, ...this.openOptions, actor: this.prefs.get().displayName }));
  }

  /** Connects to a team workspace (postgres:// URL without password; password and TLS in `pool`). */
  async connect(url: string, pool?: PoolConfig): Promise<WorkspaceState> {
    const state = await this.adopt(await openServerWorkspace(url, pool !== undefined ? { pool } : {}));
    this.serverPassword = typeof pool?.password === 'string' ? pool.password : undefined;
    return state;
  }

  /** "Open anyway": the open workspace again, taking over a lock whose owner cannot be verified. */
  async openAnyway(): Promise<WorkspaceState> {
    const ws = this.workspace;
    if (!ws.lockUnverified) throw new WorkspaceError('invalid', 'This workspace is not held by a lock that needs to be taken over.');
    const path = ws.path;
    await this.close();
    return this.adopt(await Workspace.open(path, { deferCheck: true, ...this.openOptions, actor: this.prefs.get().displayName, takeOverLock: true }));
  }

  async create(path: string, init?: (ws: Workspace) => Promise<void>): Promise<WorkspaceState> {
    const ws = await Workspace.create(path, { ...this.openOptions, actor: this.prefs.get().displayName });
    try {
      if (init) await init(ws);
    } catch (e) {
      await ws.close();
      throw e;
    }
    return this.adopt(ws);
  }

  async close(): Promise<void> {
    const ws = this.ws;
    this.ws = undefined;
    this.serverPassword = undefined;
    const stop = this.stopWatching;
    this.stopWatching = undefined;
    await stop?.();
    if (ws) {
      await ws.close();
      this.emit('changed');
    }
  }

  setDisplayName(name: string): void {
    this.prefs.set({ displayName: name });
    this.ws?.setActor(name);
  }

  async overview(): Promise<Overview | null> {
    const state = this.state();
    if (!state) return null;
    const ws = this.workspace;
    const [organisations, products, vendors, taxonomies, activities] = await Promise.all([
      ws.listOrganisations(),
      ws.listProducts(),
      ws.listVendors(),
      ws.taxonomies(),
      ws.listActivitySummaries(),
    ]);
    return { state, organisations, products, vendors, taxonomies, activities };
  }

  /** Saves a record and remembers the step for undo. */
  async save<T extends AnyRecord>(kind: RecordKind, record: T): Promise<T> {
    const ws = this.workspace;
    const before = await ws.get(kind, record.id);
    let after: AnyRecord;
    switch (kind) {
      case 'organisation':
        after = await ws.saveOrganisation(record);
        break;
      case 'product':
        after = await ws.saveProduct(record);
        break;
      case 'vendor':
        after = await ws.saveVendor(record);
        break;
      case 'activity':
        after = await ws.saveActivity(record);
        break;
    }
    this.history.record({ kind, id: record.id, label: `${before ? 'edit of' : 'creation of'} “${record.name}”`, before, after });
    this.emit('changed');
    return after as T;
  }

  async remove(kind: RecordKind, id: string): Promise<void> {
    const ws = this.workspace;
    const before = await ws.get(kind, id);
    await ws.delete(kind, id);
    this.history.record({ kind, id, label: `deletion of “${before?.name ?? id}”`, before, after: undefined });
    this.emit('changed');
  }

  /** `reason`: why an approved activity the step changes is reopened for changes (issue 12). */
  async undo(reason?: string): Promise<void> {
    if (await this.history.undo(this.workspace, reason)) this.emit('changed');
  }

  async redo(reason?: string): Promise<void> {
    if (await this.history.redo(this.workspace, reason)) this.emit('changed');
  }

  async addVendorFromCatalogue(key: string): Promise<Vendor> {
    const entry = vendorCatalogue.find((v) => v.key === key);
    if (!entry) throw new WorkspaceError('invalid', `The vendor catalogue has no entry "${key}".`);
    const existing = (await this.workspace.listVendors()).find((v) => v.catalogueKey === key);
    if (existing) return existing;
    return this.save('vendor', vendorFromCatalogue(entry, `ven-${randomUUID()}`));
  }

  async createFromTemplate(request: { template: string; organisationId: string; productId?: string; name?: string }): Promise<ProcessingActivity> {
    const template = ACTIVITY_TEMPLATES.find((t) => t.key === request.template);
    if (!template) throw new WorkspaceError('invalid', `There is no activity template "${request.template}".`);
    const activity = activityFromTemplate(
      template,
      { id: `act-${randomUUID()}`, organisationId: request.organisationId, ...(request.productId !== undefined ? { productId: request.productId } : {}) },
      request.name,
    );
    return this.save('activity', activity);
  }

  async backupNow(): Promise<string> {
    const ws = this.workspace;
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
    const dir = backupDirFor(ws.path, DEFAULT_BACKUPS);
    await mkdir(dir, { recursive: true });
    const dest = join(dir, `${basename(ws.path, extname(ws.path))}-${stamp}-manual.ropa`);
    await ws.copyTo(dest);
    return dest;
  }
}
