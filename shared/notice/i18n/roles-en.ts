/** English texts of the role-aware parts of the notice. */
import type { RoleTexts } from './role-types';

export const enRoles: RoleTexts = {
  draft: 'Draft: not yet published',
  introProcessor: (org, product) =>
    `This notice explains what ${product}, provided by ${org}, does with personal data on behalf of the businesses that use it, and where you can turn with questions about your data.`,
  controllerIsSelf: (org) => `${org} is the controller responsible for the processing of personal data described in this notice.`,
  providerIsSelf: (org) => `This service is provided by ${org}.`,
  representativeOutside: (org, representative) =>
    `${org} is established outside the European Union and has designated a representative in the Union (Art. 27 GDPR), whom you can also contact about your personal data: ${representative}.`,

  rolesProcessorFor: (org, subjects, heading) =>
    `For the personal data ${subjects === undefined ? '' : `of ${subjects} `}that our business customers process with the service, each customer is the controller and ${org} acts as its processor (Art. 28 GDPR). The section “${heading}” describes that processing.`,
  processorOnlyRoles: (org, product) =>
    `${org} provides ${product} as a processor (Art. 28 GDPR) to the businesses that use it. Each such business is the controller for the personal data ${product} processes for it and decides why and how that data is processed. This notice describes what ${product} does with personal data on the controller’s documented instructions.`,

  onBehalfHeadingOnly: (product) => `What ${product} processes on behalf of the businesses that use it`,
  onBehalfIntro:
    'We process the following personal data on behalf of our customers and only on their documented instructions. The customer, as controller, decides why the data is processed and on which legal basis.',
  onBehalfFor: 'On behalf of',
  onBehalfWhose: 'Whose data',
  onBehalfPurposes: 'What we do with it, on the customer’s instructions',
  onBehalfDataHeader: ['Data', 'How long it is kept'],
  retentionAsInstructed: 'As the customer instructs; deleted or returned when the service for the customer ends',
  subprocessorsIntro: 'We use the following sub-processors for this processing:',
  subprocessorHeader: ['Sub-processor', 'What they do', 'Location', 'Safeguard for transfers outside the EU/EEA'],
  withinEea: 'Not needed: within the EU/EEA',
  onBehalfRequests: (days) =>
    `If your personal data is processed in the service on behalf of one of our customers, that customer is the controller: please send questions and requests about your data (for example to access or erase it) to the customer directly. If such a request reaches us, we forward it to the customer concerned ${days === undefined ? 'without undue delay' : `within ${days === 1 ? '1 day' : `${days} days`}`}; the customer decides on it and answers you.`,
  processorRights: (product) =>
    `Your rights under the GDPR (access, rectification, erasure, restriction of processing, objection, and data portability) are rights against the controller: the business that uses ${product}. Please address requests to that business; as its processor, we help it to answer them (Art. 28(3)(e) GDPR).`,

  recipientGroups: {
    internal: 'Within our organisation',
    customer: 'Your organisation (the business customer that gives you access to the service)',
    processor: 'Service providers that process personal data on our behalf and on our instructions (processors, Art. 28 GDPR)',
    joint_controller: 'Parties that decide jointly with us why and how the data is processed (joint controllers, Art. 26 GDPR)',
    controller: 'Recipients that use the data for their own purposes, as independent controllers',
    public_authority: 'Public authorities, where the law obliges us to disclose data',
  },
  recipientGroupHeader: ['Recipient', 'What they do', 'Location'],
  transfersOnBehalfRef: (heading) =>
    `Sub-processors that process personal data outside the EU/EEA on behalf of our customers, and their safeguards, are listed under “${heading}”.`,
  noControllerTransfers:
    'We do not transfer the personal data for which we are the controller to countries outside the European Union and the European Economic Area (EU/EEA).',

  objectionBases: {
    legitimate_interests: 'our legitimate interests (Art. 6(1)(f) GDPR)',
    public_task: 'a task carried out in the public interest (Art. 6(1)(e) GDPR)',
  },
  objectionIntro: (bases) =>
    `Where we process your personal data on the basis of ${bases}, you have the right to object to that processing at any time, on grounds relating to your particular situation (Art. 21(1) GDPR). This concerns the following purposes:`,
  objectionEffect:
    'If you object, we stop that processing unless we demonstrate compelling legitimate grounds for it that override your interests, rights and freedoms, or the processing serves the establishment, exercise or defence of legal claims.',
  objectionHow: (email) => (email === undefined ? 'To object, contact us using the details under “Contact”.' : `To object, write to ${email}.`),
  rightsDualScope: (heading) => `These rights concern the personal data for which we are the controller. For data we process on behalf of a customer, see “${heading}”.`,
  withdrawPermissions: (heading) => `A device permission you granted can be withdrawn at any time in the settings described under “${heading}”.`,

  requirementGroups: {
    statutory: 'Required by law',
    contractual: 'Required for the contract with you',
    necessary_for_service: 'Needed to provide the service',
    optional: 'Optional',
  },
  requirementDefault: {
    statutory: 'Without it, we cannot meet our legal obligations and cannot provide the service.',
    contractual: 'Without it, we cannot conclude or perform the contract.',
    necessary_for_service: 'Without it, the service or the feature concerned cannot be provided.',
    optional: 'If you do not provide it, you can still use the service; only the feature concerned is not available.',
  },

  permissionPlaces: {
    ios: (app) => `on iOS under Settings ▸ ${app}`,
    android: (app) => `on Android under Settings ▸ Apps ▸ ${app} ▸ Permissions`,
    web: () => 'in a web browser in its site settings',
    desktop: () => 'on a computer in the privacy settings of the operating system',
  },
  permissionsWhere: (places) => `You can grant or withdraw a permission at any time: ${places}.`,
  permissionInApp: (path) => `You can also change it in the app under ${path}.`,

  contactRoutesIntro: 'Where to turn with questions and requests about your personal data:',
  contactEveryoneElse: 'Everyone else',
  supportContact: (product, route) => `For help with using ${product} (not about personal data), contact our support: ${route}.`,

  ccpaCategoriesOwn: (categories) =>
    `We collect the following categories of personal information, as the CCPA names them (Cal. Civ. Code § 1798.140(v)): ${categories}. The sources, purposes and recipients are described above.`,
  ccpaCategoryNames: {
    identifiers: 'identifiers',
    customer_records: 'personal information described in Cal. Civ. Code § 1798.80(e) (customer records)',
    commercial: 'commercial information',
    biometric: 'biometric information',
    internet_activity: 'internet or other electronic network activity information',
    geolocation: 'geolocation data',
    sensory: 'audio, electronic, visual or similar information',
    professional: 'professional or employment-related information',
    inferences: 'inferences drawn to create a profile',
    sensitive: 'sensitive personal information',
  },
  ccpaNoSale: 'We do not sell personal information, as the CCPA defines that term.',
  ccpaNoShare: 'We do not share personal information for cross-context behavioural advertising, as the CCPA defines that term.',
  ccpaNoSaleOrShare: 'We do not sell or share personal information, as the CCPA defines those terms.',
  ccpaLast12Months: 'We have not sold or shared personal information in the preceding 12 months.',
  ccpaSensitivePermitted:
    'We use sensitive personal information only for the purposes the CCPA regulations permit (Cal. Code Regs. tit. 11, § 7027(m)); the right to limit its use therefore does not apply.',
  ccpaRightsList: {
    know: 'to know what personal information we collect, use, and disclose;',
    delete: 'to delete personal information we collected from you;',
    correct: 'to correct inaccurate personal information;',
    optOut: 'to opt out of the sale or sharing of personal information;',
    limit: 'to limit the use and disclosure of sensitive personal information;',
    nonDiscrimination: 'not to be discriminated against for exercising these rights.',
  },
  ccpaServiceProvider: (product) =>
    `For personal information ${product} processes on behalf of a business, we act as that business’s service provider; please send requests about that information to the business.`,
};
