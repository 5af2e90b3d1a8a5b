import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION, defaultTaxonomies, formatProblem, parseWorkspaceDocument } from '../../shared/interchange';
import { buildSampleDocument } from '../../shared/sample';

/** What a person writes by hand: only what they know. */
const minimal = () => ({
  format: 'ropa-desk-workspace',
  formatVersion: 1,
  workspace: { name: 'Hand-written' },
  organisations: [{ id: 'org-1', name: 'Acme' }],
  products: [{ id: 'prod-1', organisationId: 'org-1', name: 'Acme App' }],
  vendors: [{ id: 'ven-1', name: 'Mailer', category: 'email', role: 'processor', dpa: { status: 'signed' } }],
  activities: [
    {
      id: 'act-1',
      organisationId: 'org-1',
      productId: 'prod-1',
      name: 'Newsletter',
      role: 'controller',
      purposes: [{ description: 'Send the newsletter', legalBasis: 'consent' }],
      dataCategories: [{ category: 'email_address', retention: 'Until unsubscribed' }],
    },
  ],
});

const problemsOf = (input: unknown) => {
  const r = parseWorkspaceDocument(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(formatProblem);
};

describe('a hand-written interchange document', () => {
  it('may leave out empty lists, natural defaults, the taxonomies and exportedAt', () => {
    const r = parseWorkspaceDocument(minimal());
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const [a] = r.document.activities;
    expect(a).toEqual({
      id: 'act-1',
      organisationId: 'org-1',
      productId: 'prod-1',
      name: 'Newsletter',
      role: 'controller',
      controllers: [],
      jointControllers: [],
      purposes: [{ description: 'Send the newsletter', legalBasis: 'consent' }],
      dataSubjects: [],
      dataCategories: [{ category: 'email_address', retention: 'Until unsubscribed', source: 'data_subject', requirement: 'necessary_for_service' }],
      recipients: [],
      transfers: [],
      securityMeasures: [],
      dpia: { status: 'not_assessed' },
      automatedDecisions: { exists: false },
      systems: [],
      status: 'draft',
    });
    expect(r.document.products[0]?.notice).toEqual({ languages: ['en'], statements: [], jurisdictionAddons: [], customSections: [] });
    expect(r.document.vendors[0]?.processingCountries).toEqual([]);
    expect(r.document.taxonomies).toEqual(defaultTaxonomies());
    expect(r.document.exportedAt).toBeUndefined();
  });

  it('merges given taxonomy entries with the shipped ones', () => {
    const doc = {
      ...minimal(),
      taxonomies: { dataCategories: [{ key: 'loyalty_points', label: 'Loyalty points', group: 'financial', special: false, criminal: false }] },
    };
    doc.activities[0]?.dataCategories.push({ category: 'loyalty_points', retention: '2 years' });
    const r = parseWorkspaceDocument(doc);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const shipped = defaultTaxonomies();
    expect(r.document.taxonomies.dataCategories.map((c) => c.key)).toEqual(['loyalty_points', ...shipped.dataCategories.map((c) => c.key)]);
    expect(r.document.taxonomies.dataSubjects).toEqual(shipped.dataSubjects);
  });

  it('says what type a wrong-type value must be, instead of "is required"', () => {
    const doc = minimal() as Record<string, unknown>;
    const a = (doc.activities as Record<string, unknown>[])[0] as Record<string, unknown>;
    a.name = 5;
    a.purposes = 'marketing';
    a.dpia = { status: 'not_assessed', date: 20260101 };
    expect(problemsOf(doc)).toEqual([
      '$.activities[0].name: must be text (a JSON string), not the number 5',
      '$.activities[0].purposes: must be a list (a JSON array), not the text "marketing"',
      '$.activities[0].dpia.date: must be text (a JSON string), not the number 20260101',
    ]);
    delete a.name;
    expect(problemsOf(doc)).toContain('$.activities[0].name: is required');
  });

  it('suggests the value meant by legitimate_interest, USA, Contract and iOS', () => {
    const doc = minimal();
    const a = doc.activities[0] as Record<string, unknown>;
    a.purposes = [
      { description: 'Fraud prevention', legalBasis: 'legitimate_interest' },
      { description: 'Billing', legalBasis: 'Contract' },
    ];
    a.transfers = [{ country: 'USA', mechanism: 'sccs' }];
    (doc.products[0] as Record<string, unknown>).platforms = ['iOS'];
    const problems = problemsOf(doc);
    expect(problems).toContain(
      '$.activities[0].purposes[0].legalBasis: must be one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests (did you mean "legitimate_interests"?)',
    );
    expect(problems.find((p) => p.startsWith('$.activities[0].purposes[1].legalBasis'))).toMatch(/\(did you mean "contract"\?\)$/);
    expect(problems).toContain('$.activities[0].transfers[0].country: "USA" is not an ISO 3166-1 two-letter country code (e.g. "DE", "US") (did you mean "US"?)');
    expect(problems.find((p) => p.startsWith('$.activities[0].transfers[0].mechanism'))).toMatch(/\(did you mean "scc"\?\)$/);
    expect(problems.find((p) => p.startsWith('$.products[0].platforms[0]'))).toMatch(/\(did you mean "ios"\?\)$/);
  });

  it('reports shape and reference problems together, in one pass', () => {
    const doc = minimal();
    const a = doc.activities[0] as Record<string, unknown>;
    a.role = 'Controller';
    a.organisationId = 'org-2';
    a.dataCategories = [{ category: 'email_adress' }];
    const problems = problemsOf(doc);
    expect(problems).toEqual([
      '$.activities[0].role: must be one of: controller, processor, joint_controller (did you mean "controller"?)',
      '$.activities[0].organisationId: no organisation has id "org-2"',
      '$.activities[0].productId: product "Acme App" belongs to organisation "org-1", not "org-2"',
      '$.activities[0].dataCategories[0].category: "email_adress" is not in the data-category taxonomy (did you mean "email_address"?)',
    ]);
  });

  it('reads a document written by an export unchanged', () => {
    const doc = buildSampleDocument(new Date('2026-11-01T10:00:00Z'));
    const r = parseWorkspaceDocument(JSON.parse(JSON.stringify(doc)));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.document).toEqual(doc);
  });

  it('is what the shipped JSON Schema says: the minimal document is valid, a wrong enum is not', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(`resources/schema/workspace-v${DOCUMENT_VERSION}.schema.json`, 'utf8')) as object);
    expect(validate(minimal()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const bad = minimal();
    (bad.activities[0] as Record<string, unknown>).status = 'done';
    expect(validate(bad)).toBe(false);
  });
});
