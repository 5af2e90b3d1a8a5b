/** Readable names for record fields and values, for "what changed" lists. */

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  description: 'Description',
  legalName: 'Legal name',
  role: 'Role',
  controllers: 'Controllers',
  jointControllers: 'Joint controllers',
  purposes: 'Purposes',
  legalBasis: 'Legal basis',
  legitimateInterest: 'Legitimate interest',
  art9Condition: 'Art. 9 condition',
  directMarketing: 'Direct marketing',
  dataSubjects: 'Data subjects',
  dataCategories: 'Data categories',
  category: 'Category',
  detail: 'Detail',
  source: 'Source',
  sourceDetail: 'Source detail',
  requirement: 'Requirement',
  consequence: 'Consequence of not providing',
  retention: 'Retention',
  retentionMonths: 'Retention (months)',
  endAction: 'At the end of retention',
  noticeGroup: 'Notice group',
  recipients: 'Recipients',
  vendorId: 'Vendor',
  type: 'Type',
  service: 'Service',
  country: 'Country',
  transfers: 'Transfers',
  recipientName: 'Recipient',
  mechanism: 'Transfer mechanism',
  sccModule: 'SCC module',
  derogation: 'Derogation',
  documentUrl: 'Safeguard document',
  safeguards: 'Safeguards',
  repetitive: 'Repetitive',
  securityMeasures: 'Security measures',
  securityNotes: 'Security notes',
  dpia: 'DPIA',
  status: 'Status',
  reason: 'Reason',
  link: 'Link',
  date: 'Date',
  automatedDecisions: 'Automated decisions',
  exists: 'Exists',
  profiling: 'Profiling',
  logic: 'Logic involved',
  significance: 'Significance',
  systems: 'Systems',
  owner: 'Owner',
  reviewer: 'Reviewer',
  lastReviewed: 'Last reviewed',
  nextReviewDue: 'Next review due',
  productId: 'Product',
  organisationId: 'Organisation',
  dpa: 'DPA',
  dpo: 'Data protection officer',
  representative: 'EU representative',
  leadAuthority: 'Lead supervisory authority',
  privacyEmail: 'Privacy e-mail',
  staffCount: 'Staff',
  processingCountries: 'Processing countries',
  transferMechanism: 'Transfer mechanism',
  dpfCertified: 'DPF certified',
  certifications: 'Certifications',
  headquarters: 'Headquarters',
  notice: 'Notice settings',
  contactEmail: 'Contact e-mail',
  inAppPath: 'In-app path',
  webFormUrl: 'Web form',
  minimumAge: 'Minimum age',
  audiences: 'Audiences',
  platforms: 'Platforms',
  hostingCountries: 'Hosting countries',
  permissions: 'Device permissions',
  contact: 'Contact',
  arrangement: 'Arrangement',
};

/** "legitimateInterest" → "Legitimate interest" (known fields by name, others by splitting the camel case). */
export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known !== undefined) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as a short text: "(empty)", "yes"/"no", lists joined with commas, objects as key: value pairs. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(describeValue).join(', ');
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.map(([k, v]) => `${fieldLabel(k)}: ${describeValue(v)}`).join('; ');
}
