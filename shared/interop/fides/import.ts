/**
 * Fides YAML → a workspace document (then imported like any other, all or
 * nothing): organisations, products (systems), processing activities (privacy
 * declarations grouped by the activity named before " – "). fideslang keys come
 * back through the crosswalk; a key it does not know becomes a custom taxonomy
 * entry, so nothing is dropped.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type WorkspaceDocument, defaultTaxonomies } from '../../interchange';
import type { Art9Condition, Contact, DataCategoryUse, LegalBasis, Organisation, ProcessingActivity, Product, Recipient, RecipientType } from '../../model';
import { Email, RECIPIENT_TYPES } from '../../model';
import { FIDES, fromFides, invert } from './crosswalk';
import { NAME_SEPARATOR, PROCESSOR_SUFFIX } from './export';

const str = z.string().max(20_000);
const Contact_ = z.object({ name: str.optional(), address: str.optional(), email: str.optional(), phone: str.optional() }).nullish();
const Declaration = z.object({
  name: str.nullish(),
  data_categories: z.array(str).max(500).default([]),
  data_use: str,
  data_subjects: z.array(str).max(500).default([]),
  legal_basis_for_processing: str.nullish(),
  impact_assessment_location: str.nullish(),
  retention_period: str.nullish(),
  special_category_legal_basis: str.nullish(),
  third_parties: str.nullish(),
});
const FidesFile = z.object({
  organization: z.array(z.object({ fides_key: str, name: str.nullish(), description: str.nullish(), controller: Contact_, data_protection_officer: Contact_, representative: Contact_ })).max(1000).default([]),
  system: z
    .array(
      z.object({
        fides_key: str,
        organization_fides_key: str.nullish(),
        name: str.nullish(),
        description: str.nullish(),
        responsibility: z.array(str).max(10).nullish(),
        privacy_declarations: z.array(Declaration).max(10_000).default([]),
        data_security_practices: str.nullish(),
      }),
    )
    .max(10_000)
    .default([]),
});

export type FidesImport = { ok: true; document: WorkspaceDocument } | { ok: false; problems: string[] };

/** A fides_key as one of our ids (fideslang also allows "<" and ">"). */
const asId = (key: string) => key.replace(/[^A-Za-z0-9_.:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64) || 'fides';
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'activity';

function contactOf(c: z.infer<typeof Contact_>): Contact | undefined {
  if (!c) return undefined;
  const out: Contact = {};
  if (c.name) out.name = c.name.slice(0, 200);
  if (c.email && Email.safeParse(c.email).success) out.email = c.email;
  if (c.phone) out.phone = c.phone.slice(0, 50);
  if (c.address) out.address = c.address.slice(0, 500);
  return Object.keys(out).length > 0 ? out : undefined;
}

export function fidesToDocument(yamlText: string, workspaceName: string): FidesImport {
  let raw: unknown;
  try {
    raw = parse(yamlText, { maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problems: [`$: is not valid YAML (${(e as Error).message.split('\n')[0] ?? ''})`] };
  }
  const parsed = FidesFile.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `$.${i.path.join('.')}: ${i.message}`) };
  const f = parsed.data;
  const taxonomies = defaultTaxonomies();
  const bases = invert<LegalBasis>(FIDES.legalBases);
  const art9 = invert<Art9Condition>(FIDES.art9Conditions);
  const measureByLabel = new Map(taxonomies.securityMeasures.map((m) => [m.label.toLowerCase(), m.key]));
  const customCategory = (key: string) => {
    const k = `custom_fides_${key.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`.slice(0, 64);
    if (!taxonomies.dataCategories.some((c) => c.key === k)) {
      taxonomies.dataCategories.push({ key: k, label: key, group: 'other', special: false, criminal: false, description: 'fideslang data category without a counterpart in the RoPA Desk taxonomy (imported from Fides).' });
    }
    return k;
  };
  const customSubject = (key: string) => {
    const k = `custom_fides_${key.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`.slice(0, 64);
    if (!taxonomies.dataSubjects.some((s) => s.key === k)) taxonomies.dataSubjects.push({ key: k, label: key, description: 'fideslang data subject imported from Fides.' });
    return k;
  };

  const organisations: Organisation[] = f.organization.map((o) => {
    const org: Organisation = { id: asId(o.fides_key), name: (o.name ?? o.fides_key).slice(0, 200) };
    const c = contactOf(o.controller);
    if (c?.name !== undefined && c.name !== org.name) org.legalName = c.name;
    if (c?.address) org.address = c.address;
    if (c?.email) org.email = c.email;
    if (c?.phone) org.phone = c.phone;
    const dpo = contactOf(o.data_protection_officer);
    if (dpo) org.dpo = dpo;
    const rep = contactOf(o.representative);
    if (rep) org.representative = rep;
    return org;
  });
  const products: Product[] = [];
  const activities: ProcessingActivity[] = [];
  for (const s of f.system) {
    const processor = s.fides_key.endsWith(PROCESSOR_SUFFIX) || (s.responsibility ?? []).includes('Processor');
    const base = s.fides_key.endsWith(PROCESSOR_SUFFIX) ? s.fides_key.slice(0, -PROCESSOR_SUFFIX.length) : s.fides_key;
    const orgId = asId(s.organization_fides_key ?? organisations[0]?.id ?? 'default_organization');
    if (!organisations.some((o) => o.id === orgId)) organisations.push({ id: orgId, name: orgId });
    let productId: string | undefined;
    if (!base.endsWith('.organisation-wide')) {
      productId = asId(base);
      if (!products.some((p) => p.id === productId)) {
        products.push({
          id: productId,
          organisationId: orgId,
          name: (s.name ?? base).replace(/ \(processor\)$/, '').slice(0, 200),
          ...(s.description ? { description: s.description.slice(0, 2000) } : {}),
          platforms: [],
          storeListings: [],
          audiences: [],
          hostingCountries: [],
          permissions: [],
          notice: { languages: ['en'], statements: [], jurisdictionAddons: [], customSections: [] },
        });
      }
    }
    const measures = (s.data_security_practices ?? '').split(';').map((m) => measureByLabel.get(m.trim().toLowerCase())).filter((k): k is string => k !== undefined);
    const byName = new Map<string, ProcessingActivity>();
    for (const d of s.privacy_declarations) {
      const full = (d.name ?? d.data_use).trim();
      const at = full.indexOf(NAME_SEPARATOR);
      const name = (at > 0 ? full.slice(0, at) : full).slice(0, 200);
      const purpose = (at > 0 ? full.slice(at + NAME_SEPARATOR.length) : full).slice(0, 1000);
      let a = byName.get(name);
      if (a === undefined) {
        a = {
          id: `act-${slug(s.fides_key)}-${slug(name)}-${activities.length + 1}`.slice(0, 64),
          organisationId: orgId,
          ...(productId !== undefined ? { productId } : {}),
          name,
          role: processor ? 'processor' : 'controller',
          controllers: [],
          jointControllers: [],
          purposes: [],
          dataSubjects: [],
          dataCategories: [],
          recipients: [],
          transfers: [],
          securityMeasures: [...measures],
          dpia: { status: 'not_assessed', ...(d.impact_assessment_location ? { link: d.impact_assessment_location.slice(0, 2000) } : {}) },
          automatedDecisions: { exists: false },
          systems: [],
          status: 'draft',
        };
        byName.set(name, a);
        activities.push(a);
      }
      const basis = d.legal_basis_for_processing ? bases.get(d.legal_basis_for_processing) : undefined;
      const condition = d.special_category_legal_basis ? art9.get(d.special_category_legal_basis) : undefined;
      a.purposes.push({ description: purpose, ...(basis ? { legalBasis: basis } : {}), ...(condition ? { art9Condition: condition } : {}) });
      for (const k of d.data_categories) {
        const key = fromFides(k, FIDES.importDataCategories) ?? customCategory(k);
        if (a.dataCategories.some((c) => c.category === key)) continue;
        const use: DataCategoryUse = { category: key, source: 'data_subject', requirement: 'necessary_for_service' };
        if (d.retention_period) use.retention = d.retention_period.slice(0, 500);
        a.dataCategories.push(use);
      }
      for (const k of d.data_subjects) {
        const key = FIDES.importDataSubjects[k] ?? customSubject(k);
        if (!a.dataSubjects.includes(key)) a.dataSubjects.push(key);
      }
      for (const part of (d.third_parties ?? '').split(';').map((x) => x.trim()).filter((x) => x !== '')) {
        const m = /^(.*) \(([a-z_]+)\)$/.exec(part);
        const type = (m && (RECIPIENT_TYPES as readonly string[]).includes(m[2] ?? '') ? m[2] : 'controller') as RecipientType;
        const r: Recipient = { name: (m ? (m[1] ?? part) : part).slice(0, 200), type };
        if (!a.recipients.some((x) => x.name === r.name && x.type === r.type)) a.recipients.push(r);
      }
    }
  }
  return {
    ok: true,
    document: { format: DOCUMENT_FORMAT, formatVersion: DOCUMENT_VERSION, generator: 'RoPA Desk (from Fides)', workspace: { name: workspaceName }, taxonomies, organisations, products, vendors: [], activities },
  };
}
