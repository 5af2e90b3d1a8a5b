/** Transfers to third countries (Art. 44–49). */
import { adequacyFor, isAdequate, isGdprTerritory } from '../../reference';
import { thirdCountriesOf } from '../completeness';
import { defineRule } from '../define';
import { activityTarget } from '../targets';

export const transferWithoutSafeguard = defineRule(
  {
    id: 'transfer-without-safeguard',
    severity: 'error',
    description: 'A transfer to a country without an adequacy decision that covers the recipient names a transfer tool (SCCs, BCRs, …).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        if (t.mechanism !== undefined || t.derogation !== undefined) return;
        const vendor = t.vendorId !== undefined ? ctx.vendors.get(t.vendorId) : undefined;
        if (isAdequate(t.country, { dpfCertified: vendor?.dpfCertified })) return;
        const who = t.recipientName ?? vendor?.name;
        // The same words as the editor's transfer picker: the US decision covers only DPF-certified recipients.
        const dpf = adequacyFor(t.country)?.condition === 'dpf_certified' ? (vendor === undefined ? 'no-vendor' : 'uncertified') : undefined;
        emit(activityTarget(a, `transfers[${i}].mechanism`), { activity: a.name, recipient: who, country: t.country, dpf });
      });
    }
  },
);

export const adequacyNotAvailable = defineRule(
  {
    id: 'adequacy-not-available',
    severity: 'error',
    description: 'A transfer that relies on an adequacy decision goes to a country that has one (the EU–US framework is checked separately).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        if (t.mechanism !== 'adequacy' || isGdprTerritory(t.country) || adequacyFor(t.country) !== undefined) return;
        emit(activityTarget(a, `transfers[${i}].mechanism`), { activity: a.name, country: t.country });
      });
    }
  },
);

export const usAdequacyWithoutDpf = defineRule(
  {
    id: 'us-adequacy-without-dpf',
    severity: 'error',
    description: 'A transfer to the United States that relies on adequacy goes to a vendor certified under the EU–US Data Privacy Framework.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        if (t.mechanism !== 'adequacy' || adequacyFor(t.country)?.condition !== 'dpf_certified') return;
        const vendor = t.vendorId !== undefined ? ctx.vendors.get(t.vendorId) : undefined;
        if (vendor?.dpfCertified === true) return;
        const who = vendor?.name ?? t.recipientName;
        emit(activityTarget(a, `transfers[${i}].mechanism`), { activity: a.name, recipient: who, vendorRecord: vendor !== undefined });
      });
    }
  },
);

export const derogationForRepetitiveTransfer = defineRule(
  {
    id: 'derogation-for-repetitive-transfer',
    severity: 'warning',
    description: 'Art. 49 derogations are meant for occasional transfers; a regular, repetitive transfer needs an Art. 46 safeguard.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        const usesDerogation = t.mechanism === 'derogation' || (t.mechanism === undefined && t.derogation !== undefined);
        if (!usesDerogation || t.repetitive !== true) return;
        emit(activityTarget(a, `transfers[${i}].derogation`), { activity: a.name, country: t.country });
      });
    }
  },
);

export const recipientOutsideEeaWithoutTransfer = defineRule(
  {
    id: 'recipient-outside-eea-without-transfer',
    severity: 'error',
    description: 'Every country outside the EEA where a recipient receives the data has a transfer recorded on the activity.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.recipients.length === 0) continue;
      const third = thirdCountriesOf(a, ctx.vendors);
      if (third.size === 0) continue;
      const recorded = new Set(a.transfers.map((t) => t.country));
      a.recipients.forEach((r, i) => {
        const vendor = r.vendorId !== undefined ? ctx.vendors.get(r.vendorId) : undefined;
        const countries = r.country !== undefined ? [r.country] : (vendor?.processingCountries ?? []);
        const missing = countries.filter((c) => !isGdprTerritory(c) && !recorded.has(c));
        if (missing.length === 0) return;
        emit(activityTarget(a, `recipients[${i}]`), { activity: a.name, vendor: vendor?.name, recipient: vendor === undefined ? r.name : undefined, countries: missing });
      });
    }
  },
);

export const TRANSFER_RULES = [
  transferWithoutSafeguard,
  adequacyNotAvailable,
  usAdequacyWithoutDpf,
  derogationForRepetitiveTransfer,
  recipientOutsideEeaWithoutTransfer,
];
