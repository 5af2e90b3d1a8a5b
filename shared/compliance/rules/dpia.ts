/** Data protection impact assessments (Art. 35): likely triggers without an assessment. */
import type { ProcessingActivity } from '../../model';
import { defineRule } from '../define';
import { activityTarget } from '../targets';
import type { DpiaTrigger } from '../messages';
import type { CheckContext } from '../types';

/** Data categories that point to systematic monitoring of people. */
const MONITORING_CATEGORIES: ReadonlySet<string> = new Set(['cctv_footage']);

/** The reasons why a DPIA is likely needed for this activity (the catalogues name them); empty when none. */
export function dpiaTriggers(ctx: CheckContext, a: ProcessingActivity): DpiaTrigger[] {
  const out: DpiaTrigger[] = [];
  let special = false;
  let location = false;
  let monitoring = false;
  for (const c of a.dataCategories) {
    const info = ctx.category(c.category);
    if (info?.special === true || info?.criminal === true) special = true;
    if (info?.group === 'location') location = true;
    if (MONITORING_CATEGORIES.has(c.category)) monitoring = true;
  }
  const product = a.productId !== undefined ? ctx.products.get(a.productId) : undefined;
  if (product?.permissions.some((p) => p.permission === 'location_always') === true && location) monitoring = true;
  if (special) out.push('special');
  if (monitoring) out.push('monitoring');
  if (location) out.push('location');
  if (product?.audiences.includes('children') === true) out.push('children');
  if (a.automatedDecisions.exists || a.automatedDecisions.profiling === true) out.push('profiling');
  const ai = a.recipients.some((r) => r.vendorId !== undefined && ctx.vendors.get(r.vendorId)?.category === 'ai');
  if (ai) out.push('ai');
  return out;
}

export const dpiaLikelyRequired = defineRule(
  {
    id: 'dpia-likely-required',
    severity: 'warning',
    description:
      'An activity with a likely DPIA trigger (special data, systematic monitoring, location, children, profiling, AI) has a DPIA, or a reason why none is needed.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      const { status, reason } = a.dpia;
      const undocumented = status === 'not_assessed' || (status === 'not_required' && (reason ?? '').trim() === '');
      if (!undocumented) continue;
      const triggers = dpiaTriggers(ctx, a);
      if (triggers.length === 0) continue;
      emit(activityTarget(a, 'dpia.status'), { activity: a.name, triggers, screened: status !== 'not_assessed' });
    }
  },
);

export const dpiaRequiredOpen = defineRule(
  {
    id: 'dpia-required-not-started',
    severity: 'warning',
    description: 'An activity whose DPIA is marked “required” has one in progress or completed before the processing starts.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.dpia.status !== 'required') continue;
      emit(activityTarget(a, 'dpia.status'), { activity: a.name });
    }
  },
);

export const DPIA_RULES = [dpiaLikelyRequired, dpiaRequiredOpen];
