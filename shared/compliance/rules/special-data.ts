/** Special categories (Art. 9), criminal-offence data (Art. 10) and the DPO (Art. 37). */
import type { Organisation, ProcessingActivity } from '../../model';
import { defineRule } from '../define';
import { activityTarget, organisationTarget } from '../targets';
import type { CheckContext } from '../types';

function firstIndex(ctx: CheckContext, a: ProcessingActivity, flag: 'special' | 'criminal'): number {
  return a.dataCategories.findIndex((c) => ctx.category(c.category)?.[flag] === true);
}

function categoryLabel(ctx: CheckContext, key: string): string {
  return ctx.category(key)?.label ?? key;
}

export const specialCategoryWithoutCondition = defineRule(
  {
    id: 'special-category-without-art9-condition',
    severity: 'error',
    description: 'An activity that processes special-category data (health, religion, biometrics …) names an Art. 9(2) condition on a purpose.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role === 'processor') continue;
      const i = firstIndex(ctx, a, 'special');
      const cat = a.dataCategories[i];
      if (cat === undefined || a.purposes.some((p) => p.art9Condition !== undefined)) continue;
      emit(activityTarget(a, `dataCategories[${i}].category`), { activity: a.name, category: categoryLabel(ctx, cat.category) });
    }
  },
);

export const criminalDataWithoutAuthority = defineRule(
  {
    id: 'criminal-data-without-legal-authority',
    severity: 'error',
    description:
      'Data on criminal convictions and offences is processed only under official authority or where EU or member-state law allows it: a purpose relies on a legal obligation or a public task.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role === 'processor') continue;
      const i = firstIndex(ctx, a, 'criminal');
      const cat = a.dataCategories[i];
      if (cat === undefined) continue;
      if (a.purposes.some((p) => p.legalBasis === 'legal_obligation' || p.legalBasis === 'public_task')) continue;
      emit(activityTarget(a, `dataCategories[${i}].category`), { activity: a.name, category: categoryLabel(ctx, cat.category) });
    }
  },
);

function hasDpoContact(o: Organisation): boolean {
  const d = o.dpo;
  return d !== undefined && [d.email, d.phone, d.address, d.url].some((s) => (s ?? '').trim() !== '');
}

export const dpoLikelyRequired = defineRule(
  {
    id: 'dpo-likely-required',
    severity: 'warning',
    description:
      'An organisation that processes special-category or criminal-offence data, or has 250 or more staff, records a DPO with contact details.',
  },
  (ctx, emit) => {
    for (const o of ctx.doc.organisations) {
      if (hasDpoContact(o)) continue;
      const acts = ctx.activitiesByOrganisation.get(o.id) ?? [];
      const sensitive = acts.find((a) => a.dataCategories.some((c) => {
        const info = ctx.category(c.category);
        return info?.special === true || info?.criminal === true;
      }));
      const large = (o.staffCount ?? 0) >= 250;
      if (sensitive === undefined && !large) continue;
      emit(organisationTarget(o, 'dpo'), { organisation: o.name, sensitiveActivity: sensitive?.name, staffCount: o.staffCount ?? 0, dpoRecorded: o.dpo !== undefined });
    }
  },
);

export const SPECIAL_DATA_RULES = [specialCategoryWithoutCondition, criminalDataWithoutAuthority, dpoLikelyRequired];
