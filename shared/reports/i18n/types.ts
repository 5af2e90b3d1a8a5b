/**
 * The shape every language catalogue of the reports (Word report, Excel register)
 * fills in. Labels (sheet columns, table headers, fact labels) are keyed by their
 * English text, gettext-style, so that the column definitions keep one readable
 * header and a new column without a translation fails to compile here or in the
 * catalogue test; everything else is keyed by what it is.
 */
import type { ActivityRole, ActivityStatus, DataSource, DpaStatus, DpiaStatus, EndAction, RecipientType, Requirement } from '../../model';

export const REPORT_LANGS = ['en', 'de', 'fr'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** Every label a report shows by its English text (column headers, table headers, fact labels). */
export const EN_LABELS = [
  // register and detail sheets
  'Activity ID', 'Address', 'Adequacy', 'After', 'Applied to', 'Art. 32(1)', 'Art. 9 condition', 'Article', 'At the end',
  'Automated decisions', 'Before', 'Categories of data subjects', 'Categories of personal data', 'Categories of processing',
  'Categories of recipients', 'Certifications', 'Change', 'Check', 'Controller', 'Controllers on whose behalf',
  'Copy of the safeguards', 'Country', 'DPA', 'DPA date', 'DPIA', 'DPIA notes', 'Data category', 'Data protection officer',
  'Description', 'E-mail', 'EU-US DPF', 'Field', 'Finding', 'Headquarters', 'How to fix it', 'If not provided',
  'Joint controllers', 'Last reviewed', 'Lead supervisory authority', 'Legal basis (Art. 6)', 'Legal name',
  'Legitimate interests', 'Measure', 'Mechanism', 'Months', 'Next review due', 'Notice heading', 'Organisation',
  'Organisation ID', 'Owner', 'Phone', 'Privacy contact', 'Privacy notice', 'Processing activities', 'Processing activity',
  'Processing countries', 'Processor', 'Product', 'Purposes', 'Recipient', 'Record', 'Record type', 'Registration number',
  'Representative in the EU (Art. 27)', 'Required?', 'Retention', 'Retention (months)', 'Retention period or criteria',
  'Reviewer', 'Role', 'Safeguards and documentation', 'Security measures (Art. 32)', 'Security notes', 'Service', 'Severity',
  'Source', 'Source detail', 'Source of the data', 'Special categories (Art. 9/10)', 'Special category', 'Status',
  'Sub-processors and recipients', 'Systems and storage', 'Time limits for erasure', 'Transfer mechanism',
  'Transfers to third countries and safeguards', 'Type', 'Vendor', 'Vendor ID', 'Website', 'What exactly', 'What they do',
  // Word report: tables and facts
  'Role and service', 'Countries', 'Safeguard', 'Documentation', 'Contact', 'Representative (Art. 27)',
  'On behalf of (Art. 30(2)(a))', 'Joint controllers (Art. 26)', 'Purposes and legal basis', 'Data subjects', 'Personal data',
  'Recipients', 'Transfers outside the EEA', 'Status and review', 'Scope', 'Version', 'Date', 'Prepared by',
  // About sheet
  'Title', 'Workspace', 'Generated', 'Layout', 'Editing', 'Format', 'Scope key', 'Changes since', 'Language',
  'Texts in the original language',
] as const;
export type EnLabel = (typeof EN_LABELS)[number];

export const SHEET_KEYS = [
  'about', 'organisations', 'controller', 'processor', 'inventory', 'recipients', 'vendors', 'transfers', 'retention', 'measures',
  'findings', 'changes', 'untranslated',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export type Severity = 'error' | 'warning' | 'info';
export type RecordKind = 'workspace' | 'organisation' | 'product' | 'activity' | 'vendor';
export type ChangeKind = 'added' | 'removed' | 'changed';
export type LayoutName = 'native' | 'ico' | 'cnil' | 'dsk';

export interface ReportCatalogue {
  readonly lang: ReportLang;
  /** BCP 47 tag: dates, and the documents' language (docx w:lang, xlsx dc:language). */
  readonly locale: string;
  /** The language's name in itself ("Deutsch"). */
  readonly languageName: string;
  readonly labels: Readonly<Record<EnLabel, string>>;
  /** Tab names: at most 31 characters, none of []:*?/\. */
  readonly sheets: Readonly<Record<SheetKey, string>>;
  readonly role: Readonly<Record<ActivityRole, string>>;
  readonly status: Readonly<Record<ActivityStatus, string>>;
  readonly dpia: Readonly<Record<DpiaStatus, string>>;
  readonly source: Readonly<Record<DataSource, string>>;
  readonly requirement: Readonly<Record<Requirement, string>>;
  readonly endAction: Readonly<Record<EndAction, string>>;
  readonly recipientType: Readonly<Record<RecipientType, string>>;
  readonly dpaStatus: Readonly<Record<DpaStatus, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityCount: (severity: Severity, n: number) => string;
  readonly recordKind: Readonly<Record<RecordKind, string>>;
  readonly change: Readonly<Record<ChangeKind, string>>;
  readonly layoutName: Readonly<Record<LayoutName, string>>;

  /** Value words. */
  readonly w: {
    readonly yes: string;
    readonly no: string;
    readonly none: string;
    readonly notRecorded: string;
    readonly notSet: string;
    readonly noneDesignated: string;
    readonly notRequired: string;
    readonly certified: string;
    readonly eea: string;
    readonly adequate: string;
    readonly thirdCountry: string;
    readonly withinEea: string;
    readonly adequacyDecision: string;
    readonly noMechanism: string;
    readonly specialCategory: string;
    readonly empty: string;
    readonly emptyList: string;
    readonly notReviewed: string;
    readonly includingProfiling: string;
    readonly notDocumented: string;
  };
  readonly f: {
    readonly months: (n: number) => string;
    /** "24 months; at the end: delete". */
    readonly atTheEnd: (period: string, action: string) => string;
    readonly sccModule: (module: number) => string;
    /** Art. 49(1)(a) … (g), and the second subparagraph for compelling legitimate interests. */
    readonly derogation: (letter: string) => string;
    readonly andMore: (n: number) => string;
    readonly hq: (country: string) => string;
    readonly owner: (name: string) => string;
    readonly reviewer: (name: string) => string;
    readonly lastReviewed: (date: string) => string;
    readonly nextReview: (date: string) => string;
    readonly logic: (text: string) => string;
    readonly significance: (text: string) => string;
    readonly activityCount: (total: number, controller: number, processor: number) => string;
    readonly scopeOrganisation: (name: string) => string;
    readonly scopeProduct: (name: string) => string;
    /** "The 12 texts listed on the sheet … have no German translation and are shown in English." */
    readonly untranslated: (n: number) => string;
    readonly generatedOn: (date: string) => string;
    readonly page: (current: string, total: string) => [before: string, between: string, after: string];
  };
  readonly scopeWorkspace: string;
  readonly title: string;
  readonly titleArt30: string;
  readonly untranslatedColumns: { readonly record: string; readonly field: string; readonly text: string };

  /** The Word report's own sentences and headings. */
  readonly doc: {
    readonly subject: string;
    readonly confidential: string;
    readonly confidentialNote: string;
    readonly contents: string;
    readonly summary: string;
    readonly counts: {
      readonly organisations: string;
      readonly products: string;
      readonly asController: string;
      readonly asProcessor: string;
      readonly vendors: string;
      readonly transfers: string;
      readonly special: string;
    };
    readonly completeness: string;
    readonly openFindings: string;
    readonly findingsIntro: string;
    readonly moreFindings: (n: number) => string;
    readonly changesSince: (label: string) => string;
    readonly noChanges: string;
    readonly moreChanges: (n: number) => string;
    readonly orgWide: string;
    readonly orgWideIntro: string;
    readonly annexVendors: string;
    readonly noVendors: string;
    readonly annexTransfers: string;
    readonly noTransfers: string;
    readonly annexRetention: string;
    readonly annexMeasures: string;
    readonly annexUntranslated: string;
    readonly untranslatedIntro: (n: number) => string;
  };
}
