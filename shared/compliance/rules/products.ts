/** Products: a privacy contact (Art. 13(1)(a)) and children's consent age (Art. 8). */
import type { Product } from '../../model';
import { defineRule } from '../define';
import { digitalConsentAge } from '../digital-consent-age';
import { productTarget } from '../targets';
import type { CheckContext } from '../types';

export const productWithoutPrivacyContact = defineRule(
  {
    id: 'product-without-privacy-contact',
    severity: 'error',
    description: 'Every product’s notice names where people send privacy questions: the notice contact e-mail or the organisation’s privacy e-mail.',
  },
  (ctx, emit) => {
    for (const p of ctx.doc.products) {
      if ((p.notice.contactEmail ?? '').trim() !== '') continue;
      const org = ctx.organisations.get(p.organisationId);
      if ((org?.privacyEmail ?? '').trim() !== '') continue;
      emit(productTarget(p, 'notice.contactEmail'), { product: p.name });
    }
  },
);

/** Countries a product serves, as far as the record tells: hosting countries and the organisation's country. */
function servedCountries(ctx: CheckContext, p: Product): string[] {
  const org = ctx.organisations.get(p.organisationId);
  const all = new Set([...p.hostingCountries, ...(org?.country !== undefined ? [org.country] : [])]);
  return [...all];
}

function usesConsent(ctx: CheckContext, p: Product): boolean {
  return (ctx.activitiesByProduct.get(p.id) ?? []).some((a) => a.purposes.some((x) => x.legalBasis === 'consent'));
}

export const childConsentAge = defineRule(
  {
    id: 'minimum-age-below-digital-consent-age',
    severity: 'warning',
    description:
      'A product that relies on consent or addresses children sets a minimum age at or above the digital-consent age (13–16) of the EEA countries it serves (hosting countries and the organisation’s country).',
  },
  (ctx, emit) => {
    for (const p of ctx.doc.products) {
      const children = p.audiences.includes('children');
      if (!children && !usesConsent(ctx, p)) continue;
      const ages = servedCountries(ctx, p).flatMap((c) => {
        const a = digitalConsentAge(c);
        return a === undefined ? [] : [a];
      });
      const strictest = ages.reduce<(typeof ages)[number] | undefined>((m, a) => (m === undefined || a.age > m.age ? a : m), undefined);
      if (p.minimumAge === undefined) {
        if (!children) continue;
        emit(productTarget(p, 'minimumAge'), { product: p.name, kind: 'no-minimum', consentAge: strictest?.age ?? 16 });
        continue;
      }
      if (strictest === undefined || p.minimumAge >= strictest.age) continue;
      emit(productTarget(p, 'minimumAge'), { product: p.name, kind: 'below', minimumAge: p.minimumAge, country: strictest.country, consentAge: strictest.age, law: strictest.law, gdprDefault: strictest.law.startsWith('GDPR default') });
    }
  },
);

export const PRODUCT_RULES = [productWithoutPrivacyContact, childConsentAge];
