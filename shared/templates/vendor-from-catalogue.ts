import type { Vendor } from '../model';
import type { VendorEntry } from '../reference';

/**
 * A workspace vendor filled from a catalogue entry ("add Supabase"): name, service,
 * headquarters, role, regions, transfer tool and certifications. The DPA starts as
 * "missing" so the register shows it until one is recorded.
 */
export function vendorFromCatalogue(entry: VendorEntry, id: string): Vendor {
  return {
    id,
    name: entry.name,
    legalName: entry.euEntity ?? entry.legalName,
    service: entry.service,
    category: entry.category,
    headquarters: entry.headquarters,
    role: entry.role,
    processingCountries: [...entry.processingCountries],
    dpa: { status: 'missing' },
    ...(entry.transferMechanism !== undefined ? { transferMechanism: entry.transferMechanism } : {}),
    ...(entry.sccModule !== undefined ? { sccModule: entry.sccModule } : {}),
    dpfCertified: entry.dpfCertified,
    certifications: [...entry.certifications],
    website: entry.website,
    privacyUrl: entry.privacyUrl,
    catalogueKey: entry.key,
  };
}
