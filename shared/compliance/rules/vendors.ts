/** Vendors: processing agreements (Art. 28(3)) and vendors nobody uses. */
import { defineRule } from '../define';
import { vendorTarget } from '../targets';

export const processorWithoutDpa = defineRule(
  {
    id: 'processor-without-dpa',
    severity: 'error',
    description: 'A vendor that acts as processor or sub-processor has a signed data processing agreement.',
  },
  (ctx, emit) => {
    for (const v of ctx.doc.vendors) {
      if (v.role !== 'processor' && v.role !== 'sub_processor') continue;
      if (v.dpa.status !== 'missing' && v.dpa.status !== 'pending') continue;
      emit(vendorTarget(v, 'dpa.status'), { vendor: v.name, pending: v.dpa.status === 'pending' });
    }
  },
);

export const vendorUnused = defineRule(
  {
    id: 'vendor-unused',
    severity: 'info',
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
      emit(vendorTarget(v), { vendor: v.name });
    }
  },
);

export const VENDOR_RULES = [processorWithoutDpa, vendorUnused];
