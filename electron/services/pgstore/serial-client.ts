/**
 * The queries of one transaction, one after another on its connection.
 *
 * A PostgreSQL connection runs one query at a time; `pg` queues a query sent
 * while another runs, and warns that pg 9 will refuse it ("client.query() when
 * the client is already executing a query"). Code above the seam reads several
 * things at once (`Promise.all` over one StoreReader, as the notice input does,
 * and the file store serves those from its own queue), so the server store
 * hands its readers and writers this wrapper: each query starts only after the
 * previous one settled, whoever sent it.
 */
import type pg from 'pg';

/** What the server store's SQL needs of a connection. */
export interface Queryable {
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
}

export class SerialClient implements Queryable {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly c: Queryable) {}

  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>> {
    const run = this.tail.then(() => this.c.query<T>(sql, params));
    // A failed query does not stop the next one from being sent (PostgreSQL then refuses it in an aborted transaction).
    this.tail = run.catch(() => undefined);
    return run;
  }
}
