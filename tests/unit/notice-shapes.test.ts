// The real shapes products have: controller and processor in one product, an integration that
// stores only tokens, and a minimal product with nothing optional to say.
import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../shared/interchange';
import { defaultTaxonomies } from '../../shared/interchange';
import {
  type NoticeDocument,
  type NoticeInput,
  blocksToText,
  generateNotice,
  noticeInputFromDocument,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText,
} from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';

const sample = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
const TODAY = '2026-03-15';

function notice(doc: Pick<WorkspaceDocument, 'organisations' | 'products' | 'activities' | 'vendors' | 'taxonomies'>, product: string) {
  const input = noticeInputFromDocument(doc, product);
  if (input === undefined) throw new Error(`no product ${product}`);
  return generateNotice(input, { lang: 'en', today: TODAY });
}

function section(doc: NoticeDocument, key: string): string {
  const s = doc.sections.find((x) => x.key === key);
  return s === undefined ? '' : `${s.heading}\n${blocksToText(s.blocks)}`;
}

describe('dual-role product (Ledgerly: controller for accounts, processor for customer data)', () => {
  const { document } = notice(sample, 'Ledgerly');

  it('says who is controller for which data, and where end-customers turn', () => {
    const roles = section(document, 'roles');
    expect(roles).toContain('Ledgerly GmbH is the controller for the data of the people who use the service: account data, billing data, and support.');
    expect(roles).toContain(
      'For the personal data of customers’ end users and business contacts that our business customers process with the service, each customer is the controller and Ledgerly GmbH acts as its processor (Art. 28 GDPR).',
    );
    const onBehalf = section(document, 'on_behalf');
    expect(onBehalf).toContain('Contact details of the customer’s own customers and business contacts');
    expect(onBehalf).toContain('please send questions and requests about your data (for example to access or erase it) to the customer directly');
  });

  it('lists only the data it controls under "Personal data we collect"', () => {
    const data = section(document, 'data');
    expect(data).toContain('Name, business e-mail, password hash or sign-in link tokens, role and company');
    expect(data).not.toContain('Contact details of the customer’s own customers');
  });

  it('names the lead authority, the DPO and the sub-processors with their safeguards', () => {
    expect(section(document, 'rights')).toContain('The supervisory authority responsible for us is Berlin Commissioner for Data Protection');
    expect(section(document, 'controller')).toContain('dpo@ledgerly.example');
    const transfers = section(document, 'transfers');
    expect(transfers).toContain('EU-U.S. Data Privacy Framework');
    // the sub-processors of customer data, with their SCC module 3, are in the part on processing for customers
    expect(transfers).not.toContain('OpenAI');
    expect(transfers).not.toContain('module 3');
    const onBehalf = section(document, 'on_behalf');
    expect(onBehalf).toContain('OpenAI');
    expect(onBehalf).toContain('module 3');
    expect(section(document, 'commitments')).toContain('We do not use personal data or customer content to train artificial-intelligence models.');
  });
});

describe('integration product (Ledgerly for Shopify)', () => {
  const { document } = notice(sample, 'Ledgerly for Shopify');

  it('states what it stores and what it only reads live', () => {
    const text = section(document, 'integration');
    expect(text).toContain('Ledgerly for Shopify is installed into Shopify');
    expect(text).toContain('It stores only the following: OAuth access tokens and shop metadata.');
    expect(text).toContain('reads the following live, when needed, and does not store it: orders and customer records');
  });

  it('presents Ledgerly as provider acting for the merchant, not as controller', () => {
    expect(document.sections[0]?.heading).toBe('Provider and contact details');
    expect(renderNoticeText(document)).not.toContain('The controller responsible');
    expect(section(document, 'roles')).toContain('Ledgerly GmbH provides Ledgerly for Shopify as a processor (Art. 28 GDPR) to the businesses that use it.');
    expect(section(document, 'purposes')).toBe('');
    expect(section(document, 'on_behalf')).toContain('What we do with it, on the customer’s instructions: Create invoices for the merchant’s Shopify orders');
  });

  it('has no transfers outside the EU/EEA and says so', () => {
    expect(section(document, 'transfers')).toContain('We do not transfer personal data to countries outside the European Union');
  });
});

/** One organisation, one product, one activity with one purpose and one kind of data. */
function minimalDocument(): WorkspaceDocument {
  return {
    format: 'ropa-desk-workspace',
    formatVersion: 1,
    exportedAt: '2026-03-15T12:00:00Z',
    workspace: { name: 'Minimal' },
    taxonomies: defaultTaxonomies(),
    organisations: [{ id: 'org-1', name: 'Tiny Tools Ltd', privacyEmail: 'privacy@tiny.example' }],
    products: [
      {
        id: 'prod-1',
        organisationId: 'org-1',
        name: 'Notepad',
        platforms: [],
        storeListings: [],
        audiences: [],
        hostingCountries: [],
        permissions: [],
        notice: { languages: ['en'], statements: [], jurisdictionAddons: [], customSections: [] },
      },
    ],
    vendors: [],
    activities: [
      {
        id: 'act-1',
        organisationId: 'org-1',
        productId: 'prod-1',
        name: 'Accounts',
        role: 'controller',
        controllers: [],
        jointControllers: [],
        purposes: [{ description: 'Provide the notepad', legalBasis: 'contract' }],
        dataSubjects: [],
        dataCategories: [{ category: 'email_address', source: 'data_subject', requirement: 'contractual', retention: 'Until the account is closed.' }],
        recipients: [],
        transfers: [],
        securityMeasures: [],
        dpia: { status: 'not_required' },
        automatedDecisions: { exists: false },
        systems: [],
        status: 'approved',
      },
    ],
  };
}

describe('minimal product: no transfers, no special data, no permissions', () => {
  const result = notice(minimalDocument(), 'Notepad');
  const outputs = {
    text: renderNoticeText(result.document),
    markdown: renderNoticeMarkdown(result.document),
    html: renderNoticeHtml(result.document),
  };

  for (const [name, out] of Object.entries(outputs)) {
    it(`has no placeholders or empty values in ${name}`, () => {
      for (const bad of ['undefined', 'null', '[]', 'NaN', '[object Object]', ': .', '()']) expect(out).not.toContain(bad);
    });
  }

  it('has no empty section and leaves out what the records do not call for', () => {
    for (const s of result.document.sections) expect(blocksToText(s.blocks).trim().length, s.key).toBeGreaterThan(20);
    const keys = result.document.sections.map((s) => s.key);
    for (const absent of ['roles', 'integration', 'permissions', 'children', 'commitments', 'recipients', 'security', 'ccpa']) expect(keys).not.toContain(absent);
    expect(outputs.text).not.toContain('special categories');
    expect(outputs.text).toContain('We do not transfer personal data to countries outside the European Union');
    expect(outputs.text).toContain('- E-mail address'); // the taxonomy label stands in for a missing detail
    expect(result.warnings).toEqual([]);
  });

  it('does not claim "no transfers" when a recipient abroad has no recorded safeguard, and warns', () => {
    const doc = minimalDocument();
    const activity = doc.activities[0];
    if (activity === undefined) throw new Error('no activity');
    activity.recipients.push({ name: 'Offshore Mail Inc.', type: 'processor', service: 'E-mail delivery', country: 'IN' });
    const r = notice(doc, 'Notepad');
    const text = renderNoticeText(r.document);
    expect(text).not.toContain('We do not transfer personal data');
    expect(r.warnings.map((w) => w.message)).toContain(
      'Offshore Mail Inc. receives data in India, but no transfer safeguard is recorded; the notice leaves it out of "Hosting and international transfers".',
    );
  });

  it('adds the California section when the product asks for it', () => {
    const doc = minimalDocument();
    const input: NoticeInput | undefined = noticeInputFromDocument(doc, 'prod-1');
    if (input === undefined) throw new Error('no input');
    const withCcpa = { ...input, product: { ...input.product, notice: { ...input.product.notice, jurisdictionAddons: ['ccpa' as const], statements: ['no_sale' as const] } } };
    const text = renderNoticeText(generateNotice(withCcpa, { lang: 'en', today: TODAY }).document);
    expect(text).toContain('Notice for California residents');
    expect(text).toContain('We do not sell personal information, as the CCPA defines that term.');
    expect(text).not.toContain('in the last 12 months');
    expect(text).not.toContain('preceding 12 months');
  });
});
