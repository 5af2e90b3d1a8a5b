import type { Reader, SqlValue, Writer } from './sqlite';

/** How a field is kept in its column. */
export type Kind = 'text' | 'int' | 'bool' | 'json';

export interface Column {
  field: string;
  column: string;
  kind: Kind;
}

type Row = Record<string, SqlValue>;
type Obj = Record<string, unknown>;

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `['name', 'text']` or `['category', 'text', 'category_key']`. */
export type ColumnDef = readonly [field: string, kind: Kind, column?: string];

export function columns(defs: readonly ColumnDef[]): Column[] {
  return defs.map(([field, kind, column]) => ({ field, kind, column: column ?? snake(field) }));
}

function encode(value: unknown, kind: Kind): SqlValue {
  if (value === undefined || value === null) return null;
  switch (kind) {
    case 'text':
      return value as string;
    case 'int':
      return value as number;
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
  }
}

function decode(value: SqlValue, kind: Kind): unknown {
  switch (kind) {
    case 'text':
    case 'int':
      return value;
    case 'bool':
      return value === 1;
    case 'json':
      return JSON.parse(value as string);
  }
}

/** Rows in, one statement: `INSERT … SELECT value->>0, … FROM json_each(?)`. */
async function insertRows(w: Writer, table: string, cols: readonly string[], rows: readonly SqlValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const select = cols.map((_, i) => `value->>${i}`).join(', ');
  await w.run(`INSERT INTO ${table} (${cols.join(', ')}) SELECT ${select} FROM json_each(?)`, [JSON.stringify(rows)]);
}

/**
 * A table that holds one kind of object, field by field. `lead` columns come
 * first and are supplied by the caller (ids of the parent, position).
 */
export class ObjectTable<T> {
  readonly cols: readonly Column[];
  constructor(
    readonly table: string,
    readonly lead: readonly string[],
    defs: readonly ColumnDef[],
  ) {
    this.cols = columns(defs);
  }

  get columnNames(): string[] {
    return [...this.lead, ...this.cols.map((c) => c.column)];
  }

  row(lead: readonly SqlValue[], item: T): SqlValue[] {
    const o = item as Obj;
    return [...lead, ...this.cols.map((c) => encode(o[c.field], c.kind))];
  }

  insert(w: Writer, rows: readonly SqlValue[][]): Promise<void> {
    return insertRows(w, this.table, this.columnNames, rows);
  }

  /**
   * SQL for one row as the JSON of the object `decode` would make: keys are the
   * fields, JSON columns are embedded, booleans are true/false, and absent (NULL)
   * fields are left out (a merge patch onto {} drops null members; the model never
   * holds null).
   */
  jsonSql(alias: string): string {
    const value = (c: Column) => {
      const col = `${alias}.${c.column}`;
      if (c.kind === 'json') return `json(${col})`;
      if (c.kind === 'bool') return `CASE ${col} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END`;
      return col;
    };
    const pairs = this.cols.map((c) => `'${c.field}', ${value(c)}`).join(', ');
    return `json_patch('{}', json_object(${pairs}))`;
  }

  /** Aggregate SQL over rows aliased `alias`, grouped by parent: a JSON array of their objects in position order. */
  groupArraySql(alias: string): string {
    return `json_group_array(${this.jsonSql(alias)} ORDER BY ${alias}.position)`;
  }

  /** Row → object; absent (NULL) fields are left out, as in the interchange document. */
  decode(row: Row): T {
    const out: Obj = {};
    for (const c of this.cols) {
      const v = row[c.column];
      if (v !== null && v !== undefined) out[c.field] = decode(v, c.kind);
    }
    return out as T;
  }

  /** Inserts or updates one object by `id`; an existing row keeps its position. */
  async upsert(w: Writer, item: T, position: number): Promise<void> {
    const names = this.columnNames;
    const set = this.cols.filter((c) => c.column !== 'id').map((c) => `${c.column} = excluded.${c.column}`);
    await w.run(
      `INSERT INTO ${this.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${set.join(', ')}`,
      this.row([position], item),
    );
  }

  async select(r: Reader, where = '', params: readonly SqlValue[] = [], order = 'position'): Promise<Row[]> {
    return r.all<Row>(`SELECT ${this.columnNames.join(', ')} FROM ${this.table} ${where} ORDER BY ${order}`, params);
  }
}

/** A list of plain values (taxonomy keys) kept one per row under a parent. */
export class ValueListTable {
  constructor(
    readonly table: string,
    readonly parentColumn: string,
    readonly valueColumn: string,
  ) {}

  /** Aggregate SQL over rows aliased `alias`, grouped by parent: a JSON array of their values in position order. */
  groupArraySql(alias: string): string {
    return `json_group_array(${alias}.${this.valueColumn} ORDER BY ${alias}.position)`;
  }

  rows(parentId: string, values: readonly string[]): SqlValue[][] {
    return values.map((v, i) => [parentId, i, v]);
  }

  insert(w: Writer, rows: readonly SqlValue[][]): Promise<void> {
    return insertRows(w, this.table, [this.parentColumn, 'position', this.valueColumn], rows);
  }
}
