/**
 * Live changes of a team workspace: one listening connection (LISTEN
 * ropa_changes; the change log's trigger notifies each new entry's id). On each
 * notification, and after every reconnect, the entries after the last one seen
 * are read from the change log itself, so row-level security decides what this
 * person sees and nothing is missed while the connection was away.
 */
import pg from 'pg';
import type { ChangeEntry } from '../workspace/change-log';
import { clientConfig } from './address';

export interface ChangeFeedOptions {
  /** Delay before reconnecting after the connection is lost (ms); doubles up to 10 s. */
  retryMs?: number;
  pool?: pg.ClientConfig;
}

export type ChangeListener = (entries: ChangeEntry[]) => void;
export type FeedStatus = 'live' | 'reconnecting';

const WINDOW = 200;
const ISO_AT = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export class ChangeFeed {
  private client: pg.Client | undefined;
  private lastId = 0;
  /** Ids seen lately: an entry whose transaction committed after a later id's is still caught (ids come from a sequence). */
  private recent = new Set<number>();
  private stopped = false;
  private retry: number;
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly listener: ChangeListener,
    private readonly onStatus: (s: FeedStatus) => void = () => undefined,
    private readonly options: ChangeFeedOptions = {},
  ) {
    this.retry = options.retryMs ?? 250;
  }

  /** Starts listening from the newest entry now (earlier ones are not replayed). */
  async start(): Promise<void> {
    await this.connect(true);
  }

  private async connect(first: boolean): Promise<void> {
    const client = new pg.Client(clientConfig(this.url, { ...this.options.pool }));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.catchUp());
    await client.connect();
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // The setup takes its turn in the same queue as the catch-ups, so a notification that arrives
    // meanwhile is read after it, never beside it (one query at a time on a connection).
    const setup = this.reading.then(async () => {
      await client.query('LISTEN ropa_changes');
      if (first) {
        this.lastId = Number((await client.query<{ n: string | null }>('SELECT max(id) AS n FROM ropa.change_log')).rows[0]?.n ?? 0);
        const lately = await client.query<{ id: string }>('SELECT id FROM ropa.change_log WHERE id > $1', [Math.max(0, this.lastId - WINDOW)]);
        for (const r of lately.rows) this.recent.add(Number(r.id));
      }
    });
    this.reading = setup.catch(() => undefined);
    await setup;
    if (!first) this.catchUp();
    this.retry = this.options.retryMs ?? 250;
    this.onStatus('live');
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    this.onStatus('reconnecting');
    const again = () => {
      this.timer = undefined;
      if (this.stopped) return;
      this.connect(false).catch(() => {
        this.retry = Math.min(this.retry * 2, 10_000);
        this.timer = setTimeout(again, this.retry);
      });
    };
    this.timer = setTimeout(again, this.retry);
  }

  /** Reads the entries after the last seen one (queued: one read at a time, in order). */
  private catchUp(): void {
    this.reading = this.reading.then(async () => {
      const c = this.client;
      if (c === undefined) return;
      const rows = await c
        .query<{ id: string; at: string; actor: string; entity_type: ChangeEntry['entityType']; entity_id: string; action: ChangeEntry['action']; summary: string }>(
          `SELECT id, ${ISO_AT} AS at, actor, entity_type, entity_id, action, summary FROM ropa.change_log
           WHERE id > $1 AND NOT (id = ANY($2::bigint[])) ORDER BY id`,
          [Math.max(0, this.lastId - WINDOW), [...this.recent]],
        )
        .catch(() => undefined);
      if (rows === undefined || rows.rows.length === 0) return;
      const entries = rows.rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        actor: r.actor,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        summary: r.summary,
      }));
      for (const e of entries) this.recent.add(e.id);
      this.lastId = Math.max(this.lastId, ...entries.map((e) => e.id));
      for (const id of this.recent) if (id <= this.lastId - WINDOW) this.recent.delete(id);
      this.listener(entries);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
