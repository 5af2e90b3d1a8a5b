/** Purposes and their legal bases (Art. 5(1)(b), 6(1), 7(3)). */
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';

export const activityWithoutPurpose = defineRule(
  {
    id: 'activity-without-purpose',
    severity: 'error',
    article: 'Art. 30(1)(b)',
    title: 'Activity without a purpose',
    description: 'Every processing activity names at least one purpose.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.purposes.length === 0) {
        emit(
          activityTarget(a, 'purposes'),
          `The activity ${q(a.name)} has no purpose: the register must say why the data is processed.`,
          'Add at least one purpose, e.g. “Send invoices to customers”.',
        );
      }
    }
  },
);

export const purposeWithoutLegalBasis = defineRule(
  {
    id: 'purpose-without-legal-basis',
    severity: 'error',
    article: 'Art. 6(1)',
    title: 'Purpose without a legal basis',
    description: 'Every purpose of a controller or joint-controller activity has an Art. 6(1) legal basis.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      // A processor acts on the controller's basis; Art. 30(2) does not ask for one.
      if (a.role === 'processor') continue;
      a.purposes.forEach((p, i) => {
        if (p.legalBasis === undefined) {
          emit(
            activityTarget(a, `purposes[${i}].legalBasis`),
            `The purpose ${q(p.description)} in ${q(a.name)} has no legal basis.`,
            'Choose the legal basis that applies (consent, contract, legal obligation, vital interests, public task or legitimate interests).',
          );
        }
      });
    }
  },
);

export const legitimateInterestUndescribed = defineRule(
  {
    id: 'legitimate-interest-undescribed',
    severity: 'error',
    article: 'Art. 13(1)(d)',
    title: 'Legitimate interests not described',
    description: 'A purpose that relies on legitimate interests says which interest is pursued.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.purposes.forEach((p, i) => {
        if (p.legalBasis === 'legitimate_interests' && (p.legitimateInterest ?? '').trim() === '') {
          emit(
            activityTarget(a, `purposes[${i}].legitimateInterest`),
            `The purpose ${q(p.description)} in ${q(a.name)} relies on legitimate interests but does not say which interest.`,
            'Describe the interest pursued in a sentence (e.g. “Preventing fraud against our customers”); the privacy notice must state it.',
          );
        }
      });
    }
  },
);

export const consentWithoutWithdrawal = defineRule(
  {
    id: 'consent-without-withdrawal',
    severity: 'error',
    article: 'Art. 7(3)',
    title: 'Consent without a way to withdraw it',
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
        emit(
          activityTarget(a, `purposes[${i}].legalBasis`),
          `The purpose ${q(purpose.description)} in ${q(a.name)} relies on consent, but the notice of ${q(product.name)} gives no way to withdraw it.`,
          `In the notice settings of ${q(product.name)}, add a contact e-mail, an in-app path or a web form where people can withdraw consent.`,
        );
      }
    }
  },
);

export const PURPOSE_RULES = [activityWithoutPurpose, purposeWithoutLegalBasis, legitimateInterestUndescribed, consentWithoutWithdrawal];
