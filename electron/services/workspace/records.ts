import { z } from 'zod';
import { Organisation, ProcessingActivity, Product, Vendor } from '../../../shared/model';
import { formatProblem, problemsFromZod } from '../../../shared/interchange';
import { REOPENED_NOTE, applyReviewRule } from '../../../shared/compliance/review-rule';
import { loadActivities, replaceActivity } from './activity-store';
import { type EntityType, logChange } from './change-log';
import { WorkspaceError } from './errors';
import type { Reader, Writer } from './sqlite';
import { organisations, products, vendors } from './tables';
import type { ObjectTable } from './table-spec';

/** Who and when, for the change log and the records' timestamps. */
export interface ChangeContext {
  actor: string;
  now: Date;
}

const LABEL: Record<EntityType, string> = {
  workspace: 'workspace',
  organisation: 'organisation',
  product: 'product',
  vendor: 'vendor',
  activity: 'processing activity',
  taxonomy: 'taxonomy entry',
};

export function validate<S extends z.ZodType>(schema: S, input: unknown, what: EntityType): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = problemsFromZod(parsed.error).map(formatProblem);
  throw new WorkspaceError('invalid', `The ${LABEL[what]} was not saved: ${problems[0] ?? 'it is not valid'}`, problems);
}

async function nextPosition(r: Reader, table: string): Promise<number> {
  const row = await r.get<{ p: number }>(`SELECT coalesce(max(position) + 1, 0) AS p FROM ${table}`);
  return row?.p ?? 0;
}

async function missing(r: Reader, values: readonly string[], table: string, column: string): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await r.all<{ value: string }>(
    `SELECT DISTINCT value FROM json_each(?) WHERE value NOT IN (SELECT ${column} FROM ${table})`,
    [JSON.stringify(values)],
  );
  return rows.map((x) => x.value);
}

async function checkActivityReferences(r: Reader, a: ProcessingActivity): Promise<void> {
  const problems: string[] = [];
  const org = await r.get<{ id: string }>('SELECT id FROM organisations WHERE id = ?', [a.organisationId]);
  if (!org) problems.push(`organisationId: no organisation has id "${a.organisationId}"`);
  if (a.productId !== undefined) {
    const p = await r.get<{ organisation_id: string; name: string }>('SELECT organisation_id, name FROM products WHERE id = ?', [a.productId]);
    if (!p) problems.push(`productId: no product has id "${a.productId}"`);
    else if (p.organisation_id !== a.organisationId) problems.push(`productId: product "${p.name}" belongs to another organisation`);
  }
  const vendorIds = [...a.recipients, ...a.transfers].flatMap((x) => (x.vendorId === undefined ? [] : [x.vendorId]));
  for (const v of await missing(r, vendorIds, 'vendors', 'id')) problems.push(`vendorId: no vendor has id "${v}"`);
  for (const k of await missing(r, a.dataCategories.map((c) => c.category), 'data_category_types', 'key')) {
    problems.push(`dataCategories: "${k}" is not in the data-category taxonomy`);
  }
  for (const k of await missing(r, a.dataSubjects, 'data_subject_types', 'key')) {
    problems.push(`dataSubjects: "${k}" is not in the data-subject taxonomy`);
  }
  for (const k of await missing(r, a.securityMeasures, 'security_measure_types', 'key')) {
    problems.push(`securityMeasures: "${k}" is not in the security-measure catalogue`);
  }
  if (problems.length > 0) {
    throw new WorkspaceError('invalid', `The processing activity "${a.name}" was not saved: ${problems[0]}`, problems);
  }
}

interface Saved<T> {
  before: T | undefined;
  after: T;
}

function stamp<T extends { createdAt?: string; updatedAt?: string }>(item: T, before: T | undefined, now: Date): T {
  const at = now.toISOString();
  return { ...item, createdAt: before?.createdAt ?? at, updatedAt: at };
}

async function getOne<T>(r: Reader, table: ObjectTable<T>, id: string): Promise<T | undefined> {
  const rows = await table.select(r, 'WHERE id = ?', [id]);
  return rows[0] ? table.decode(rows[0]) : undefined;
}

async function saveSimple<T extends { id: string; name: string; createdAt?: string; updatedAt?: string }>(
  w: Writer,
  ctx: ChangeContext,
  what: EntityType,
  table: ObjectTable<T>,
  item: T,
): Promise<Saved<T>> {
  const before = await getOne(w, table, item.id);
  const after = stamp(item, before, ctx.now);
  const position = before ? 0 : await nextPosition(w, table.table);
  await table.upsert(w, after, position);
  await logChange(w, ctx.now, ctx.actor, {
    entityType: what,
    entityId: item.id,
    action: before ? 'update' : 'create',
    summary: `${before ? 'Changed' : 'Created'} ${LABEL[what]} "${item.name}"`,
    before,
    after,
  });
  return { before, after };
}

export async function saveOrganisation(w: Writer, ctx: ChangeContext, input: unknown): Promise<Organisation> {
  const org = validate(Organisation, input, 'organisation');
  return (await saveSimple(w, ctx, 'organisation', organisations, org)).after;
}

export async function saveVendor(w: Writer, ctx: ChangeContext, input: unknown): Promise<Vendor> {
  const vendor = validate(Vendor, input, 'vendor');
  return (await saveSimple(w, ctx, 'vendor', vendors, vendor)).after;
}

export async function saveProduct(w: Writer, ctx: ChangeContext, input: unknown): Promise<Product> {
  const product = validate(Product, input, 'product');
  const org = await w.get('SELECT id FROM organisations WHERE id = ?', [product.organisationId]);
  if (!org) {
    throw new WorkspaceError('invalid', `The product "${product.name}" was not saved: no organisation has id "${product.organisationId}"`);
  }
  return (await saveSimple(w, ctx, 'product', products, product)).after;
}

export async function getActivity(r: Reader, id: string): Promise<ProcessingActivity | undefined> {
  return (await loadActivities(r, 'WHERE id = ?', [id]))[0];
}

export async function saveActivity(w: Writer, ctx: ChangeContext, input: unknown): Promise<ProcessingActivity> {
  const activity = validate(ProcessingActivity, input, 'activity');
  await checkActivityReferences(w, activity);
  const before = await getActivity(w, activity.id);
  const pos = before
    ? ((await w.get<{ position: number }>('SELECT position FROM activities WHERE id = ?', [activity.id]))?.position ?? 0)
    : await nextPosition(w, 'activities');
  // Review workflow: changing an approved activity sends it back to draft.
  const review = applyReviewRule(before, activity);
  const after = stamp(review.activity, before, ctx.now);
  await replaceActivity(w, after, pos);
  await logChange(w, ctx.now, ctx.actor, {
    entityType: 'activity',
    entityId: activity.id,
    action: before ? 'update' : 'create',
    summary: `${before ? 'Changed' : 'Created'} processing activity "${activity.name}"${review.reopened ? `; ${REOPENED_NOTE}` : ''}`,
    before,
    after,
  });
  return after;
}

async function refuseIfUsed(r: Reader, sql: string, id: string, message: (names: string[]) => string): Promise<void> {
  const rows = await r.all<{ name: string }>(sql, [id]);
  if (rows.length > 0) throw new WorkspaceError('invalid', message(rows.map((x) => x.name)));
}

const listNames = (names: string[]) =>
  names
    .slice(0, 5)
    .map((n) => `"${n}"`)
    .join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');

export type RecordKind = 'organisation' | 'product' | 'vendor' | 'activity';

/** One record by kind and id, lists included for activities. */
export async function getRecord(r: Reader, what: RecordKind, id: string): Promise<Organisation | Product | Vendor | ProcessingActivity | undefined> {
  if (what === 'activity') return getActivity(r, id);
  const table = what === 'organisation' ? organisations : what === 'product' ? products : vendors;
  return getOne<Organisation | Product | Vendor>(r, table as ObjectTable<Organisation | Product | Vendor>, id);
}

/** Deletes a record and logs it; refuses while other records still point at it. */
export async function deleteRecord(w: Writer, ctx: ChangeContext, what: 'organisation' | 'product' | 'vendor' | 'activity', id: string): Promise<void> {
  let before: { name: string } | undefined;
  if (what === 'activity') {
    before = await getActivity(w, id);
  } else {
    const table = what === 'organisation' ? organisations : what === 'product' ? products : vendors;
    before = await getOne<{ name: string }>(w, table as ObjectTable<{ name: string }>, id);
  }
  if (!before) throw new WorkspaceError('not_found_record', `There is no ${LABEL[what]} with id "${id}".`);
  const name = before.name;
  if (what === 'organisation') {
    await refuseIfUsed(w, 'SELECT name FROM products WHERE organisation_id = ? ORDER BY position', id, (n) =>
      `The organisation "${name}" still has products (${listNames(n)}). Delete or move them first.`);
    await refuseIfUsed(w, 'SELECT name FROM activities WHERE organisation_id = ? ORDER BY position', id, (n) =>
      `The organisation "${name}" still has processing activities (${listNames(n)}). Delete them first.`);
  } else if (what === 'product') {
    await refuseIfUsed(w, 'SELECT name FROM activities WHERE product_id = ? ORDER BY position', id, (n) =>
      `The product "${name}" still has processing activities (${listNames(n)}). Delete or move them first.`);
  } else if (what === 'vendor') {
    await refuseIfUsed(
      w,
      `SELECT DISTINCT a.name FROM activities a WHERE a.id IN (
         SELECT activity_id FROM activity_recipients WHERE vendor_id = ?1
         UNION SELECT activity_id FROM activity_transfers WHERE vendor_id = ?1)`,
      id,
      (n) => `The vendor "${name}" is still a recipient in ${listNames(n)}. Remove it there first.`,
    );
  }
  const table = what === 'organisation' ? 'organisations' : what === 'product' ? 'products' : what === 'vendor' ? 'vendors' : 'activities';
  await w.run(`DELETE FROM ${table} WHERE id = ?`, [id]);
  await logChange(w, ctx.now, ctx.actor, {
    entityType: what,
    entityId: id,
    action: 'delete',
    summary: `Deleted ${LABEL[what]} "${name}"`,
    before,
  });
}
