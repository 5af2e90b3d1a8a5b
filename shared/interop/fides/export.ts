/**
 * The register as Fides YAML: each organisation an `organization`, each product
 * a `system` (organisation-wide activities a system of their own; a product's
 * processor activities a second system with the Processor responsibility), each
 * purpose of an activity a `privacy_declaration` named "activity – purpose".
 * What Fides cannot hold is listed in docs (see ARCHITECTURE.md, "Fides and DPV").
 */
import { stringifyYamlSafe } from '../../reports/escape-yaml';
import type { WorkspaceDocument } from '../../interchange';
import type { Contact, Organisation, ProcessingActivity } from '../../model';
import { FIDES, dataUseFor, toFidesCategory, toFidesSubject } from './crosswalk';
import type { FidesContact, FidesDocument, FidesPrivacyDeclaration, FidesSystem } from './types';

/** Separates the activity from the purpose in a declaration's name. */
export const NAME_SEPARATOR = ' – ';
/** Suffix of the system that holds a product's processor activities. */
export const PROCESSOR_SUFFIX = '.processor';
/** Key of the system of an organisation's activities that belong to no product. */
export const orgWideKey = (orgId: string) => `${orgId}.organisation-wide`;

const contact = (c: Contact | undefined): FidesContact | undefined =>
  c === undefined ? undefined : { name: c.name ?? '', address: c.address ?? '', email: c.email ?? '', phone: c.phone ?? '' };

function controllerOf(o: Organisation): FidesContact {
  return { name: o.legalName ?? o.name, address: o.address ?? '', email: o.email ?? '', phone: o.phone ?? '' };
}

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

function declarations(a: ProcessingActivity, labels: (key: string) => string, vendorName: (id: string) => string): FidesPrivacyDeclaration[] {
  const purposes = a.purposes.length > 0 ? a.purposes : [{ description: a.name }];
  const retention = uniq(a.dataCategories.flatMap((c) => (c.retention ? [c.retention] : []))).join('; ');
  const special = a.dataCategories.some((c) => labels(c.category) === 'special');
  const thirdParties = a.recipients.map((r) => `${r.name ?? vendorName(r.vendorId ?? '')} (${r.type})`).join('; ');
  return purposes.map((p) => {
    const d: FidesPrivacyDeclaration = {
      name: p.description === a.name ? a.name : `${a.name}${NAME_SEPARATOR}${p.description}`,
      data_categories: uniq(a.dataCategories.map((c) => toFidesCategory(c.category))),
      data_use: dataUseFor(p, a.name),
      data_subjects: uniq(a.dataSubjects.map(toFidesSubject)),
    };
    if (p.legalBasis !== undefined) {
      d.legal_basis_for_processing = FIDES.legalBases[p.legalBasis];
      d.flexible_legal_basis_for_processing = false;
    }
    if (a.dpia.link !== undefined) d.impact_assessment_location = a.dpia.link;
    if (retention !== '') d.retention_period = retention;
    d.processes_special_category_data = special || p.art9Condition !== undefined;
    if (p.art9Condition !== undefined) d.special_category_legal_basis = FIDES.art9Conditions[p.art9Condition];
    d.data_shared_with_third_parties = a.recipients.some((r) => r.type !== 'internal');
    if (thirdParties !== '') d.third_parties = thirdParties;
    return d;
  });
}

/** The Fides resources of a register (or of the part of it given). */
export function toFides(doc: WorkspaceDocument): FidesDocument {
  const group = (a: ProcessingActivity) => (a.productId ?? orgWideKey(a.organisationId)) + (a.role === 'processor' ? PROCESSOR_SUFFIX : '');
  const groups = new Map<string, ProcessingActivity[]>();
  for (const a of doc.activities) groups.set(group(a), [...(groups.get(group(a)) ?? []), a]);
  const groupOf = (category: string) => doc.taxonomies.dataCategories.find((c) => c.key === category)?.group ?? 'other';
  const vendorName = (id: string) => doc.vendors.find((v) => v.id === id)?.name ?? id;
  const measureLabel = (k: string) => doc.taxonomies.securityMeasures.find((m) => m.key === k)?.label ?? k;
  const systems: FidesSystem[] = [];
  const addSystem = (key: string, orgId: string, name: string, description: string | undefined, acts: readonly ProcessingActivity[]) => {
    const processor = key.endsWith(PROCESSOR_SUFFIX);
    const s: FidesSystem = {
      fides_key: key,
      organization_fides_key: orgId,
      name: processor ? `${name} (processor)` : name,
      ...(description !== undefined ? { description } : {}),
      system_type: 'Service',
      responsibility: [processor ? 'Processor' : 'Controller'],
      privacy_declarations: acts.flatMap((a) => declarations(a, groupOf, vendorName)),
      uses_profiling: acts.some((a) => a.automatedDecisions.profiling === true),
      does_international_transfers: acts.some((a) => a.transfers.length > 0),
      legal_basis_for_transfers: uniq(acts.flatMap((a) => a.transfers.map((t) => (t.mechanism !== undefined ? FIDES.transferMechanisms[t.mechanism] : undefined) ?? 'Other'))),
      requires_data_protection_assessments: acts.some((a) => ['required', 'in_progress', 'completed'].includes(a.dpia.status)),
    };
    const measures = uniq(acts.flatMap((a) => a.securityMeasures)).map(measureLabel);
    if (measures.length > 0) s.data_security_practices = measures.join('; ');
    const joint = uniq(acts.flatMap((a) => a.jointControllers.map((j) => j.name)));
    if (joint.length > 0) s.joint_controller_info = joint.join('; ');
    systems.push(s);
  };
  // Systems in the order their first activity appears, so that the activities come back in their order.
  const orgName = (id: string) => doc.organisations.find((o) => o.id === id)?.name ?? id;
  for (const [key, acts] of groups) {
    const base = key.endsWith(PROCESSOR_SUFFIX) ? key.slice(0, -PROCESSOR_SUFFIX.length) : key;
    const product = doc.products.find((p) => p.id === base);
    const orgId = acts[0]?.organisationId ?? '';
    addSystem(key, orgId, product?.name ?? `${orgName(orgId)} (organisation-wide)`, product?.description, acts);
  }
  for (const p of doc.products) if (!groups.has(p.id) && !groups.has(p.id + PROCESSOR_SUFFIX)) addSystem(p.id, p.organisationId, p.name, p.description, []);
  return {
    organization: doc.organisations.map((o) => {
      const dpo = contact(o.dpo);
      const rep = contact(o.representative);
      return { fides_key: o.id, name: o.name, controller: controllerOf(o), ...(dpo ? { data_protection_officer: dpo } : {}), ...(rep ? { representative: rep } : {}) };
    }),
    system: systems,
  };
}

export function toFidesYaml(doc: WorkspaceDocument): string {
  return `# Fides resources (fideslang ${FIDES.version} crosswalk) written by RoPA Desk\n${stringifyYamlSafe(toFides(doc), { lineWidth: 0 })}`;
}
