/** Data protection impact assessments (Art. 35): likely triggers without an assessment. */
import type { ProcessingActivity } from '../../model';
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';
import type { CheckContext } from '../types';

/** Data categories that point to systematic monitoring of people. */
const MONITORING_CATEGORIES: ReadonlySet<string> = new Set(['cctv_footage']);

/** The reasons (in words) why a DPIA is likely needed for this activity; empty when none. */
export function dpiaTriggers(ctx: CheckContext, a: ProcessingActivity): string[] {
  const out: string[] = [];
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
  if (special) out.push('special-category or criminal-offence data');
  if (monitoring) out.push('systematic monitoring');
  if (location) out.push('location data');
  if (product?.audiences.includes('children') === true) out.push('children’s data');
  if (a.automatedDecisions.exists || a.automatedDecisions.profiling === true) out.push('profiling or automated decisions');
  const ai = a.recipients.some((r) => r.vendorId !== undefined && ctx.vendors.get(r.vendorId)?.category === 'ai');
  if (ai) out.push('new technology (an AI service)');
  return out;
}

export const dpiaLikelyRequired = defineRule(
  {
    id: 'dpia-likely-required',
    severity: 'warning',
    article: 'Art. 35(1), (3)',
    title: 'Likely DPIA trigger without an assessment',
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
      const state = status === 'not_assessed' ? 'no DPIA screening is recorded' : 'it is marked “not required” without a reason';
      emit(
        activityTarget(a, 'dpia.status'),
        `The activity ${q(a.name)} involves ${triggers.join(', ')}, which often calls for a data protection impact assessment, but ${state}.`,
        'Screen the activity for a DPIA: record the assessment, or mark it “not required” with the reason.',
      );
    }
  },
);

export const dpiaRequiredOpen = defineRule(
  {
    id: 'dpia-required-not-started',
    severity: 'warning',
    article: 'Art. 35(1)',
    title: 'DPIA required but not started',
    description: 'An activity whose DPIA is marked “required” has one in progress or completed before the processing starts.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.dpia.status !== 'required') continue;
      emit(
        activityTarget(a, 'dpia.status'),
        `A data protection impact assessment is required for ${q(a.name)} but has not been started.`,
        'Start the DPIA and set its status to “in progress”; the processing should not start before it is done.',
      );
    }
  },
);

export const DPIA_RULES = [dpiaLikelyRequired, dpiaRequiredOpen];
