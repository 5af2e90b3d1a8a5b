import sqlite3 from 'sqlite3';

/** sqlite3's Backup object (its bundled typings omit it). */
interface BackupHandle {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb: (err: Error | null) => void): void;
}
type WithBackup = { backup(dest: string, cb: (err: Error | null) => void): BackupHandle };

export type SqlValue = string | number | null | bigint | Buffer;
export type Params = readonly SqlValue[];

/** Read-only operations; what a read transaction hands its callback. */
export interface Reader {
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  all<T>(sql: string, params?: Params): Promise<T[]>;
}

/** What a write transaction hands its callback: reads plus changes. */
export interface Writer extends Reader {
  run(sql: string, params?: Params): Promise<{ changes: number; lastID: number }>;
  exec(sql: string): Promise<void>;
}

/**
 * One sqlite3 connection whose every use goes through one queue: a transaction
 * holds the connection from BEGIN to COMMIT, so no other query can run in between.
 */
export class Connection {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly db: sqlite3.Database,
    readonly readOnly: boolean,
  ) {}

  /**
   * `immutable`: a file in a folder that cannot be written (SQLite could not create the
   * WAL index beside it); read as it is, with no locking (nothing else can write there either).
   */
  static open(path: string, options: { readOnly: boolean; create: boolean; immutable?: boolean }): Promise<Connection> {
    const mode = options.readOnly
      ? sqlite3.OPEN_READONLY | (options.immutable ? sqlite3.OPEN_URI : 0)
      : sqlite3.OPEN_READWRITE | (options.create ? sqlite3.OPEN_CREATE : 0);
    const name = options.readOnly && options.immutable ? `file:${path.replace(/[%?#]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}?immutable=1` : path;
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(name, mode, (err) => {
        if (err) reject(err);
        else {
          db.configure('busyTimeout', 5000);
          resolve(new Connection(db, options.readOnly));
        }
      });
    });
  }

  /** Runs `fn` alone on the connection: nothing else is queued in between. */
  exclusive<T>(fn: (w: Writer) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The workspace is closed.'));
    const next = this.tail.then(() => fn(this.ops));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** A read transaction: one consistent snapshot for several queries. */
  read<T>(fn: (r: Reader) => Promise<T>): Promise<T> {
    return this.exclusive(async (ops) => {
      await ops.exec('BEGIN');
      try {
        return await fn(ops);
      } finally {
        await ops.exec('COMMIT');
      }
    });
  }

  /** A write transaction (BEGIN IMMEDIATE … COMMIT), rolled back whole if `fn` throws. */
  transaction<T>(fn: (w: Writer) => Promise<T>): Promise<T> {
    return this.exclusive(async (ops) => {
      await ops.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(ops);
        await ops.exec('COMMIT');
        return result;
      } catch (e) {
        await ops.exec('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }

  /** Copies the whole database to `dest` with SQLite's online backup API. */
  backupTo(dest: string): Promise<void> {
    return this.exclusive(
      () =>
        new Promise<void>((resolve, reject) => {
          const backup = (this.db as unknown as WithBackup).backup(dest, (err: Error | null) => {
            if (err) return reject(err);
            backup.step(-1, (stepErr: Error | null) => {
              if (stepErr) return reject(stepErr);
              backup.finish((finishErr: Error | null) => (finishErr ? reject(finishErr) : resolve()));
            });
          });
        }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.tail;
    this.closed = true;
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }

  private readonly ops: Writer = {
    get: <T>(sql: string, params: Params = []) =>
      new Promise<T | undefined>((resolve, reject) =>
        this.db.get(sql, params as unknown[], (err: Error | null, row: T | undefined) => (err ? reject(err) : resolve(row))),
      ),
    all: <T>(sql: string, params: Params = []) =>
      new Promise<T[]>((resolve, reject) =>
        this.db.all(sql, params as unknown[], (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))),
      ),
    run: (sql: string, params: Params = []) =>
      new Promise((resolve, reject) =>
        this.db.run(sql, params as unknown[], function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ changes: this.changes, lastID: this.lastID });
        }),
      ),
    exec: (sql: string) => new Promise<void>((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve()))),
  };
}
