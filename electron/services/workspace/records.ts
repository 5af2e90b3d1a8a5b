import { z } from 'zod';
import { Organisation, ProcessingActivity, Product, Vendor } from '../../../shared/model';
import { formatProblem, problemsFromZod } from '../../../shared/interchange';
import { REOPENED_NOTE, applyReviewRule } from '../../../shared/compliance/review-rule';
import type { EntityType } from './change-log';
import { WorkspaceError } from './errors';
import { ConflictError, DuplicateIdError } from '../store/conflict';
import type { AnyRecord, ChangeContext, RecordKind, StoreReader, StoreWriter } from '../store/store';

// Record policy, written once above the store interface (store/store.ts): validation,
// references, the review rule, version checks and the change log's wording. Both the
// file and the server store run exactly this.

export type { ChangeContext, RecordKind } from '../store/store';

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

async function checkActivityReferences(r: StoreReader, a: ProcessingActivity): Promise<void> {
  const problems: string[] = [];
  const org = await r.record('organisation', a.organisationId);
  if (!org) problems.push(`organisationId: no organisation has id "${a.organisationId}"`);
  if (a.productId !== undefined) {
    const p = await r.productOwner(a.productId);
    if (!p) problems.push(`productId: no product has id "${a.productId}"`);
    else if (p.organisationId !== a.organisationId) problems.push(`productId: product "${p.name}" belongs to another organisation`);
  }
  const vendorIds = [...a.recipients, ...a.transfers].flatMap((x) => (x.vendorId === undefined ? [] : [x.vendorId]));
  for (const v of await r.missing('vendors', vendorIds)) problems.push(`vendorId: no vendor has id "${v}"`);
  for (const k of await r.missing('dataCategories', a.dataCategories.map((c) => c.category))) {
    problems.push(`dataCategories: "${k}" is not in the data-category taxonomy`);
  }
  for (const k of await r.missing('dataSubjects', a.dataSubjects)) {
    problems.push(`dataSubjects: "${k}" is not in the data-subject taxonomy`);
  }
  for (const k of await r.missing('securityMeasures', a.securityMeasures)) {
    problems.push(`securityMeasures: "${k}" is not in the security-measure catalogue`);
  }
  if (problems.length > 0) {
    throw new WorkspaceError('invalid', `The processing activity "${a.name}" was not saved: ${problems[0]}`, problems);
  }
}

/**
 * A record's version is its `updatedAt`, which every save moves strictly forward.
 * A save names the version it was based on (the record as it was read, with its
 * `updatedAt`) and is refused when the record has changed or gone since. A save
 * without one makes a new record: refused when a record with that id exists with a
 * version (someone made or saved it first); only a record that never had a version
 * (imported without `updatedAt`) can be saved without one, and that save gives it one.
 */
async function checkVersion(r: StoreReader, kind: RecordKind, item: AnyRecord, before: AnyRecord | undefined): Promise<void> {
  const base = item.updatedAt;
  if (before !== undefined && before.updatedAt === base) return;
  if (base === undefined && before === undefined) return;
  const last = await r.lastChange(kind, item.id);
  if (before === undefined) {
    if (last === undefined || last.action !== 'delete') return;
    throw new ConflictError({ kind, id: item.id, name: item.name, changedBy: last.actor, changedAt: last.at });
  }
  // Without a base, this save made a new record; if the one there was made by a save (not an
  // import), someone created a record with the same id first.
  const created = base === undefined && (await r.changes({ entityType: kind, entityId: item.id, limit: 1000 })).some((c) => c.action === 'create');
  throw new ConflictError({
    kind,
    id: item.id,
    name: before.name,
    changedBy: last?.actor ?? 'someone',
    changedAt: before.updatedAt ?? last?.at ?? '',
    theirs: before,
    ...(created ? { created: true } : {}),
  });
}

/** For a version-checked delete (undo of a creation): the record must still be at `version`. */
export async function checkDeleteVersion(r: StoreReader, kind: RecordKind, before: AnyRecord, version: string | undefined): Promise<void> {
  if (before.updatedAt === version) return;
  const last = await r.lastChange(kind, before.id);
  throw new ConflictError({ kind, id: before.id, name: before.name, changedBy: last?.actor ?? 'someone', changedAt: before.updatedAt ?? last?.at ?? '', theirs: before });
}

/**
 * Puts a saved record in place. A new one is only inserted: when another person's
 * transaction created the same id meanwhile, the save is refused as a conflict with
 * their version, never written over it.
 */
async function put(w: StoreWriter, kind: RecordKind, after: AnyRecord, before: AnyRecord | undefined): Promise<void> {
  try {
    await w.putRecord(kind, after, { isNew: before === undefined });
  } catch (e) {
    if (!(e instanceof DuplicateIdError)) throw e;
    const theirs = await w.record(kind, after.id);
    const last = await w.lastChange(kind, after.id);
    throw new ConflictError({
      kind,
      id: after.id,
      name: theirs?.name ?? after.name,
      changedBy: last?.actor ?? 'someone',
      changedAt: theirs?.updatedAt ?? last?.at ?? '',
      ...(theirs !== undefined ? { theirs } : {}),
      created: true,
    });
  }
}

/** Created once; updated strictly later than the version it replaces, whatever the clocks say. */
function stamp<T extends { createdAt?: string; updatedAt?: string }>(item: T, before: T | undefined, now: Date): T {
  let at = now.getTime();
  const previous = before?.updatedAt === undefined ? NaN : Date.parse(before.updatedAt);
  if (!Number.isNaN(previous) && at <= previous) at = previous + 1;
  return { ...item, createdAt: before?.createdAt ?? new Date(at).toISOString(), updatedAt: new Date(at).toISOString() };
}

async function saveSimple<T extends Organisation | Product | Vendor>(w: StoreWriter, ctx: ChangeContext, what: 'organisation' | 'product' | 'vendor', item: T): Promise<T> {
  const before = (await w.record(what, item.id)) as T | undefined;
  await checkVersion(w, what, item, before);
  const after = stamp(item, before, ctx.now);
  await put(w, what, after, before);
  await w.logChange(ctx, {
    entityType: what,
    entityId: item.id,
    action: before ? 'update' : 'create',
    summary: `${before ? 'Changed' : 'Created'} ${LABEL[what]} "${item.name}"`,
    before,
    after,
  });
  return after;
}

export async function saveOrganisation(w: StoreWriter, ctx: ChangeContext, input: unknown): Promise<Organisation> {
  const org = validate(Organisation, input, 'organisation');
  return saveSimple(w, ctx, 'organisation', org);
}

export async function saveVendor(w: StoreWriter, ctx: ChangeContext, input: unknown): Promise<Vendor> {
  const vendor = validate(Vendor, input, 'vendor');
  return saveSimple(w, ctx, 'vendor', vendor);
}

export async function saveProduct(w: StoreWriter, ctx: ChangeContext, input: unknown): Promise<Product> {
  const product = validate(Product, input, 'product');
  const org = await w.record('organisation', product.organisationId);
  if (!org) {
    throw new WorkspaceError('invalid', `The product "${product.name}" was not saved: no organisation has id "${product.organisationId}"`);
  }
  return saveSimple(w, ctx, 'product', product);
}

export async function getActivity(r: StoreReader, id: string): Promise<ProcessingActivity | undefined> {
  return (await r.record('activity', id)) as ProcessingActivity | undefined;
}

/** How a save that is a step of undo or redo treats an approved activity (issue 12). */
export interface ActivitySaveOptions {
  /** The step this save is, named in the change log. */
  step?: 'undo' | 'redo';
  /** Why an approved activity is changed (reopened for changes); a step without one is refused when it would reopen. */
  reopenReason?: string;
}

export async function saveActivity(w: StoreWriter, ctx: ChangeContext, input: unknown, options: ActivitySaveOptions = {}): Promise<ProcessingActivity> {
  const activity = validate(ProcessingActivity, input, 'activity');
  const before = await getActivity(w, activity.id);
  await checkVersion(w, 'activity', activity, before);
  await checkActivityReferences(w, activity);
  // Review workflow: changing an approved activity sends it back to draft.
  const review = applyReviewRule(before, activity);
  const reason = options.reopenReason?.trim() ?? '';
  // An undo or redo asks first, as an edit of the locked form does (decided inside the transaction).
  if (review.reopened && options.step !== undefined && reason === '') {
    throw new WorkspaceError('reason_required', `${options.step === 'undo' ? 'Undoing' : 'Redoing'} this changes “${before?.name ?? activity.name}”, which is approved: say why it is reopened for changes.`);
  }
  const reopenedNote = review.reopened ? (reason !== '' ? `; reopened after approval for changes: ${reason}` : `; ${REOPENED_NOTE}`) : '';
  const after = stamp(review.activity, before, ctx.now);
  await put(w, 'activity', after, before);
  await w.logChange(ctx, {
    entityType: 'activity',
    entityId: activity.id,
    action: before ? 'update' : 'create',
    summary: `${before ? 'Changed' : 'Created'} processing activity "${activity.name}"${options.step !== undefined && review.reopened ? ` (${options.step})` : ''}${reopenedNote}`,
    before,
    after,
  });
  return after;
}

/**
 * Puts an activity whose change was decided by a workflow step (review) in place,
 * stamped and logged with the step's own summary.
 */
export async function putActivityChange(w: StoreWriter, ctx: ChangeContext, before: ProcessingActivity, activity: ProcessingActivity, summary: string): Promise<ProcessingActivity> {
  const after = stamp(activity, before, ctx.now);
  await w.putRecord('activity', after);
  await w.logChange(ctx, { entityType: 'activity', entityId: activity.id, action: 'update', summary, before, after });
  return after;
}

const listNames = (names: string[]) =>
  names
    .slice(0, 5)
    .map((n) => `"${n}"`)
    .join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');

/** One record by kind and id, lists included for activities. */
export function getRecord(r: StoreReader, what: RecordKind, id: string): Promise<AnyRecord | undefined> {
  return r.record(what, id);
}

/** Deletes a record and logs it; refuses while other records still point at it. */
export async function deleteRecord(w: StoreWriter, ctx: ChangeContext, what: RecordKind, id: string, options: { version?: string } = {}): Promise<void> {
  const before = await w.record(what, id);
  if (!before) throw new WorkspaceError('not_found_record', `There is no ${LABEL[what]} with id "${id}".`);
  if ('version' in options) await checkDeleteVersion(w, what, before, options.version);
  const name = before.name;
  const refs = await w.dependents(what, id);
  if (what === 'organisation') {
    if (refs.products.length > 0) throw new WorkspaceError('invalid', `The organisation "${name}" still has products (${listNames(refs.products)}). Delete or move them first.`);
    if (refs.activities.length > 0) {
      throw new WorkspaceError('invalid', `The organisation "${name}" still has processing activities (${listNames(refs.activities)}). Delete them first.`);
    }
  } else if (what === 'product') {
    if (refs.activities.length > 0) {
      throw new WorkspaceError('invalid', `The product "${name}" still has processing activities (${listNames(refs.activities)}). Delete or move them first.`);
    }
  } else if (what === 'vendor') {
    if (refs.activities.length > 0) throw new WorkspaceError('invalid', `The vendor "${name}" is still a recipient in ${listNames(refs.activities)}. Remove it there first.`);
  }
  await w.deleteRecord(what, id);
  await w.logChange(ctx, {
    entityType: what,
    entityId: id,
    action: 'delete',
    summary: `Deleted ${LABEL[what]} "${name}"`,
    before,
  });
}
