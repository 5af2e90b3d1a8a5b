/**
 * Record text in a report's language. The records are written in one language
 * (English, as the notice assumes: `sourceLang` 'en'); a report in another
 * language shows each text's Translation where the workspace has one (by field,
 * else the phrase memory of the same original), else the original, and lists
 * every text it left in the original language so the report can say so.
 *
 * The document is translated once, up front: every sheet, section and layout
 * then reads the same translated records, and none can forget a field.
 */
import type { WorkspaceDocument } from '../../interchange';
import type { Contact, Organisation, ProcessingActivity } from '../../model';
import type { Translation, TranslationEntityType } from '../../notice/schema';
import type { EnLabel, ReportLang } from './types';

export interface UntranslatedText {
  entityType: Exclude<TranslationEntityType, 'text'>;
  /** The record's id, or the taxonomy entry's key: a scoped report lists only its own (see untranslatedIn). */
  entityId: string;
  /** The record's name as the report shows it ("Account and sign-in"). */
  record: string;
  field: EnLabel;
  text: string;
}

export interface LocalisedDocument {
  doc: WorkspaceDocument;
  untranslated: UntranslatedText[];
}

/** Shipped vocabulary labels in the report's language (the localized reference lookup), by taxonomy and key. */
export interface ShippedLabels {
  category?(key: string): string | undefined;
  subject?(key: string): string | undefined;
  measure?(key: string): { label: string; description?: string } | undefined;
  /** A text the app ships (an activity template's, the vendor catalogue's service) in the language, by its English. */
  phrase?(english: string): string | undefined;
  /** A supervisory authority the app ships, under its own name in the language (recognised by address or names). */
  authority?(contact: Contact): string | undefined;
}

type Entity = Exclude<TranslationEntityType, 'text'>;

class Texts {
  private readonly byField = new Map<string, string>();
  private readonly byOriginal = new Map<string, string>();
  private readonly seen = new Set<string>();
  readonly untranslated: UntranslatedText[] = [];

  constructor(
    lang: ReportLang,
    translations: readonly Translation[],
    private readonly phrase: (english: string) => string | undefined = () => undefined,
  ) {
    for (const t of translations) {
      if (t.lang !== lang) continue;
      if (t.entityType === 'text') this.byOriginal.set(t.field, t.text);
      else this.byField.set(`${t.entityType}\u0000${t.entityId}\u0000${t.field}`, t.text);
    }
  }

  /** The workspace's own translation of a field, if any. */
  field(entity: Entity, id: string, path: string): string | undefined {
    return this.byField.get(`${entity}\u0000${id}\u0000${path}`);
  }

  get(entity: Entity, id: string, path: string, original: string, record: string, label: EnLabel): string {
    if (original.trim() === '') return original;
    // The workspace's own translation first; then the app's, for a text still as a template or the vendor catalogue shipped it.
    const hit = this.byField.get(`${entity}\u0000${id}\u0000${path}`) ?? this.byOriginal.get(original) ?? this.phrase(original);
    if (hit !== undefined) return hit;
    const seen = `${entity}\u0000${id}\u0000${original}`;
    if (!this.seen.has(seen)) {
      this.seen.add(seen);
      this.untranslated.push({ entityType: entity, entityId: id, record, field: label, text: original });
    }
    return original;
  }

  /**
   * A name (a system, a person or role, a recipient's legal name): its translation where the
   * workspace or the app has one ("HR file share"), else as recorded, and not listed: names are
   * printed as they are, as vendors' and products' names are.
   */
  name(entity: Entity, id: string, path: string, original: string): string {
    if (original.trim() === '') return original;
    return this.byField.get(`${entity}\u0000${id}\u0000${path}`) ?? this.byOriginal.get(original) ?? this.phrase(original) ?? original;
  }

  opt(entity: Entity, id: string, path: string, original: string | undefined, record: string, label: EnLabel): string | undefined {
    return original === undefined ? undefined : this.get(entity, id, path, original, record, label);
  }
}

function activity(a: ProcessingActivity, tx: Texts): ProcessingActivity {
  const name = tx.get('activity', a.id, 'name', a.name, a.name, 'Processing activity');
  const g = (path: string, original: string, label: EnLabel) => tx.get('activity', a.id, path, original, name, label);
  const o = (path: string, original: string | undefined, label: EnLabel) => tx.opt('activity', a.id, path, original, name, label);
  const out: ProcessingActivity = {
    ...a,
    name,
    purposes: a.purposes.map((p, i) => {
      const li = o(`purposes.${i}.legitimateInterest`, p.legitimateInterest, 'Legitimate interests');
      return { ...p, description: g(`purposes.${i}.description`, p.description, 'Purposes'), ...(li !== undefined ? { legitimateInterest: li } : {}) };
    }),
    dataCategories: a.dataCategories.map((c, i) => {
      const f = (k: 'detail' | 'sourceDetail' | 'consequence' | 'retention' | 'noticeGroup', label: EnLabel) => {
        const v = o(`dataCategories.${i}.${k}`, c[k], label);
        return v !== undefined ? { [k]: v } : {};
      };
      return {
        ...c,
        ...f('detail', 'What exactly'),
        ...f('sourceDetail', 'Source detail'),
        ...f('consequence', 'If not provided'),
        ...f('retention', 'Retention'),
        ...f('noticeGroup', 'Notice heading'),
      };
    }),
    controllers: a.controllers.map((p, i) => {
      const c = o(`controllers.${i}.contact`, p.contact, 'On behalf of (Art. 30(2)(a))');
      return { ...p, name: g(`controllers.${i}.name`, p.name, 'On behalf of (Art. 30(2)(a))'), ...(c !== undefined ? { contact: c } : {}) };
    }),
    systems: a.systems.map((x, i) => tx.name('activity', a.id, `systems.${i}`, x)),
    recipients: a.recipients.map((r, i) => {
      const n = o(`recipients.${i}.name`, r.name, 'Recipient');
      const s = o(`recipients.${i}.service`, r.service, 'What they do');
      return { ...r, ...(n !== undefined ? { name: n } : {}), ...(s !== undefined ? { service: s } : {}) };
    }),
    transfers: a.transfers.map((t, i) => {
      const s = o(`transfers.${i}.safeguards`, t.safeguards, 'Safeguards and documentation');
      const n = t.recipientName === undefined ? undefined : tx.name('activity', a.id, `transfers.${i}.recipientName`, t.recipientName);
      return { ...t, ...(s !== undefined ? { safeguards: s } : {}), ...(n !== undefined ? { recipientName: n } : {}) };
    }),
    jointControllers: a.jointControllers.map((p, i) => {
      const ar = o(`jointControllers.${i}.arrangement`, p.arrangement, 'Joint controllers');
      const c = o(`jointControllers.${i}.contact`, p.contact, 'Joint controllers');
      return { ...p, ...(ar !== undefined ? { arrangement: ar } : {}), ...(c !== undefined ? { contact: c } : {}) };
    }),
    automatedDecisions: {
      ...a.automatedDecisions,
      ...opt('logic', o('automatedDecisions.logic', a.automatedDecisions.logic, 'Automated decisions')),
      ...opt('significance', o('automatedDecisions.significance', a.automatedDecisions.significance, 'Automated decisions')),
    },
    dpia: { ...a.dpia, ...opt('reason', o('dpia.reason', a.dpia.reason, 'DPIA notes')) },
  };
  const description = o('description', a.description, 'Description');
  if (description !== undefined) out.description = description;
  const notes = o('securityNotes', a.securityNotes, 'Security notes');
  if (notes !== undefined) out.securityNotes = notes;
  if (a.owner !== undefined) out.owner = tx.name('activity', a.id, 'owner', a.owner);
  if (a.reviewer !== undefined) out.reviewer = tx.name('activity', a.id, 'reviewer', a.reviewer);
  return out;
}

const opt = <K extends string>(k: K, v: string | undefined): { [P in K]?: string } => (v === undefined ? {} : ({ [k]: v } as { [P in K]?: string }));

/**
 * The document with its record texts in `lang`. English (the records' language)
 * returns the document as it is. `shipped` names the shipped taxonomy entries in
 * `lang`; a workspace's Translation of an entry comes first.
 */
export function localiseDocument(doc: WorkspaceDocument, lang: ReportLang, shipped: ShippedLabels = {}): LocalisedDocument {
  if (lang === 'en') return { doc, untranslated: [] };
  const tx = new Texts(lang, doc.translations ?? [], shipped.phrase);
  const tax = doc.taxonomies;
  const taxonomies = {
    ...tax,
    dataCategories: tax.dataCategories.map((c) => ({
      ...c,
      label: entry(tx, 'data_category', c.key, c.label, shipped.category?.(c.key), 'Data category'),
    })),
    dataSubjects: tax.dataSubjects.map((s) => ({
      ...s,
      label: entry(tx, 'data_subject', s.key, s.label, shipped.subject?.(s.key), 'Data subjects'),
    })),
    securityMeasures: tax.securityMeasures.map((m) => {
      const local = shipped.measure?.(m.key);
      const label = entry(tx, 'security_measure', m.key, m.label, local?.label, 'Measure');
      const description =
        tx.field('security_measure', m.key, 'description') ?? local?.description ?? tx.opt('security_measure', m.key, 'description', m.description, m.label, 'Description');
      return { ...m, label, ...(description !== undefined ? { description } : {}) };
    }),
  };
  const activities = doc.activities.map((a) => activity(a, tx));
  const products = doc.products.map((p) => {
    const d = tx.opt('product', p.id, 'description', p.description, p.name, 'Description');
    return d === undefined ? p : { ...p, description: d };
  });
  const organisations = doc.organisations.map((org) => organisation(org, tx, shipped));
  const vendors = doc.vendors.map((v) => {
    const s = tx.opt('vendor', v.id, 'service', v.service, v.name, 'Service');
    return s === undefined ? v : { ...v, service: s };
  });
  return { doc: { ...doc, taxonomies, organisations, activities, products, vendors }, untranslated: tx.untranslated };
}

/**
 * The organisation's texts a report prints: the names of its DPO and representative (often a
 * description, "External data protection officer, …"), and its lead authority, under its own
 * name in the language when the app ships it (as the notice names it), else as record text.
 */
function organisation(org: Organisation, tx: Texts, shipped: ShippedLabels): Organisation {
  const contact = (field: 'dpo' | 'representative' | 'leadAuthority', label: EnLabel): Partial<Organisation> => {
    const c = org[field];
    if (c === undefined || c.name === undefined) return {};
    const own = tx.field('organisation', org.id, `${field}.name`);
    const name = own ?? (field === 'leadAuthority' ? shipped.authority?.(c) : undefined) ?? tx.get('organisation', org.id, `${field}.name`, c.name, org.name, label);
    return { [field]: { ...c, name } };
  };
  return {
    ...org,
    ...contact('dpo', 'Data protection officer'),
    ...contact('representative', 'Representative (Art. 27)'),
    ...contact('leadAuthority', 'Lead supervisory authority'),
  };
}

/**
 * A taxonomy entry's label: the workspace's translation of it first, then the shipped
 * label in the language (no fallback), else the phrase memory or the original (listed).
 */
function entry(tx: Texts, entity: Entity, key: string, original: string, shipped: string | undefined, label: EnLabel): string {
  return tx.field(entity, key, 'label') ?? shipped ?? tx.get(entity, key, 'label', original, original, label);
}

/** What a report needs to place an untranslated text: the records in its scope. */
export interface ScopeRecords {
  organisations: readonly { id: string }[];
  products: readonly { id: string }[];
  vendors: readonly { id: string }[];
  activities: readonly ProcessingActivity[];
}

/**
 * The untranslated texts a scoped report shows: those of its own records and of the
 * taxonomy entries its activities use, each text once. Nothing of another
 * organisation is listed.
 */
export function untranslatedIn(list: readonly UntranslatedText[], reg: ScopeRecords): UntranslatedText[] {
  const ids = new Set<string>([...reg.organisations, ...reg.products, ...reg.vendors, ...reg.activities].map((r) => r.id));
  const categories = new Set(reg.activities.flatMap((a) => a.dataCategories.map((c) => c.category)));
  const subjects = new Set(reg.activities.flatMap((a) => a.dataSubjects));
  const measures = new Set(reg.activities.flatMap((a) => a.securityMeasures));
  const keep = (u: UntranslatedText) => {
    switch (u.entityType) {
      case 'data_category':
        return categories.has(u.entityId);
      case 'data_subject':
        return subjects.has(u.entityId);
      case 'security_measure':
        return measures.has(u.entityId);
      default:
        return ids.has(u.entityId);
    }
  };
  const seen = new Set<string>();
  return list.filter((u) => {
    if (!keep(u) || seen.has(u.text)) return false;
    seen.add(u.text);
    return true;
  });
}
