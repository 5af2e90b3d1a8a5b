/** The role checks on the three product shapes: controller only, dual role, processor-only integration. */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/compliance';
import type { WorkspaceDocument } from '../../shared/interchange';
import { threeShapes } from '../helpers/reports-shapes';

const ROLE_RULES = ['recipient-without-location', 'consent-for-employees', 'contract-basis-non-party', 'processor-controller-without-contact'];
const roleFindings = (doc: WorkspaceDocument) =>
  runChecks(doc, { today: '2026-11-22' })
    .filter((f) => ROLE_RULES.includes(f.ruleId))
    .map((f) => [f.ruleId, f.target.entityId, f.target.field]);
const act = (doc: WorkspaceDocument, id: string) => {
  const a = doc.activities.find((x) => x.id === id);
  if (!a) throw new Error(id);
  return a;
};

describe('role checks on the three product shapes', () => {
  it('are quiet on the shapes as recorded', () => {
    expect(roleFindings(threeShapes())).toEqual([]);
  });

  it('controller only: a recipient whose vendor has no country', () => {
    const doc = threeShapes();
    const r = act(doc, 'act-notely-accounts').recipients[0];
    if (r) delete r.country;
    const v = doc.vendors.find((x) => x.id === 'ven-notely-host');
    if (v) v.processingCountries = [];
    expect(roleFindings(doc)).toEqual([['recipient-without-location', 'act-notely-accounts', 'recipients[0].country']]);
  });

  it('dual role: contract for end customers fires on the controller activity, never on the processor one', () => {
    const doc = threeShapes();
    act(doc, 'act-dispatchly-staff').dataSubjects.push('customer_end_users');
    // The processor activity holds the end customers' data too, on the customer's behalf: no basis of ours applies.
    act(doc, 'act-dispatchly-jobs').purposes[0]!.legalBasis = 'contract';
    expect(roleFindings(doc)).toEqual([['contract-basis-non-party', 'act-dispatchly-staff', 'purposes[0].legalBasis']]);
  });

  it('processor-only integration: a named controller without contact fires; the category “each portal” does not', () => {
    const doc = threeShapes();
    act(doc, 'act-portalsync-tokens').controllers.push({ name: 'HubSpot Inc.' });
    expect(roleFindings(doc)).toEqual([['processor-controller-without-contact', 'act-portalsync-tokens', 'controllers[1].contact']]);
  });

  it('a category of controllers written in German or French is a category too (a de/fr report checks the translated record)', () => {
    for (const category of ['Jeder Shopify-Händler, der die App installiert', 'alle Geschäftskunden', 'chaque marchand Shopify', 'tous les clients professionnels']) {
      const doc = threeShapes();
      act(doc, 'act-portalsync-tokens').controllers = [{ name: category }];
      expect(roleFindings(doc), category).toEqual([]);
    }
    // A name that merely begins with such letters is still a named controller.
    const doc = threeShapes();
    act(doc, 'act-portalsync-tokens').controllers = [{ name: 'Allegro Retail GmbH' }];
    expect(roleFindings(doc)).toEqual([['processor-controller-without-contact', 'act-portalsync-tokens', 'controllers[0].contact']]);
  });

  it('consent from employees fires on a controller activity about staff', () => {
    const doc = threeShapes();
    act(doc, 'act-dispatchly-staff').dataSubjects.push('employees');
    act(doc, 'act-dispatchly-staff').purposes.push({ description: 'Driver photo board', legalBasis: 'consent' });
    expect(roleFindings(doc)).toEqual([['consent-for-employees', 'act-dispatchly-staff', 'purposes[1].legalBasis']]);
  });
});
