// What a reader sees in the notice of each product shape: controller only (Roomify), dual role
// (Ledgerly) and processor-only integration (Ledgerly for Shopify), and how rights, identity,
// contacts, permissions, statements and the add-ons follow the records.
import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../shared/interchange';
import type { Organisation, ProcessingActivity, Product } from '../../shared/model';
import { type NoticeDocument, type NoticeInput, blocksToText, generateNotice, noticeInputFromDocument, renderNoticeText } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';

const TODAY = '2026-03-15';
const flat = (s: string) => s.replace(/\s+/g, ' ');

function inputOf(doc: WorkspaceDocument, product: string): NoticeInput {
  const input = noticeInputFromDocument(doc, product);
  if (input === undefined) throw new Error(`no product ${product}`);
  return input;
}
function textOf(input: NoticeInput, lang: 'en' | 'de' | 'fr' = 'en'): { doc: NoticeDocument; text: string } {
  const { document } = generateNotice(input, { lang, today: TODAY });
  return { doc: document, text: flat(renderNoticeText(document)) };
}
function section(doc: NoticeDocument, key: string): string {
  const s = doc.sections.find((x) => x.key === key);
  return s === undefined ? '' : flat(`${s.heading}\n${blocksToText(s.blocks)}`);
}
const sample = () => buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
/** The sample with one product's records changed. */
function variant(product: string, change: (input: NoticeInput) => NoticeInput): NoticeInput {
  return change(inputOf(sample(), product));
}
const withProduct = (input: NoticeInput, p: (x: Product) => Product): NoticeInput => ({ ...input, product: p(input.product) });
const withOrg = (input: NoticeInput, o: (x: Organisation) => Organisation): NoticeInput => ({ ...input, organisation: o(input.organisation) });
const withActivities = (input: NoticeInput, f: (a: ProcessingActivity) => ProcessingActivity): NoticeInput => ({ ...input, activities: input.activities.map(f) });

describe('controller only (Roomify Smart Camera)', () => {
  const { doc, text } = textOf(inputOf(sample(), 'Roomify Smart Camera'));

  it('has no part on processing for customers and names itself controller', () => {
    expect(doc.sections.map((s) => s.key)).not.toContain('on_behalf');
    expect(doc.sections.map((s) => s.key)).not.toContain('roles');
    expect(text).toContain('The controller responsible for the processing of personal data in connection with Roomify Smart Camera is Roomify.');
  });

  it('shows the right to object on its own, before the other rights, naming the purposes on legitimate interests', () => {
    const keys = doc.sections.map((s) => s.key);
    expect(keys.indexOf('objection')).toBeGreaterThan(-1);
    expect(keys.indexOf('objection')).toBeLessThan(keys.indexOf('rights'));
    const objection = section(doc, 'objection');
    expect(objection).toContain('Your right to object');
    expect(objection).toContain('on the basis of our legitimate interests (Art. 6(1)(f) GDPR), you have the right to object to that processing at any time');
    expect(objection).toContain('Analyze aggregated usage to improve reliability and plan new features');
    expect(objection).not.toContain('Provide core app features');
    expect(objection).toContain('To object, write to privacy@roomify.tech.');
  });

  it('says where each permission is changed on iOS and Android, not "in the app settings"', () => {
    const permissions = section(doc, 'permissions');
    expect(permissions).toContain('on iOS under Settings ▸ Roomify Smart Camera; on Android under Settings ▸ Apps ▸ Roomify Smart Camera ▸ Permissions');
    expect(text).not.toContain('in the app settings');
  });

  it('groups recipients by role in plain words', () => {
    const recipients = section(doc, 'recipients');
    expect(recipients).toContain('Service providers that process personal data on our behalf and on our instructions (processors, Art. 28 GDPR)');
    expect(recipients).toContain('Public authorities, where the law obliges us to disclose data');
    expect(recipients).not.toContain('Role:');
  });

  it('names an in-app place for a permission when one is recorded', () => {
    const input = variant('Roomify Smart Camera', (i) =>
      withProduct(i, (p) => ({ ...p, permissions: p.permissions.map((x) => (x.permission === 'location_when_in_use' ? { ...x, inAppPath: 'Profile > Trip tagging' } : x)) })),
    );
    expect(section(textOf(input).doc, 'permissions')).toContain('Optional, enabled per customer policy to tag trips. You can also change it in the app under Profile > Trip tagging.');
  });
});

describe('dual role (Ledgerly)', () => {
  const { doc, text } = textOf(inputOf(sample(), 'Ledgerly'));

  it('reads naturally although product and organisation share a name', () => {
    expect(text).toContain('Ledgerly GmbH is the controller responsible for the processing of personal data described in this notice.');
    expect(text).not.toContain('in connection with Ledgerly is Ledgerly');
    expect(section(doc, 'controller')).toContain('Address: Beispielstraße 12, 10115 Berlin, Germany');
  });

  it('describes the processing on behalf of customers from the processor records', () => {
    const part = section(doc, 'on_behalf');
    expect(part).toContain('Processing on behalf of our customers');
    expect(part).toContain('Whose data: customers’ end users and business contacts.');
    expect(part).toContain('What we do with it, on the customer’s instructions: Store and process customer records and send invoices');
    expect(part).toContain('For the term of the customer contract; returned or deleted within 30 days after it ends, as agreed in the DPA.');
    expect(part).toContain('OpenAI API What they do: Language model API, no training on the data Location: United States');
    expect(part).toContain('If such a request reaches us, we forward it to the customer concerned within 5 days; the customer decides on it and answers you.');
  });

  it('never shows a processor transfer as the controller’s safeguard', () => {
    const transfers = section(doc, 'transfers');
    expect(transfers).toContain('Postmark Country: United States Safeguard: Standard Contractual Clauses adopted by the European Commission (Art. 46(2)(c) GDPR), Commission Implementing Decision (EU) 2021/914, module 2');
    expect(transfers).not.toContain('module 3');
    expect(transfers).toContain('are listed under “Processing on behalf of our customers”');
    expect(section(doc, 'recipients')).not.toContain('OpenAI');
  });

  it('offers the rights its bases give: portability for contract, no objection without legitimate interests', () => {
    const rights = section(doc, 'rights');
    expect(rights).toContain('Data portability (Art. 20 GDPR)');
    expect(rights).not.toContain('Objection (Art. 21 GDPR)');
    expect(rights).not.toContain('Withdrawal of consent');
    expect(doc.sections.map((s) => s.key)).not.toContain('objection');
    expect(rights).toContain('These rights concern the personal data for which we are the controller.');
  });

  it('lists the contact routes per audience and the support contact apart from the privacy one', () => {
    const contact = section(doc, 'contact');
    expect(contact).toContain('Users of a customer’s Ledgerly account: the account owner or administrator of your organisation, or privacy@ledgerly.example.');
    expect(contact).toContain('Customers and contacts of a Ledgerly customer: the business you dealt with, which controls your data in Ledgerly.');
    expect(contact).toContain('For help with using Ledgerly (not about personal data), contact our support: support@ledgerly.example.');
  });

  it('covers required data too in "whether you must provide"', () => {
    const req = section(doc, 'requirement');
    expect(req).toContain('Required for the contract with you');
    expect(req).toContain('Name, business e-mail, password hash or sign-in link tokens, role and company: Ledgerly cannot be used without an account.');
    expect(req).toContain('Required by law');
  });

  it('keeps German nouns capitalised inside sentences', () => {
    expect(textOf(inputOf(sample(), 'Ledgerly'), 'de').text).not.toContain(' kunden');
  });
});

describe('processor-only integration (Ledgerly for Shopify)', () => {
  const { doc, text } = textOf(inputOf(sample(), 'Ledgerly for Shopify'));

  it('describes what it keeps and for how long, on whose behalf', () => {
    const part = section(doc, 'on_behalf');
    expect(part).toContain('On behalf of: Each Shopify merchant that installs the app (the controller).');
    expect(part).toContain('OAuth access tokens and shop metadata How long it is kept: Until the app is uninstalled; deleted when Shopify sends the shop/redact request (48 hours after uninstall).');
    expect(part).toContain('we forward it to the customer concerned within 3 days');
  });

  it('promises nothing the controller decides', () => {
    expect(text).not.toContain('within one month');
    expect(text).not.toContain('Objection (Art. 21 GDPR)');
    expect(text).not.toContain('Data portability (Art. 20 GDPR)');
    expect(text).not.toContain('legitimate interests');
    expect(text).not.toContain('We do not make decisions based solely on automated processing');
    for (const key of ['data', 'purposes', 'retention', 'objection', 'requirement', 'automated']) expect(doc.sections.map((s) => s.key)).not.toContain(key);
    expect(section(doc, 'rights')).toContain('are rights against the controller: the business that uses Ledgerly for Shopify');
  });

  it('states the product’s own statements, built-in and new', () => {
    expect(section(doc, 'commitments')).toContain('We do not build third-party analytics or advertising SDKs (software development kits) into the service.');
  });
});

describe('rights follow the legal bases used', () => {
  const onBases = (bases: ('consent' | 'contract' | 'legitimate_interests' | 'legal_obligation')[]) =>
    variant('Roomify Smart Camera', (i) =>
      withActivities(i, (a) => ({ ...a, purposes: a.purposes.map((p, j) => ({ description: p.description, legalBasis: bases[j % bases.length] })) })),
    );

  it('consent only: withdrawal and portability, no objection', () => {
    const { doc } = textOf(onBases(['consent']));
    const rights = section(doc, 'rights');
    expect(rights).toContain('Withdrawal of consent (Art. 7(3) GDPR)');
    expect(rights).toContain('Data portability (Art. 20 GDPR)');
    expect(rights).not.toContain('Objection (Art. 21 GDPR)');
    expect(doc.sections.map((s) => s.key)).not.toContain('objection');
  });

  it('legal obligation only: neither portability nor objection nor withdrawal', () => {
    const rights = section(textOf(onBases(['legal_obligation'])).doc, 'rights');
    for (const absent of ['Data portability', 'Objection (Art. 21', 'Withdrawal of consent']) expect(rights).not.toContain(absent);
    expect(rights).toContain('Access (Art. 15 GDPR)');
  });

  it('legitimate interests: objection, in its own section', () => {
    const { doc } = textOf(onBases(['legitimate_interests']));
    expect(section(doc, 'objection')).toContain('our legitimate interests (Art. 6(1)(f) GDPR)');
    expect(section(doc, 'rights')).not.toContain('Data portability');
  });
});

describe('identity', () => {
  it('names the Art. 27 representative of a controller outside the EU/EEA', () => {
    const input = withOrg(inputOf(sample(), 'Roomify Smart Camera'), (o) => ({
      ...o,
      legalName: 'Roomify Inc.',
      address: '1 Market Street, San Francisco, CA 94105',
      country: 'US',
      representative: { name: 'EU Rep GmbH', address: 'Friedrichstraße 1, 10117 Berlin', country: 'DE', email: 'rep@eurep.example' },
    }));
    const controller = section(textOf(input).doc, 'controller');
    expect(controller).toContain('Roomify Inc. is established outside the European Union and has designated a representative in the Union (Art. 27 GDPR)');
    expect(controller).toContain('EU Rep GmbH, Friedrichstraße 1, 10117 Berlin, Germany, rep@eurep.example');
    expect(controller).toContain('Address: 1 Market Street, San Francisco, CA 94105, United States');
  });

  it('does not repeat the name when a product is named after its company (“Acme” of “Acme Inc.”)', () => {
    const input = withOrg(
      withProduct(inputOf(sample(), 'Roomify Smart Camera'), (p) => ({ ...p, name: 'Acme' })),
      (o) => ({ ...o, name: 'Acme', legalName: 'Acme Inc.' }),
    );
    const { text } = textOf(input);
    expect(text).toContain('Acme Inc. is the controller responsible for the processing of personal data described in this notice.');
    expect(text).not.toMatch(/in connection with Acme is Acme/);
  });
});

describe('statements, custom and translated', () => {
  const input = variant('Roomify Smart Camera', (i) =>
    withProduct(i, (p) => ({ ...p, notice: { ...p.notice, customStatements: [{ id: 'eu-only', text: 'Measurement photos never leave the EU.' }] } })),
  );

  it('lists the product’s own statement after the built-in ones', () => {
    expect(section(textOf(input).doc, 'commitments')).toContain('We do not sell personal data. - We do not use personal data for advertising and do not show ads. - Measurement photos never leave the EU.');
  });

  it('uses the translation of an own statement', () => {
    const de = { ...input, translations: [{ entityType: 'product' as const, entityId: input.product.id, field: 'notice.customStatements.eu-only.text', lang: 'de' as const, text: 'Messfotos verlassen nie die EU.' }] };
    expect(section(textOf(de, 'de').doc, 'commitments')).toContain('Messfotos verlassen nie die EU.');
  });
});

describe('California add-on claims only what the records support', () => {
  const ccpa = (change: (n: Product['notice']) => Product['notice']) =>
    section(textOf(variant('Roomify Smart Camera', (i) => withProduct(i, (p) => ({ ...p, notice: change({ ...p.notice, jurisdictionAddons: ['ccpa'] }) })))).doc, 'ccpa');

  it('uses the CCPA’s own categories', () => {
    const text = ccpa((n) => n);
    expect(text).toContain('categories of personal information, as the CCPA names them (Cal. Civ. Code § 1798.140(v)): identifiers; personal information described in Cal. Civ. Code § 1798.80(e) (customer records);');
    expect(text).toContain('geolocation data');
    expect(text).toContain('internet or other electronic network activity information');
    expect(text).not.toMatch(/categories of personal information[^.]*Account data/);
  });

  it('no 12-month history unless recorded; with it, stated', () => {
    expect(ccpa((n) => n)).not.toContain('12 months');
    expect(ccpa((n) => ({ ...n, ccpaNoSaleOrSharingLast12Months: true }))).toContain('We have not sold or shared personal information in the preceding 12 months.');
  });

  it('does not offer the right to limit while saying sensitive information is used only as permitted', () => {
    const text = ccpa((n) => n);
    expect(text).toContain('the right to limit its use therefore does not apply');
    expect(text).not.toContain('to limit the use and disclosure of sensitive personal information');
    expect(ccpa((n) => ({ ...n, ccpaSensitiveBeyondPermittedPurposes: true }))).toContain('to limit the use and disclosure of sensitive personal information');
  });

  it('offers no opt-out of a sale and sharing it states it does not do', () => {
    expect(ccpa((n) => n)).not.toContain('to opt out of the sale or sharing');
    expect(ccpa((n) => ({ ...n, statements: [] }))).toContain('to opt out of the sale or sharing');
  });
});

describe('prose', () => {
  it('groups identical retention texts into one row', () => {
    const { doc } = textOf(inputOf(sample(), 'Roomify Smart Camera'));
    const retention = section(doc, 'retention');
    expect(retention.split('6–18 months depending on risk classification.').length - 1).toBe(1);
    expect(retention.split('For the duration of the customer contract plus up to 12 months post-offboarding.').length - 1).toBe(1);
    expect(retention).toContain('Account data Support & feedback Retention period: For the duration of the customer contract');
  });

  it('says each security measure once: an activity’s own description replaces the catalogue labels', () => {
    const { doc } = textOf(inputOf(sample(), 'Roomify Smart Camera'));
    const security = section(doc, 'security');
    expect(security).toContain('HTTPS/TLS for all endpoints');
    expect(security).not.toContain('Encryption in transit (TLS)');
    expect(security).not.toContain('In particular');
  });

  it('writes English lists with a serial comma', () => {
    const { text } = textOf(inputOf(sample(), 'Roomify Smart Camera'));
    expect(text).toContain('It covers the versions for iOS, Android, and the web.');
  });
});
