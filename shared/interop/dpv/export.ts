/**
 * The register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.2, with its
 * personal-data extension `pd:` and the GDPR extension `eu-gdpr:`): each
 * organisation a dpv:LegalEntity (controller), each processing activity a
 * dpv:PersonalDataHandling with its purposes, Art. 6/9 legal bases, personal
 * data, data subjects, recipients, transfers (dpv:CrossBorderTransfer with the
 * Art. 45/46/49 basis), measures and storage conditions. Terms come from
 * resources/reference/dpv-crosswalk.json, which lists each with its IRI.
 */
import file from '../../../resources/reference/dpv-crosswalk.json';
import type { WorkspaceDocument } from '../../interchange';
import type { Contact, ProcessingActivity, Purpose } from '../../model';
import { countryName } from '../../reference';

interface DpvCrosswalk {
  version: string;
  context: Record<string, string>;
  dataCategories: Record<string, string>;
  dataSubjects: Record<string, string>;
  securityMeasures: Record<string, string>;
  legalBases: Record<string, string>;
  art9Conditions: Record<string, string>;
  transferMechanisms: Record<string, string>;
  derogations: Record<string, string>;
  recipientTypes: Record<string, string>;
  purposes: { term: string; words?: string; basis?: string }[];
  vocabulary: Record<string, { iri: string; label: string; type: string }>;
}

export const DPV: DpvCrosswalk = file as DpvCrosswalk;

type Node = Record<string, unknown>;
const ref = (term: string) => ({ '@id': term });
const urn = (kind: string, id: string) => `urn:ropa-desk:${kind}:${encodeURIComponent(id)}`;
const RULES = DPV.purposes.map((p) => ({ ...p, re: p.words ? new RegExp(p.words, 'i') : undefined }));

export function dpvPurpose(p: Purpose, activityName: string): string {
  // issue 11: a purpose recorded as direct marketing is DPV's DirectMarketing, whatever its words.
  if (p.directMarketing === true) return 'dpv:DirectMarketing';
  const text = `${activityName} ${p.description}`;
  for (const r of RULES) {
    if (r.basis !== undefined) {
      if (p.legalBasis === r.basis) return r.term;
    } else if (r.re === undefined || r.re.test(text)) return r.term;
  }
  return 'dpv:ServiceProvision';
}

function entity(type: string, c: Contact): Node {
  return { '@type': type, ...(c.name ? { 'dpv:hasName': c.name } : {}), ...(c.email ? { 'dpv:hasContact': `mailto:${c.email}` } : {}) };
}

function activityNode(a: ProcessingActivity, doc: WorkspaceDocument): Node {
  const label = (k: string) => doc.taxonomies.dataCategories.find((c) => c.key === k)?.label ?? k;
  const vendorName = (id: string | undefined) => doc.vendors.find((v) => v.id === id)?.name;
  const org = ref(urn('organisation', a.organisationId));
  const n: Node = {
    '@id': urn('activity', a.id),
    '@type': 'dpv:PersonalDataHandling',
    'dpv:hasName': a.name,
    ...(a.description ? { 'dct:description': a.description } : {}),
  };
  if (a.role === 'processor') {
    n['dpv:hasDataProcessor'] = org;
    n['dpv:hasDataController'] = a.controllers.map((c) => entity('dpv:DataController', c));
  } else n['dpv:hasDataController'] = org;
  if (a.jointControllers.length > 0) n['dpv:hasJointDataControllers'] = { '@type': 'dpv:JointDataControllers', 'dpv:hasEntity': a.jointControllers.map((j) => entity('dpv:DataController', j)) };
  n['dpv:hasPurpose'] = a.purposes.map((p) => ({ '@type': dpvPurpose(p, a.name), 'dct:description': p.description }));
  const bases = [...new Set(a.purposes.flatMap((p) => [p.legalBasis ? DPV.legalBases[p.legalBasis] : undefined, p.art9Condition ? DPV.art9Conditions[p.art9Condition] : undefined]).filter((x): x is string => x !== undefined))];
  n['dpv:hasLegalBasis'] = bases.map(ref);
  n['dpv:hasPersonalData'] = a.dataCategories.map((c) => {
    const term = DPV.dataCategories[c.category];
    return term !== undefined ? { '@type': term, 'rdfs:label': c.detail ?? label(c.category) } : { '@type': 'dpv:PersonalData', 'rdfs:label': label(c.category) };
  });
  n['dpv:hasDataSubject'] = [...new Set(a.dataSubjects.map((s) => DPV.dataSubjects[s] ?? 'dpv:DataSubject'))].map(ref);
  n['dpv:hasRecipient'] = a.recipients.map((r) => ({
    '@type': DPV.recipientTypes[r.type] ?? 'dpv:Recipient',
    'dpv:hasName': r.name ?? vendorName(r.vendorId) ?? r.vendorId ?? '',
    ...(r.country ? { 'dpv:hasCountry': { '@type': 'dpv:Country', 'rdfs:label': countryName(r.country), 'dct:identifier': r.country } } : {}),
  }));
  n['dpv:hasProcessing'] = a.transfers.map((t) => {
    const basis = t.mechanism === 'derogation' && t.derogation ? DPV.derogations[t.derogation] : t.mechanism ? DPV.transferMechanisms[t.mechanism] : undefined;
    return {
      '@type': 'dpv:CrossBorderTransfer',
      'dpv:hasThirdCountry': { '@type': 'dpv:ThirdCountry', 'rdfs:label': countryName(t.country), 'dct:identifier': t.country },
      ...(basis ? { 'dpv:hasLegalBasis': ref(basis) } : {}),
      ...(t.recipientName || t.vendorId ? { 'dpv:hasRecipient': { '@type': 'dpv:Recipient', 'dpv:hasName': t.recipientName ?? vendorName(t.vendorId) ?? '' } } : {}),
      ...(t.safeguards ? { 'dct:description': t.safeguards } : {}),
    };
  });
  n['dpv:hasTechnicalOrganisationalMeasure'] = [...new Set(a.securityMeasures.map((m) => DPV.securityMeasures[m] ?? 'dpv:TechnicalOrganisationalMeasure'))].map(ref);
  n['dpv:hasStorageCondition'] = a.dataCategories
    .filter((c) => c.retention !== undefined || c.retentionMonths !== undefined)
    .map((c) => ({
      '@type': 'dpv:StorageDuration',
      'rdfs:label': label(c.category),
      ...(c.retentionMonths !== undefined ? { 'dpv:hasDuration': { '@value': `P${c.retentionMonths}M`, '@type': 'xsd:duration' } } : {}),
      ...(c.retention ? { 'dct:description': c.retention } : {}),
    }));
  return n;
}

/** The whole register (or the part given) as one JSON-LD document. */
export function toDpvJsonLd(doc: WorkspaceDocument): Node {
  const orgs = doc.organisations.map((o) => ({
    '@id': urn('organisation', o.id),
    '@type': ['dpv:LegalEntity', 'dpv:DataController'],
    'dpv:hasName': o.legalName ?? o.name,
    ...(o.country ? { 'dpv:hasCountry': { '@type': 'dpv:Country', 'rdfs:label': countryName(o.country), 'dct:identifier': o.country } } : {}),
    ...(o.dpo ? { 'dpv:hasDataProtectionOfficer': entity('dpv:DataProtectionOfficer', o.dpo) } : {}),
    ...(o.representative ? { 'dpv:hasRepresentative': entity('dpv:Representative', o.representative) } : {}),
  }));
  return {
    '@context': DPV.context,
    '@id': 'urn:ropa-desk:register',
    'dct:description': `Records of processing activities (GDPR Art. 30), written by RoPA Desk with the W3C Data Privacy Vocabulary (crosswalk ${DPV.version})`,
    '@graph': [...orgs, ...doc.activities.map((a) => activityNode(a, doc))],
  };
}
