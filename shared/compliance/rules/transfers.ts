/** Transfers to third countries (Art. 44–49). */
import { adequacyFor, countryName, isAdequate, isGdprTerritory } from '../../reference';
import { thirdCountriesOf } from '../completeness';
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';

export const transferWithoutSafeguard = defineRule(
  {
    id: 'transfer-without-safeguard',
    severity: 'error',
    article: 'Art. 44, 46',
    title: 'Transfer without adequacy or safeguard',
    description: 'A transfer to a country without an adequacy decision that covers the recipient names a transfer tool (SCCs, BCRs, …).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        if (t.mechanism !== undefined || t.derogation !== undefined) return;
        const vendor = t.vendorId !== undefined ? ctx.vendors.get(t.vendorId) : undefined;
        if (isAdequate(t.country, { dpfCertified: vendor?.dpfCertified })) return;
        const who = t.recipientName ?? vendor?.name ?? 'a recipient';
        // The same words as the editor's transfer picker: the US decision covers only DPF-certified recipients.
        const why =
          adequacyFor(t.country)?.condition === 'dpf_certified'
            ? `where the adequacy decision covers only organisations certified under the EU–US Data Privacy Framework and ${vendor === undefined ? 'no vendor record shows a certification' : 'the vendor record shows no certification'}`
            : 'which has no adequacy decision covering it';
        emit(
          activityTarget(a, `transfers[${i}].mechanism`),
          `The activity ${q(a.name)} transfers data to ${who} in ${countryName(t.country)}, ${why}, and no safeguard is recorded.`,
          'Record the transfer tool, usually the Standard Contractual Clauses (with the module) in the data processing agreement.',
        );
      });
    }
  },
);

export const adequacyNotAvailable = defineRule(
  {
    id: 'adequacy-not-available',
    severity: 'error',
    article: 'Art. 45',
    title: 'Adequacy relied on where there is none',
    description: 'A transfer that relies on an adequacy decision goes to a country that has one (the EU–US framework is checked separately).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        if (t.mechanism !== 'adequacy' || isGdprTerritory(t.country) || adequacyFor(t.country) !== undefined) return;
        emit(
          activityTarget(a, `transfers[${i}].mechanism`),
          `The activity ${q(a.name)} relies on an adequacy decision for ${countryName(t.country)}, but the EU has no adequacy decision for that country.`,
          'Use another transfer tool, such as the Standard Contractual Clauses, and update the transfer.',
        );
      });
    }
  },
);

export const usAdequacyWithoutDpf = defineRule(
  {
    id: 'us-adequacy-without-dpf',
    severity: 'error',
    article: 'Art. 45',
    title: 'US adequacy without DPF certification',
    description: 'A transfer to the United States that relies on adequacy goes to a vendor certified under the EU–US Data Privacy Framework.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        if (t.mechanism !== 'adequacy' || adequacyFor(t.country)?.condition !== 'dpf_certified') return;
        const vendor = t.vendorId !== undefined ? ctx.vendors.get(t.vendorId) : undefined;
        if (vendor?.dpfCertified === true) return;
        const who = vendor?.name ?? t.recipientName ?? 'The recipient';
        emit(
          activityTarget(a, `transfers[${i}].mechanism`),
          `The activity ${q(a.name)} relies on the EU–US adequacy decision for ${who}, but ${vendor === undefined ? 'no vendor record shows a' : 'the vendor record shows no'} Data Privacy Framework certification.`,
          'Check the vendor on dataprivacyframework.gov and tick “DPF certified” on the vendor, or rely on the Standard Contractual Clauses instead.',
        );
      });
    }
  },
);

export const derogationForRepetitiveTransfer = defineRule(
  {
    id: 'derogation-for-repetitive-transfer',
    severity: 'warning',
    article: 'Art. 49(1)',
    title: 'Art. 49 derogation used for a repetitive transfer',
    description: 'Art. 49 derogations are meant for occasional transfers; a regular, repetitive transfer needs an Art. 46 safeguard.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.transfers.forEach((t, i) => {
        const usesDerogation = t.mechanism === 'derogation' || (t.mechanism === undefined && t.derogation !== undefined);
        if (!usesDerogation || t.repetitive !== true) return;
        emit(
          activityTarget(a, `transfers[${i}].derogation`),
          `The activity ${q(a.name)} relies on an Art. 49 derogation for a regular transfer to ${countryName(t.country)}; derogations only cover occasional transfers.`,
          'Put Standard Contractual Clauses or another Art. 46 safeguard in place for this transfer.',
        );
      });
    }
  },
);

export const recipientOutsideEeaWithoutTransfer = defineRule(
  {
    id: 'recipient-outside-eea-without-transfer',
    severity: 'error',
    article: 'Art. 30(1)(e)',
    title: 'Recipient outside the EEA without a recorded transfer',
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
        const who = vendor !== undefined ? `The vendor ${q(vendor.name)}` : r.name !== undefined ? `The recipient ${q(r.name)}` : 'A recipient';
        emit(
          activityTarget(a, `recipients[${i}]`),
          `${who} receives data from ${q(a.name)} in ${missing.map(countryName).join(', ')}, but no transfer to ${missing.length === 1 ? 'that country' : 'those countries'} is recorded.`,
          'Add the transfer with its safeguard (e.g. SCCs or adequacy) to the activity, or correct the recipient’s country.',
        );
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
