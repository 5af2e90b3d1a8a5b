/**
 * Completeness: the share (0..1) of the Art. 30 fields a record fills. Each
 * record kind has a list of yes/no questions; the score is the share answered
 * yes. Applies to controller and processor records alike, with the questions
 * Art. 30(1) or 30(2) asks.
 */
import type { WorkspaceDocument } from '../interchange';
import type { Organisation, ProcessingActivity, Product, Vendor } from '../model';
import { isGdprTerritory } from '../reference';

const filled = (s: string | undefined): boolean => s !== undefined && s.trim() !== '';

function share(checks: readonly boolean[]): number {
  return checks.length === 0 ? 1 : checks.filter(Boolean).length / checks.length;
}

/** Countries outside the GDPR's territory the activity's recipients are in. */
export function thirdCountriesOf(a: ProcessingActivity, vendors: ReadonlyMap<string, Vendor>): Set<string> {
  const out = new Set<string>();
  for (const r of a.recipients) {
    const countries = r.country !== undefined ? [r.country] : r.vendorId !== undefined ? (vendors.get(r.vendorId)?.processingCountries ?? []) : [];
    for (const c of countries) if (!isGdprTerritory(c)) out.add(c);
  }
  return out;
}

export function activityCompleteness(a: ProcessingActivity, vendors: ReadonlyMap<string, Vendor>): number {
  const third = thirdCountriesOf(a, vendors);
  const transferred = new Set(a.transfers.map((t) => t.country));
  const common = [
    filled(a.description),
    a.purposes.length > 0,
    a.dataSubjects.length > 0,
    a.dataCategories.length > 0,
    a.recipients.length > 0,
    [...third].every((c) => transferred.has(c)),
    a.securityMeasures.length > 0 || filled(a.securityNotes),
    filled(a.owner),
    a.dpia.status !== 'not_assessed',
    a.nextReviewDue !== undefined,
  ];
  if (a.role === 'processor') return share([...common, a.controllers.length > 0]);
  return share([
    ...common,
    a.purposes.length > 0 && a.purposes.every((p) => p.legalBasis !== undefined),
    a.dataCategories.length > 0 && a.dataCategories.every((c) => filled(c.retention) || c.retentionMonths !== undefined),
    a.role !== 'joint_controller' || (a.jointControllers.length > 0 && a.jointControllers.every((j) => filled(j.arrangement))),
  ]);
}

export function productCompleteness(p: Product, activityCount: number): number {
  const n = p.notice;
  return share([
    filled(p.description),
    p.platforms.length > 0,
    p.audiences.length > 0,
    p.minimumAge !== undefined,
    p.hostingCountries.length > 0,
    n.languages.length > 0,
    filled(n.contactEmail),
    filled(n.inAppPath) || filled(n.webFormUrl),
    filled(n.deletionSteps),
    // issue 11: the notice's date is that of its publication; what counts here is how changes are announced
    n.changeNoticeDays !== undefined || filled(n.changeChannels),
    activityCount > 0,
  ]);
}

export function organisationCompleteness(o: Organisation): number {
  const outsideUnion = o.country !== undefined && !isGdprTerritory(o.country);
  return share([
    filled(o.legalName),
    filled(o.address),
    o.country !== undefined,
    filled(o.email) || filled(o.phone),
    filled(o.privacyEmail),
    o.dpo !== undefined && (filled(o.dpo.email) || filled(o.dpo.phone) || filled(o.dpo.address)),
    o.leadAuthority !== undefined && filled(o.leadAuthority.name),
    ...(outsideUnion ? [o.representative !== undefined && filled(o.representative.name)] : []),
  ]);
}

/** 0..1 share of the Art. 30 fields filled, per record id. */
export function completeness(doc: WorkspaceDocument): {
  activities: Map<string, number>;
  products: Map<string, number>;
  organisations: Map<string, number>;
} {
  const vendors = new Map(doc.vendors.map((v) => [v.id, v]));
  const perProduct = new Map<string, number>();
  const activities = new Map<string, number>();
  for (const a of doc.activities) {
    activities.set(a.id, activityCompleteness(a, vendors));
    if (a.productId !== undefined) perProduct.set(a.productId, (perProduct.get(a.productId) ?? 0) + 1);
  }
  return {
    activities,
    products: new Map(doc.products.map((p) => [p.id, productCompleteness(p, perProduct.get(p.id) ?? 0)])),
    organisations: new Map(doc.organisations.map((o) => [o.id, organisationCompleteness(o)])),
  };
}
