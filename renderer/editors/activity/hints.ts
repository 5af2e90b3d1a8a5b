import type { TFunction } from 'i18next';
import type { ProcessingActivity, Vendor } from '../../../shared/model';
import { adequacyFor, countryName, isAdequate } from '../../../shared/reference';
import type { Hint } from '../../forms/problems';

/**
 * The simple checks shown next to the fields while editing (they do not block the
 * save): purpose without legal basis, legitimate interest without the interest,
 * special data without an Art. 9 condition, transfer without a mechanism.
 */
export function activityHints(a: ProcessingActivity, special: ReadonlySet<string>, vendors: ReadonlyMap<string, Vendor>, t: TFunction): Hint[] {
  const hints: Hint[] = [];
  if (a.role === 'processor' && a.controllers.length === 0) hints.push({ path: 'controllers', message: t('problems.noControllers') });
  if (a.purposes.length === 0) hints.push({ path: 'purposes', message: t('problems.noPurposes') });
  a.purposes.forEach((p, i) => {
    if (p.legalBasis === undefined) hints.push({ path: `purposes.${i}.legalBasis`, message: t('problems.noLegalBasis') });
    if (p.legalBasis === 'legitimate_interests' && (p.legitimateInterest ?? '').trim() === '')
      hints.push({ path: `purposes.${i}.legitimateInterest`, message: t('problems.noInterest') });
  });
  const hasArt9 = a.purposes.some((p) => p.art9Condition !== undefined);
  if (!hasArt9) {
    a.dataCategories.forEach((c, i) => {
      if (special.has(c.category)) hints.push({ path: `dataCategories.${i}.category`, message: t('problems.noArt9') });
    });
    if (a.dataCategories.some((c) => special.has(c.category))) a.purposes.forEach((_, i) => hints.push({ path: `purposes.${i}.art9Condition`, message: t('problems.noArt9') }));
  }
  a.transfers.forEach((x, i) => {
    const vendor = x.vendorId !== undefined ? vendors.get(x.vendorId) : undefined;
    const adequate = isAdequate(x.country, { dpfCertified: vendor?.dpfCertified === true });
    if (!adequate && x.mechanism === undefined && x.derogation === undefined)
      hints.push({
        path: `transfers.${i}.mechanism`,
        message:
          adequacyFor(x.country)?.condition === 'dpf_certified'
            ? t('problems.noMechanismDpf', { country: countryName(x.country), who: vendor?.name ?? x.recipientName ?? t('problems.theRecipient') })
            : t('problems.noMechanism', { country: countryName(x.country) }),
      });
    if (x.mechanism === 'derogation' && x.derogation === undefined) hints.push({ path: `transfers.${i}.derogation`, message: t('problems.noDerogation') });
    if (x.mechanism === 'scc' && x.sccModule === undefined) hints.push({ path: `transfers.${i}.sccModule`, message: t('problems.noSccModule') });
  });
  return hints;
}
