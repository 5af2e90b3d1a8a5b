/**
 * Checks that follow from who the people are and what role we play: where recipients
 * are, consent from employees, contract with people who are not party to it, and the
 * controller a processor activity serves.
 */
import { defineRule } from '../define';
import { activityTarget } from '../targets';

/** People in an employment relationship: consent is rarely freely given (EDPB Guidelines 05/2020, para. 21). */
const STAFF: ReadonlySet<string> = new Set(['employees', 'former_employees', 'job_applicants', 'contractors']);
/** People who are not party to our contract: a business customer's end users, relatives named by users. */
const NOT_PARTY: ReadonlySet<string> = new Set(['customer_end_users', 'relatives']);
/** A controller described as a category ("Each business customer", "All merchants"), not named. */
// A category of controllers ("each business customer") rather than one named controller, as a
// person writes it in English, German or French (a register is often typed in its own language,
// and a German or French report checks the translated record: the finding must not change).
const CATEGORY = /^\s*(?:each|every|all|any|jede[rsmn]?|alle|s[äa]mtliche|chaque|tou(?:te)?s\s+les|toute?)\s/iu;

export const recipientWithoutLocation = defineRule(
  {
    id: 'recipient-without-location',
    severity: 'warning',
    description: 'Each processor, sub-processor or other controller receiving data has a country, on the recipient or its vendor, so that recipients in third countries can be told apart.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.recipients.forEach((r, i) => {
        // Internal teams, the customer itself and the authorities where the organisation is established have no location of their own to record.
        if (r.type === 'internal' || r.type === 'customer' || r.type === 'public_authority' || r.country !== undefined) return;
        const v = r.vendorId !== undefined ? ctx.vendors.get(r.vendorId) : undefined;
        if (v !== undefined && (v.headquarters !== undefined || v.processingCountries.length > 0)) return;
        const name = r.name?.trim() || v?.name || undefined;
        emit(activityTarget(a, `recipients[${i}].country`), { activity: a.name, recipient: name, vendor: v !== undefined });
      });
    }
  },
);

export const consentForEmployees = defineRule(
  {
    id: 'consent-for-employees',
    severity: 'warning',
    description: 'Consent of employees (and applicants) is rarely freely given, given the imbalance of power; another basis usually applies.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role === 'processor' || !a.dataSubjects.some((s) => STAFF.has(s))) continue;
      a.purposes.forEach((p, i) => {
        if (p.legalBasis !== 'consent') return;
        emit(activityTarget(a, `purposes[${i}].legalBasis`), { purpose: p.description, activity: a.name });
      });
    }
  },
);

export const contractWithNonParties = defineRule(
  {
    id: 'contract-basis-non-party',
    severity: 'warning',
    description: 'The contract basis covers only the person who is party to the contract; a business customer’s end users are not.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role === 'processor') continue;
      const others = a.dataSubjects.filter((s) => NOT_PARTY.has(s));
      if (others.length === 0) continue;
      a.purposes.forEach((p, i) => {
        if (p.legalBasis !== 'contract') return;
        emit(activityTarget(a, `purposes[${i}].legalBasis`), { purpose: p.description, activity: a.name, who: others.map((s) => ctx.doc.taxonomies.dataSubjects.find((d) => d.key === s)?.label ?? '') });
      });
    }
  },
);

export const processorControllerWithoutContact = defineRule(
  {
    id: 'processor-controller-without-contact',
    severity: 'warning',
    description: 'A controller named in a processor record (not a category such as “each business customer”) has contact details, so that requests and instructions can be traced.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role !== 'processor') continue;
      a.controllers.forEach((c, i) => {
        // "Each business customer" describes a category, reached through each customer's contract; a named controller needs its contact here.
        if ((c.contact ?? '').trim() !== '' || CATEGORY.test(c.name)) return;
        emit(activityTarget(a, `controllers[${i}].contact`), { activity: a.name, controller: c.name });
      });
    }
  },
);

export const ROLE_RULES = [recipientWithoutLocation, consentForEmployees, contractWithNonParties, processorControllerWithoutContact];
