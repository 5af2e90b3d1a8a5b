/** Purposes and their legal bases (Art. 5(1)(b), 6(1), 7(3)). */
import { defineRule } from '../define';
import { activityTarget } from '../targets';

export const activityWithoutPurpose = defineRule(
  {
    id: 'activity-without-purpose',
    severity: 'error',
    description: 'Every processing activity names at least one purpose.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.purposes.length === 0) {
        emit(activityTarget(a, 'purposes'), { activity: a.name });
      }
    }
  },
);

export const purposeWithoutLegalBasis = defineRule(
  {
    id: 'purpose-without-legal-basis',
    severity: 'error',
    description: 'Every purpose of a controller or joint-controller activity has an Art. 6(1) legal basis.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      // A processor acts on the controller's basis; Art. 30(2) does not ask for one.
      if (a.role === 'processor') continue;
      a.purposes.forEach((p, i) => {
        if (p.legalBasis === undefined) {
          emit(activityTarget(a, `purposes[${i}].legalBasis`), { purpose: p.description, activity: a.name });
        }
      });
    }
  },
);

export const legitimateInterestUndescribed = defineRule(
  {
    id: 'legitimate-interest-undescribed',
    severity: 'error',
    description: 'A purpose that relies on legitimate interests says which interest is pursued.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.purposes.forEach((p, i) => {
        if (p.legalBasis === 'legitimate_interests' && (p.legitimateInterest ?? '').trim() === '') {
          emit(activityTarget(a, `purposes[${i}].legitimateInterest`), { purpose: p.description, activity: a.name });
        }
      });
    }
  },
);

export const consentWithoutWithdrawal = defineRule(
  {
    id: 'consent-without-withdrawal',
    severity: 'error',
    description:
      'When a purpose relies on consent, the product’s notice settings give a way to withdraw it (contact e-mail, in-app path or web form).',
  },
  (ctx, emit) => {
    for (const product of ctx.doc.products) {
      const n = product.notice;
      const hasRoute = [n.contactEmail, n.inAppPath, n.webFormUrl].some((r) => (r ?? '').trim() !== '');
      if (hasRoute) continue;
      for (const a of ctx.activitiesByProduct.get(product.id) ?? []) {
        const i = a.purposes.findIndex((p) => p.legalBasis === 'consent');
        const purpose = a.purposes[i];
        if (purpose === undefined) continue;
        emit(activityTarget(a, `purposes[${i}].legalBasis`), { purpose: purpose.description, activity: a.name, product: product.name });
      }
    }
  },
);

export const PURPOSE_RULES = [activityWithoutPurpose, purposeWithoutLegalBasis, legitimateInterestUndescribed, consentWithoutWithdrawal];
