import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  AUDIENCES,
  DATA_SOURCES,
  DEVICE_PERMISSIONS,
  DPA_STATUSES,
  DPIA_STATUSES,
  END_ACTIONS,
  JURISDICTION_ADDONS,
  NOTICE_LANGUAGES,
  NOTICE_STATEMENTS,
  PLATFORMS,
  RECIPIENT_TYPES,
  REQUIREMENTS,
  STORES,
  VENDOR_CATEGORIES,
  VENDOR_ROLES,
} from '../../shared/model';
import { adequacyFor, art9Conditions, countries, derogations, isGdprTerritory, legalBases, sccModules, transferMechanisms } from '../../shared/reference';

export interface Option {
  value: string;
  label: string;
}

/** Whether the recipient of a transfer is DPF-certified: unknown without a vendor. */
export type Certification = 'unknown' | 'certified' | 'not-certified';

/**
 * Adequacy of a destination in words: "adequacy decision", "no adequacy", … For the US it
 * depends on the recipient (the EU–US decision covers only DPF-certified organisations), in the
 * same terms as the finding and the hint below the transfer.
 */
export function adequacyLabel(t: TFunction, code: string, recipient: Certification = 'unknown'): string {
  if (isGdprTerritory(code)) return t('common.eea');
  const decision = adequacyFor(code);
  if (!decision) return t('common.noAdequacy');
  if (decision.condition === 'dpf_certified')
    return recipient === 'certified' ? t('common.adequacyDpfCertified') : recipient === 'not-certified' ? t('common.noAdequacyNotCertified') : t('common.adequacyDpfOnly');
  return decision.condition ? t('common.adequacyConditional') : t('common.adequacyDecision');
}

/** Transfer destinations with their adequacy for a recipient of this certification (three lists, built once). */
export function destinationOptions(t: TFunction, recipient: Certification): Option[] {
  const key = `${t('common.eea')}|${recipient}`;
  const cached = destinations.get(key);
  if (cached) return cached;
  const built = countries.map((c) => ({ value: c.code, label: `${c.name} — ${adequacyLabel(t, c.code, recipient)}` })).sort((a, b) => a.label.localeCompare(b.label));
  destinations.set(key, built);
  return built;
}
const destinations = new Map<string, Option[]>();

function build(t: TFunction) {
  const e = <K extends string>(group: string, keys: readonly K[]): Option[] =>
    keys.map((k) => ({ value: k, label: t(`enums.${group}.${k}` as 'enums.role.controller') }));
  return {
    role: e('role', ACTIVITY_ROLES),
    status: e('status', ACTIVITY_STATUSES),
    source: e('source', DATA_SOURCES),
    requirement: e('requirement', REQUIREMENTS),
    endAction: e('endAction', END_ACTIONS),
    recipientType: e('recipientType', RECIPIENT_TYPES),
    vendorRole: e('vendorRole', VENDOR_ROLES),
    vendorCategory: e('vendorCategory', VENDOR_CATEGORIES),
    dpaStatus: e('dpaStatus', DPA_STATUSES),
    dpiaStatus: e('dpiaStatus', DPIA_STATUSES),
    platform: e('platform', PLATFORMS),
    store: e('store', STORES),
    audience: e('audience', AUDIENCES),
    permission: e('permission', DEVICE_PERMISSIONS),
    statement: e('statement', NOTICE_STATEMENTS),
    language: e('language', NOTICE_LANGUAGES),
    addon: e('addon', JURISDICTION_ADDONS),
    legalBasis: legalBases.map((b) => ({ value: b.key, label: `${b.label} — ${b.article}` })),
    art9: art9Conditions.map((c) => ({ value: c.key, label: `(${c.key}) ${c.label}` })),
    mechanism: transferMechanisms.map((m) => ({ value: m.key, label: m.label })),
    derogation: derogations.map((d) => ({ value: d.key, label: `${d.article}: ${d.label}` })),
    sccModule: sccModules.map((m) => ({ value: String(m.module), label: m.label })),
    country: countries.map((c) => ({ value: c.code, label: c.name })).sort((a, b) => a.label.localeCompare(b.label)),
    /** Countries with their adequacy status next to the name, for transfer destinations. */
    destination: destinationOptions(t, 'unknown'),
  };
}

export type Options = ReturnType<typeof build>;

/** Select data for every picker, labelled in the UI language. */
export function useOptions(): Options {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const cached = cache.get(lang);
    if (cached) return cached;
    const built = build(t);
    cache.set(lang, built);
    return built;
  }, [t, lang]);
}

/** Built once per UI language: every picker of every editor shares the same lists. */
const cache = new Map<string, Options>();
