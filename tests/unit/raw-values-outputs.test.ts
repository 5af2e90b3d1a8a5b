// The snake_case / field-path scan over what people read outside the notice and the reports
// (those have their own scans: notice-raw-values.test.ts, reports-labels.test.ts): the store
// labels as the app and `ropa labels --summary` show them (answers, reasons, records they come
// from, open questions, the lines compared after an export), and "what changed" as the
// baselines screen, the conflict dialog and the change log show it. The store files themselves
// (fastlane JSON, Play Console CSV, PrivacyInfo.xcprivacy) are machine formats whose ids
// (PSL_DATA_TYPES_PERSONAL, NSPrivacyCollectedDataTypeName) are the format, so they are left out.
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffInWords, namesOfDocuments } from '../../shared/compliance';
import { changeLines } from '../../shared/compliance/change-lines';
import type { WorkspaceDocument } from '../../shared/interchange';
import { LABEL_STORES, answerLines, appleSummary, buildStoreLabels, productsWithApps } from '../../shared/labels';
import { buildSampleDocument } from '../../shared/sample';
import { threeShapes } from '../helpers/reports-shapes';

/** As notice-raw-values.test.ts scans: snake_case keys and field paths, web and e-mail addresses left out. */
const SNAKE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
const PATH = /\[\d+\]\.|\b[a-z][A-Za-z]*\.\d+\./g;
function rawValues(text: string): string[] {
  const t = text.replace(/https?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');
  return [...(t.match(SNAKE) ?? []), ...(t.match(PATH) ?? [])];
}

/** Every text a person reads in the labels: not the store's own ids. */
const READ = new Set(['reason', 'question', 'toRecord', 'what', 'label', 'group', 'category', 'entityName', 'productName']);
function readable(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) readable(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && READ.has(k)) out.push(v);
      else readable(v, out);
    }
  }
  return out;
}

/** The register after edits of enum-valued fields, ids and dates. */
function edited(before: WorkspaceDocument): WorkspaceDocument {
  const now = structuredClone(before);
  for (const a of now.activities.slice(0, 5)) {
    a.status = a.status === 'approved' ? 'draft' : 'approved';
    a.role = a.role === 'processor' ? 'joint_controller' : 'processor';
    const p = a.purposes[0];
    if (p) {
      p.legalBasis = p.legalBasis === 'legitimate_interests' ? 'vital_interests' : 'legitimate_interests';
      p.directMarketing = true;
    }
    a.purposes.push({ description: 'Added purpose', legalBasis: 'legal_obligation', storePurpose: 'third_party_advertising' });
    const c = a.dataCategories[0];
    if (c) {
      c.endAction = 'return_to_customer';
      c.source = 'publicly_available';
      c.requirement = 'contractual';
    }
    a.dataSubjects.push('customer_end_users');
    a.transfers.push({ country: 'US', mechanism: 'scc', sccModule: 3, derogation: 'compelling_interests' });
    a.recipients = a.recipients.slice(1);
    a.dpia = { status: 'in_progress' };
    a.lastReviewed = '2026-12-01';
  }
  for (const v of now.vendors.slice(0, 3)) v.dpa = { status: v.dpa.status === 'signed' ? 'not_required' : 'signed' };
  now.vendors = now.vendors.slice(1);
  return now;
}

const DOCS: [string, () => WorkspaceDocument][] = [
  ['sample', () => buildSampleDocument(new Date('2026-03-15T12:00:00Z'))],
  ['three product shapes', threeShapes],
];

describe('no enum key or field path in what people read', () => {
  for (const [name, make] of DOCS) {
    it(`${name}: store labels, every product with an app, every store`, () => {
      const doc = make();
      const products = productsWithApps(doc);
      expect(products.length).toBeGreaterThan(0);
      for (const p of products) {
        const labels = buildStoreLabels(doc, p.id);
        if (labels === undefined) throw new Error(`no labels for ${p.name}`);
        const texts = [...readable(labels), appleSummary(labels.productName, labels.apple), ...LABEL_STORES.flatMap((s) => answerLines(labels, s))];
        expect(texts.length).toBeGreaterThan(10);
        expect(texts.flatMap(rawValues), `${p.name}`).toEqual([]);
      }
    });

    it(`${name}: what changed, on the baselines screen, in the conflict dialog and the change log`, () => {
      const before = make();
      const now = edited(before);
      const names = namesOfDocuments([before, now]);
      const worded = diffInWords(diffDocuments(before, now), names);
      const shown = worded.records.flatMap((r) => [r.name, ...r.fields.flatMap((f) => [f.label, f.beforeText, f.afterText])]);
      expect(shown.length).toBeGreaterThan(20);
      expect(shown.flatMap(rawValues)).toEqual([]);
      const log = before.activities.slice(0, 5).flatMap((a) => changeLines(a, now.activities.find((x) => x.id === a.id), names).flatMap((l) => [l.field, l.before, l.after]));
      expect(log.length).toBeGreaterThan(10);
      expect(log.flatMap(rawValues)).toEqual([]);
    });
  }
});
