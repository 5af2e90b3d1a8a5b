/** The checks' texts in English: the app's own language (the UI shows these). */
import type { DpiaTrigger, PlaceField } from './params';
import type { FindingCatalogue } from './types';

const TRIGGER: Readonly<Record<DpiaTrigger, string>> = {
  special: 'special-category or criminal-offence data',
  monitoring: 'systematic monitoring',
  location: 'location data',
  children: 'children’s data',
  profiling: 'profiling or automated decisions',
  ai: 'new technology (an AI service)',
};

const PLACE: Readonly<Record<PlaceField, string>> = {
  legalBasis: 'check the legal basis',
  art9: 'check the Art. 9 condition',
  legitimateInterest: 'check the legitimate interests',
  purposes: 'check the purposes',
  dataSubjects: 'check the data subjects',
  dataCategories: 'check the data categories',
  specialCategories: 'check the special categories of data',
  retention: 'check the retention',
  recipients: 'check the recipients',
  transfers: 'check the transfers',
  transferSafeguards: 'check the transfer safeguards',
  automated: 'check automated decision-making',
  source: 'check the source of the data',
  dpia: 'check the DPIA',
  dpiaProgress: 'check the DPIA',
  lastReviewed: 'check the review date',
  role: 'check the role',
};

/** The reasons a DPIA is likely needed, in words (also used by the DPIA screening). */
export const DPIA_TRIGGER_WORDS_EN = TRIGGER;

export const en: FindingCatalogue = {
  lang: 'en',
  dataCategoriesRecord: 'Data categories',
  rules: {
    'activity-without-purpose': {
      title: 'Activity without a purpose',
      article: 'Art. 30(1)(b)',
      message: (p, w) => `The activity ${w.q(p.activity)} has no purpose: the register must say why the data is processed.`,
      hint: () => 'Add at least one purpose, e.g. “Send invoices to customers”.',
    },
    'purpose-without-legal-basis': {
      title: 'Purpose without a legal basis',
      article: 'Art. 6(1)',
      message: (p, w) => `The purpose ${w.q(p.purpose)} in ${w.q(p.activity)} has no legal basis.`,
      hint: () => 'Choose the legal basis that applies (consent, contract, legal obligation, vital interests, public task or legitimate interests).',
    },
    'legitimate-interest-undescribed': {
      title: 'Legitimate interests not described',
      article: 'Art. 13(1)(d)',
      message: (p, w) => `The purpose ${w.q(p.purpose)} in ${w.q(p.activity)} relies on legitimate interests but does not say which interest.`,
      hint: () => 'Describe the interest pursued in a sentence (e.g. “Preventing fraud against our customers”); the privacy notice must state it.',
    },
    'consent-without-withdrawal': {
      title: 'Consent without a way to withdraw it',
      article: 'Art. 7(3)',
      message: (p, w) => `The purpose ${w.q(p.purpose)} in ${w.q(p.activity)} relies on consent, but the notice of ${w.q(p.product)} gives no way to withdraw it.`,
      hint: (p, w) => `In the notice settings of ${w.q(p.product)}, add a contact e-mail, an in-app path or a web form where people can withdraw consent.`,
    },
    'activity-without-data-subjects': {
      title: 'Activity without data subjects',
      article: 'Art. 30(1)(c)',
      message: (p, w) => `The activity ${w.q(p.activity)} does not say whose data it processes.`,
      hint: () => 'Add the categories of people concerned, e.g. customers, app users or employees.',
    },
    'activity-without-data-categories': {
      title: 'Activity without data categories',
      article: 'Art. 30(1)(c)',
      message: (p, w) => `The activity ${w.q(p.activity)} does not list any categories of personal data.`,
      hint: () => 'Add the data it processes, e.g. name, e-mail address, invoices.',
    },
    'category-without-retention': {
      title: 'Data category without retention',
      article: 'Art. 30(1)(f)',
      message: (p, w) => `The data category ${w.q(p.category)} in ${w.q(p.activity)} has no retention period.`,
      hint: () => 'Say how long the data is kept or the criteria for deciding, e.g. “24 months after the contract ends”.',
    },
    'activity-without-security-measures': {
      title: 'Activity without security measures',
      article: 'Art. 30(1)(g), 32',
      message: (p, w) => `The activity ${w.q(p.activity)} does not describe any security measures.`,
      hint: () => 'Pick the measures that protect this data from the catalogue (encryption, access control, backups …) or describe them.',
    },
    'processor-without-controllers': {
      title: 'Processor activity without its controllers',
      article: 'Art. 30(2)(a)',
      message: (p, w) => `The activity ${w.q(p.activity)} is done as processor, but the controller(s) it is done for are not named.`,
      hint: () => 'Name each controller (or describe them, e.g. “each business customer”) with a contact.',
    },
    'joint-controller-without-arrangement': {
      title: 'Joint controller without an arrangement',
      article: 'Art. 26(1)',
      message: (p, w) =>
        p.jointController === undefined
          ? `The activity ${w.q(p.activity)} is done as joint controller, but the other controller is not named.`
          : `The activity ${w.q(p.activity)} is shared with the joint controller ${w.q(p.jointController)}, but the arrangement between you is not described.`,
      hint: (p) =>
        p.jointController === undefined
          ? 'Name the joint controller(s) and summarise who does what under the Art. 26 arrangement.'
          : 'Summarise the Art. 26 arrangement: who answers data-subject requests, who gives the notice, who is the contact point.',
    },
    'special-category-without-art9-condition': {
      title: 'Special-category data without an Art. 9 condition',
      article: 'Art. 9(2)',
      message: (p, w) =>
        `The activity ${w.q(p.activity)} processes special-category data (${p.category}), but no purpose names the Art. 9(2) condition that allows it.`,
      hint: () => 'On the purpose that needs this data, choose the Art. 9(2) condition, e.g. (a) explicit consent or (b) employment and social-security law.',
    },
    'criminal-data-without-legal-authority': {
      title: 'Criminal-offence data without legal authority',
      article: 'Art. 10',
      message: (p, w) =>
        `The activity ${w.q(p.activity)} processes data on criminal convictions or offences (${p.category}) without a purpose based on a legal obligation or a public task.`,
      hint: () => 'Name the law that authorises this processing on a purpose with the basis “legal obligation” or “public task”, or stop collecting the data.',
    },
    'dpo-likely-required': {
      title: 'A data protection officer is likely required',
      article: 'Art. 37(1)',
      message: (p, w) => {
        const why = p.sensitiveActivity !== undefined ? `it processes special-category or criminal-offence data (in ${w.q(p.sensitiveActivity)})` : `it has ${p.staffCount} staff`;
        const what = p.dpoRecorded ? 'the data protection officer has no contact details' : 'no data protection officer is recorded';
        return `The organisation ${w.q(p.organisation)} likely needs a data protection officer because ${why}, but ${what}.`;
      },
      hint: () => 'Record the DPO with an e-mail address or phone number (Art. 37(7)); if you concluded that none is required, note why in the organisation’s notes.',
    },
    'transfer-without-safeguard': {
      title: 'Transfer without adequacy or safeguard',
      article: 'Art. 44, 46',
      message: (p, w) => {
        const why =
          p.dpf !== undefined
            ? `where the adequacy decision covers only organisations certified under the EU–US Data Privacy Framework and ${p.dpf === 'no-vendor' ? 'no vendor record shows a certification' : 'the vendor record shows no certification'}`
            : 'which has no adequacy decision covering it';
        return `The activity ${w.q(p.activity)} transfers data to ${p.recipient ?? 'a recipient'} in ${w.country(p.country)}, ${why}, and no safeguard is recorded.`;
      },
      hint: () => 'Record the transfer tool, usually the Standard Contractual Clauses (with the module) in the data processing agreement.',
    },
    'adequacy-not-available': {
      title: 'Adequacy relied on where there is none',
      article: 'Art. 45',
      message: (p, w) => `The activity ${w.q(p.activity)} relies on an adequacy decision for ${w.country(p.country)}, but the EU has no adequacy decision for that country.`,
      hint: () => 'Use another transfer tool, such as the Standard Contractual Clauses, and update the transfer.',
    },
    'us-adequacy-without-dpf': {
      title: 'US adequacy without DPF certification',
      article: 'Art. 45',
      message: (p, w) =>
        `The activity ${w.q(p.activity)} relies on the EU–US adequacy decision for ${p.recipient ?? 'The recipient'}, but ${p.vendorRecord ? 'the vendor record shows no' : 'no vendor record shows a'} Data Privacy Framework certification.`,
      hint: () => 'Check the vendor on dataprivacyframework.gov and tick “DPF certified” on the vendor, or rely on the Standard Contractual Clauses instead.',
    },
    'derogation-for-repetitive-transfer': {
      title: 'Art. 49 derogation used for a repetitive transfer',
      article: 'Art. 49(1)',
      message: (p, w) =>
        `The activity ${w.q(p.activity)} relies on an Art. 49 derogation for a regular transfer to ${w.country(p.country)}; derogations only cover occasional transfers.`,
      hint: () => 'Put Standard Contractual Clauses or another Art. 46 safeguard in place for this transfer.',
    },
    'recipient-outside-eea-without-transfer': {
      title: 'Recipient outside the EEA without a recorded transfer',
      article: 'Art. 30(1)(e)',
      message: (p, w) => {
        const who = p.vendor !== undefined ? `The vendor ${w.q(p.vendor)}` : p.recipient !== undefined ? `The recipient ${w.q(p.recipient)}` : 'A recipient';
        return `${who} receives data from ${w.q(p.activity)} in ${p.countries.map(w.country).join(', ')}, but no transfer to ${p.countries.length === 1 ? 'that country' : 'those countries'} is recorded.`;
      },
      hint: () => 'Add the transfer with its safeguard (e.g. SCCs or adequacy) to the activity, or correct the recipient’s country.',
    },
    'processor-without-dpa': {
      title: 'Processor without a signed DPA',
      article: 'Art. 28(3)',
      message: (p, w) => `The vendor ${w.q(p.vendor)} processes personal data on your behalf, but its data processing agreement ${p.pending ? 'is still pending' : 'is missing'}.`,
      hint: () => 'Sign the vendor’s data processing agreement (most offer one online) and record its date and link on the vendor.',
    },
    'vendor-unused': {
      title: 'Vendor used nowhere',
      article: 'Art. 30(1)(d)',
      message: (p, w) => `The vendor ${w.q(p.vendor)} is not a recipient in any activity.`,
      hint: () => 'Add the vendor as a recipient where it receives data, or delete it if you no longer use it.',
    },
    'dpia-likely-required': {
      title: 'Likely DPIA trigger without an assessment',
      article: 'Art. 35(1), (3)',
      message: (p, w) =>
        `The activity ${w.q(p.activity)} involves ${p.triggers.map((t) => TRIGGER[t]).join(', ')}, which often calls for a data protection impact assessment, but ${p.screened ? 'it is marked “not required” without a reason' : 'no DPIA screening is recorded'}.`,
      hint: () => 'Screen the activity for a DPIA: record the assessment, or mark it “not required” with the reason.',
    },
    'dpia-required-not-started': {
      title: 'DPIA required but not started',
      article: 'Art. 35(1)',
      message: (p, w) => `A data protection impact assessment is required for ${w.q(p.activity)} but has not been started.`,
      hint: () => 'Start the DPIA and set its status to “in progress”; the processing should not start before it is done.',
    },
    'product-without-privacy-contact': {
      title: 'Product without a privacy contact',
      article: 'Art. 13(1)(a)',
      message: (p, w) => `The product ${w.q(p.product)} has no privacy contact: its notice cannot tell people where to send questions or requests.`,
      hint: () => 'Enter a contact e-mail in the product’s notice settings, or a privacy e-mail on the organisation.',
    },
    'minimum-age-below-digital-consent-age': {
      title: 'Minimum age below the age of digital consent',
      article: 'Art. 8(1)',
      message: (p, w) =>
        p.kind === 'no-minimum'
          ? `The product ${w.q(p.product)} addresses children but sets no minimum age.`
          : `The product ${w.q(p.product)} admits users from ${p.minimumAge}, but in ${w.country(p.country)} children can consent only from ${p.consentAge} (${p.law}).`,
      hint: (p) =>
        p.kind === 'no-minimum'
          ? `Set the minimum age; below ${p.consentAge} consent must be given or authorised by a parent (Art. 8).`
          : `Raise the minimum age to ${p.consentAge}, or obtain a parent’s consent for younger users and describe how in the notice.`,
    },
    'stale-notice-override': {
      title: 'Stale notice override',
      article: 'Art. 12(1), 13',
      message: (p, w) =>
        `The hand-written section ${w.q(p.section)} (${w.language(p.lang)}) of the notice of ${w.q(p.product)} may be out of date: ${p.removed ? 'the records no longer call for that section' : 'the records have changed since it was written'}.`,
      hint: () => 'Compare your text with the newly generated section, then update the override or remove it.',
    },
    'organisation-without-legal-entity': {
      title: 'No legal entity name or address',
      article: 'Art. 13(1)(a), 30(1)(a)',
      message: (p, w) => {
        const missing = [p.noLegalName ? 'legal entity name' : undefined, p.noAddress ? 'postal address' : undefined].filter((x): x is string => x !== undefined);
        return `The organisation ${w.q(p.organisation)} has no ${missing.join(' and no ')}, which its notices need to say who is responsible and where to reach them.`;
      },
      hint: () => 'Enter the name of the legal entity as registered (e.g. “Example GmbH”) and its postal address in the organisation’s record.',
    },
    'controller-outside-eea-without-representative': {
      title: 'Controller outside the EU/EEA without a representative',
      article: 'Art. 27, 13(1)(a)',
      message: (p, w) =>
        `${w.q(p.organisation)} is established outside the EU/EEA and is controller for ${p.products.map(w.q).join(', ')}, offered to people in the EU/EEA, but has no representative in the Union.`,
      hint: () =>
        'Designate a representative in an EU/EEA member state where the people concerned are (Art. 27) and enter it in the organisation’s record; or, if the product is not offered in the EU/EEA, say so in the product’s notice settings.',
    },
    'published-notice-outdated': {
      title: 'Published notice out of date',
      article: 'Art. 12(1), 13(3)',
      message: (p, w) => `The records of ${w.q(p.product)} have changed since version ${p.version} of its notice was published on ${w.date(p.publishedOn)}.`,
      hint: () => 'Review what changed in the notice, announce material changes as the product promises, and publish the new version.',
    },
    'review-overdue': {
      title: 'Review date passed',
      article: 'Art. 24(1)',
      message: (p, w) => `The review of ${w.q(p.activity)} was due on ${w.date(p.due)} and is overdue.`,
      hint: () => 'Review the activity with its owner, then approve it again with a new review date.',
    },
    'approved-without-review-details': {
      title: 'Approved without reviewer or next review date',
      article: 'Art. 5(2)',
      message: (p, w) => {
        const missing = [p.noReviewer ? 'reviewer' : '', p.noNextReview ? 'next review date' : ''].filter((s) => s !== '');
        return `The activity ${w.q(p.activity)} is approved but has no ${missing.join(' and no ')}.`;
      },
      hint: () => 'Approve it through the review workflow, which records the reviewer and the next review date.',
    },
    'store-label-type-not-in-notice': {
      title: 'Store label declares data the notice does not mention',
      article: 'Art. 12(1), 13(1)(c)',
      message: (p, w) =>
        `The store labels of ${w.q(p.product)} declare ${p.categories.map(w.q).join(', ')} (${p.storeTypes}), but its privacy notice does not mention ${p.categories.length === 1 ? 'it' : 'them'}.`,
      hint: () => 'Mention the data in the notice (revert or update the hand-written “What data we collect” section), or correct the records if the app does not collect it.',
    },
    'store-notice-data-not-in-label': {
      title: 'Notice lists data no store label declares',
      article: 'Art. 12(1), 13(1)(c)',
      message: (p, w) => `The notice of ${w.q(p.product)} lists ${w.q(p.category)}, but no app-store label declares it: the data category is not mapped to a store data type.`,
      hint: () => 'Map the data category to an Apple and a Google Play data type (or mark it as not a store data type) under Store labels › Mapping.',
    },
    'store-no-tracking-but-tracking': {
      title: '“No tracking” stated while the App Store label tracks',
      article: 'Art. 12(1)',
      message: (p, w) => `The notice of ${w.q(p.product)} states that it does not track people, but its App Store label marks ${w.and(p.types.map(w.q))} as used to track.`,
      hint: () => 'Remove the “no tracking” statement, or stop passing the data to advertising partners and correct the records.',
    },
    'store-precise-location-without-permission': {
      title: 'Precise location collected without a location permission',
      article: 'Art. 13(1)(c)',
      message: (p, w) =>
        `${w.q(p.product)} collects precise location (${p.categories.map(w.q).join(', ')}${p.source !== undefined ? `, in ${w.q(p.source)}` : ''}), but records no location permission.`,
      hint: () => 'Add the permission “Location when in use” (or “always”) to the product, with its purpose and whether it is optional.',
    },
    'store-location-permission-without-location': {
      title: 'Location permission without location data',
      article: 'Art. 5(1)(c), 13(1)(c)',
      message: (p, w) => `${w.q(p.product)} asks for a location permission, but no activity of it records location data, so neither the store labels nor the notice declare it.`,
      hint: () => 'Add the location data to the activity that uses it, or remove the permission if the app does not use it.',
    },
    'store-account-without-in-app-deletion': {
      title: 'Account creation without an in-app deletion path',
      article: 'Art. 17(1)',
      message: (p, w) =>
        `${w.q(p.product)} has user accounts${p.source !== undefined ? ` (${w.q(p.source)})` : ''} but records no way to delete the account in the app, which Apple requires of apps that offer account creation.`,
      hint: () => 'Enter the in-app path to account deletion (e.g. “Profile > Account > Delete account”) in the product’s notice settings.',
    },
    'store-encryption-in-transit-not-recorded': {
      title: 'Encryption in transit not recorded',
      article: 'Art. 32(1)(a)',
      message: (p, w) =>
        `${w.q(p.activity)} of the app ${w.q(p.product)} does not record encryption in transit, so its Google Play Data safety answer cannot say that the app’s data is encrypted in transit.`,
      hint: () => 'Add the security measure “Encryption in transit” if the data travels over TLS/HTTPS; otherwise encrypt it before the app is published.',
    },
    'recipient-without-location': {
      title: 'Recipient without a location',
      article: 'Art. 30(1)(d)',
      message: (p, w) =>
        `The activity ${w.q(p.activity)} sends data to ${w.q(p.recipient ?? 'a recipient')}, but no country is recorded for it: the register cannot say whether it is in a third country.`,
      hint: (p) => (p.vendor ? 'Add the vendor’s headquarters and processing countries, or the country on this recipient.' : 'Add the country where this recipient receives the data.'),
    },
    'consent-for-employees': {
      title: 'Consent as the basis for employees’ data',
      article: 'Art. 7(4)',
      message: (p, w) =>
        `The purpose ${w.q(p.purpose)} of ${w.q(p.activity)} relies on consent, and the people include staff or applicants, whose consent is rarely freely given.`,
      hint: () =>
        'Check whether the employment contract, a legal obligation or legitimate interests is the basis; keep consent only where refusing has no consequence for the person.',
    },
    'contract-basis-non-party': {
      title: 'Contract as the basis for people who are not party to it',
      article: 'Art. 6(1)(b)',
      message: (p, w) =>
        `The purpose ${w.q(p.purpose)} of ${w.q(p.activity)} relies on the contract, but ${p.who.map((s) => s || 'people who are not party to the contract').join(', ')} are not party to a contract with you.`,
      hint: () =>
        'For their data, record the basis that applies to them (often legitimate interests), or record the activity as processing on behalf of the business customer.',
    },
    'processor-controller-without-contact': {
      title: 'Controller of a processor activity without contact details',
      article: 'Art. 30(2)(a)',
      message: (p, w) => `The activity ${w.q(p.activity)} is done on behalf of ${w.q(p.controller)}, but how to reach that controller is not recorded.`,
      hint: () => 'Add the contact: an address, or how it is reached (e.g. “the account owner named in the customer contract”).',
    },
    'imported-text-to-place': {
      title: 'Imported text not yet placed',
      article: 'Art. 30(1)',
      message: (p, w) =>
        `Imported: ${p.field !== undefined ? PLACE[p.field] : 'check where it belongs'}. ${w.q(p.activity)} keeps “${p.text}” from the column “${p.header}” (column ${p.column}, row ${p.row}) as text.`,
      hint: () => 'Put it in the right field of the activity, then delete its line from the description.',
    },
  },
};
