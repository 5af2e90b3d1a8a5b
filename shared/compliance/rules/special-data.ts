/** Special categories (Art. 9), criminal-offence data (Art. 10) and the DPO (Art. 37). */
import type { Organisation, ProcessingActivity } from '../../model';
import { defineRule } from '../define';
import { activityTarget, organisationTarget, q } from '../targets';
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
    article: 'Art. 9(2)',
    title: 'Special-category data without an Art. 9 condition',
    description: 'An activity that processes special-category data (health, religion, biometrics …) names an Art. 9(2) condition on a purpose.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role === 'processor') continue;
      const i = firstIndex(ctx, a, 'special');
      const cat = a.dataCategories[i];
      if (cat === undefined || a.purposes.some((p) => p.art9Condition !== undefined)) continue;
      emit(
        activityTarget(a, `dataCategories[${i}].category`),
        `The activity ${q(a.name)} processes special-category data (${categoryLabel(ctx, cat.category)}), but no purpose names the Art. 9(2) condition that allows it.`,
        'On the purpose that needs this data, choose the Art. 9(2) condition, e.g. (a) explicit consent or (b) employment and social-security law.',
      );
    }
  },
);

export const criminalDataWithoutAuthority = defineRule(
  {
    id: 'criminal-data-without-legal-authority',
    severity: 'error',
    article: 'Art. 10',
    title: 'Criminal-offence data without legal authority',
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
      emit(
        activityTarget(a, `dataCategories[${i}].category`),
        `The activity ${q(a.name)} processes data on criminal convictions or offences (${categoryLabel(ctx, cat.category)}) without a purpose based on a legal obligation or a public task.`,
        'Name the law that authorises this processing on a purpose with the basis “legal obligation” or “public task”, or stop collecting the data.',
      );
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
    article: 'Art. 37(1)',
    title: 'A data protection officer is likely required',
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
      const why = sensitive !== undefined ? `it processes special-category or criminal-offence data (in ${q(sensitive.name)})` : `it has ${o.staffCount ?? 0} staff`;
      const what = o.dpo === undefined ? 'no data protection officer is recorded' : 'the data protection officer has no contact details';
      emit(
        organisationTarget(o, 'dpo'),
        `The organisation ${q(o.name)} likely needs a data protection officer because ${why}, but ${what}.`,
        'Record the DPO with an e-mail address or phone number (Art. 37(7)); if you concluded that none is required, note why in the organisation’s notes.',
      );
    }
  },
);

export const SPECIAL_DATA_RULES = [specialCategoryWithoutCondition, criminalDataWithoutAuthority, dpoLikelyRequired];
