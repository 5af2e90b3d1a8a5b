/**
 * What a Fides file holds of a register: the fields that come back unchanged
 * through export → import, with data categories and subjects as the crosswalk
 * brings them back. Everything else is listed in ARCHITECTURE.md ("Fides and DPV").
 */
import type { WorkspaceDocument } from '../../interchange';
import { FIDES, fromFides, toFidesCategory, toFidesSubject } from './crosswalk';

export function fidesView(doc: WorkspaceDocument) {
  const back = (k: string) => fromFides(toFidesCategory(k), FIDES.importDataCategories) ?? `custom_fides_${toFidesCategory(k)}`;
  return {
    organisations: doc.organisations.map((o) => ({ id: o.id, name: o.name, legalName: o.legalName !== undefined && o.legalName !== o.name ? o.legalName : undefined, dpo: o.dpo?.name, dpoEmail: o.dpo?.email })),
    products: doc.products.filter((p) => doc.activities.some((a) => a.productId === p.id)).map((p) => ({ id: p.id, organisationId: p.organisationId, name: p.name, description: p.description })),
    activities: doc.activities.map((a) => {
      const retention = [...new Set(a.dataCategories.flatMap((c) => (c.retention ? [c.retention] : [])))].join('; ');
      return {
        name: a.name,
        organisationId: a.organisationId,
        productId: a.productId,
        role: a.role === 'processor' ? 'processor' : 'controller',
        purposes: (a.purposes.length > 0 ? a.purposes : [{ description: a.name }]).map((p) => ({ description: p.description, legalBasis: p.legalBasis, art9Condition: p.art9Condition })),
        dataCategories: [...new Set(a.dataCategories.map((c) => back(c.category)))].map((category) => ({ category, retention: retention || undefined })),
        dataSubjects: [...new Set(a.dataSubjects.map((s) => FIDES.importDataSubjects[toFidesSubject(s)] ?? s))],
        recipients: a.recipients.map((r) => ({ name: r.name ?? doc.vendors.find((v) => v.id === r.vendorId)?.name ?? r.vendorId, type: r.type })),
        dpiaLink: a.dpia.link,
      };
    }),
  };
}
