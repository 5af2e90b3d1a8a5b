/** Builders for finding targets and quoted names in messages. */
import type { Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { FindingTarget } from './types';

/** A name in typographic quotes, shortened when long: “Send newsletters”. */
export function q(name: string): string {
  const s = name.trim().replace(/\s+/g, ' ');
  return `“${s.length > 120 ? `${s.slice(0, 117)}…` : s}”`;
}

export function activityTarget(a: ProcessingActivity, field?: string): FindingTarget {
  const t: FindingTarget = { entityType: 'activity', entityId: a.id, entityName: a.name, organisationId: a.organisationId };
  if (a.productId !== undefined) t.productId = a.productId;
  if (field !== undefined) t.field = field;
  return t;
}

export function productTarget(p: Product, field?: string): FindingTarget {
  const t: FindingTarget = { entityType: 'product', entityId: p.id, entityName: p.name, productId: p.id, organisationId: p.organisationId };
  if (field !== undefined) t.field = field;
  return t;
}

export function organisationTarget(o: Organisation, field?: string): FindingTarget {
  const t: FindingTarget = { entityType: 'organisation', entityId: o.id, entityName: o.name, organisationId: o.id };
  if (field !== undefined) t.field = field;
  return t;
}

export function vendorTarget(v: Vendor, field?: string): FindingTarget {
  const t: FindingTarget = { entityType: 'vendor', entityId: v.id, entityName: v.name };
  if (field !== undefined) t.field = field;
  return t;
}
