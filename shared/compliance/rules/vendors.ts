/** Vendors: processing agreements (Art. 28(3)) and vendors nobody uses. */
import { defineRule } from '../define';
import { q, vendorTarget } from '../targets';

export const processorWithoutDpa = defineRule(
  {
    id: 'processor-without-dpa',
    severity: 'error',
    article: 'Art. 28(3)',
    title: 'Processor without a signed DPA',
    description: 'A vendor that acts as processor or sub-processor has a signed data processing agreement.',
  },
  (ctx, emit) => {
    for (const v of ctx.doc.vendors) {
      if (v.role !== 'processor' && v.role !== 'sub_processor') continue;
      if (v.dpa.status !== 'missing' && v.dpa.status !== 'pending') continue;
      const state = v.dpa.status === 'pending' ? 'is still pending' : 'is missing';
      emit(
        vendorTarget(v, 'dpa.status'),
        `The vendor ${q(v.name)} processes personal data on your behalf, but its data processing agreement ${state}.`,
        'Sign the vendor’s data processing agreement (most offer one online) and record its date and link on the vendor.',
      );
    }
  },
);

export const vendorUnused = defineRule(
  {
    id: 'vendor-unused',
    severity: 'info',
    article: 'Art. 30(1)(d)',
    title: 'Vendor used nowhere',
    description: 'Every vendor in the workspace is a recipient or transfer of at least one activity; otherwise it may be obsolete.',
  },
  (ctx, emit) => {
    const used = new Set<string>();
    for (const a of ctx.doc.activities) {
      for (const r of a.recipients) if (r.vendorId !== undefined) used.add(r.vendorId);
      for (const t of a.transfers) if (t.vendorId !== undefined) used.add(t.vendorId);
    }
    for (const v of ctx.doc.vendors) {
      if (used.has(v.id)) continue;
      emit(
        vendorTarget(v),
        `The vendor ${q(v.name)} is not a recipient in any activity.`,
        'Add the vendor as a recipient where it receives data, or delete it if you no longer use it.',
      );
    }
  },
);

export const VENDOR_RULES = [processorWithoutDpa, vendorUnused];
