import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type Taxonomies, type WorkspaceDocument } from '../../../shared/interchange';
import { readOverrides, readTranslations, writeOverrides, writeTranslations } from '../notice/store';
import { readBaselineRecords, writeBaselineRecords } from '../compliance/baseline-io';
import { readPublicationRecords, writePublicationRecords } from '../notice/publication-store';
import { insertActivities, loadActivities, loadAllActivities } from './activity-store';
import type { Reader, Writer } from './sqlite';
import {
  ACTIVITY_CHILD_TABLES,
  dataCategoryTypes,
  dataSubjectTypes,
  organisations,
  products,
  securityMeasureTypes,
  vendors,
} from './tables';

export const GENERATOR = 'RoPA Desk 0.1.0';

export async function readTaxonomies(r: Reader): Promise<Taxonomies> {
  const [c, s, m] = await Promise.all([dataCategoryTypes.select(r), dataSubjectTypes.select(r), securityMeasureTypes.select(r)]);
  return {
    dataCategories: c.map((x) => dataCategoryTypes.decode(x)),
    dataSubjects: s.map((x) => dataSubjectTypes.decode(x)),
    securityMeasures: m.map((x) => securityMeasureTypes.decode(x)),
  };
}

export async function writeTaxonomies(w: Writer, t: Taxonomies): Promise<void> {
  await dataCategoryTypes.insert(w, t.dataCategories.map((x, i) => dataCategoryTypes.row([i], x)));
  await dataSubjectTypes.insert(w, t.dataSubjects.map((x, i) => dataSubjectTypes.row([i], x)));
  await securityMeasureTypes.insert(w, t.securityMeasures.map((x, i) => securityMeasureTypes.row([i], x)));
}

export interface ReadDocumentOptions {
  /**
   * Include the baselines (each a frozen copy of the register). Default true, for
   * the JSON export and its round trip; reports, checks and imports leave them out
   * rather than read and parse every frozen register.
   */
  baselines?: boolean;
  /**
   * Read only this organisation's activities (every other record is read whole):
   * what a report of the organisation, or of one of its products, needs.
   */
  organisationId?: string;
  /**
   * Include the published notice versions (`noticePublications`). Default: as `baselines`
   * (the JSON export and its round trip carry them; reports and checks leave them out).
   */
  publications?: boolean;
}

/** The whole workspace as an interchange document. */
export async function readDocument(r: Reader, now: Date, options: ReadDocumentOptions = {}, withActivities = true): Promise<WorkspaceDocument> {
  const withPublications = options.publications ?? options.baselines !== false;
  const [name, taxonomies, o, p, v, a, translations, noticeOverrides, baselines, publications] = await Promise.all([
    r.get<{ value: string }>("SELECT value FROM meta WHERE key = 'name'"),
    readTaxonomies(r),
    organisations.select(r),
    products.select(r),
    vendors.select(r),
    !withActivities ? [] : options.organisationId === undefined ? loadAllActivities(r) : loadActivities(r, 'WHERE organisation_id = ?', [options.organisationId]),
    readTranslations(r),
    readOverrides(r),
    options.baselines === false ? [] : readBaselineRecords(r),
    withPublications ? readPublicationRecords(r) : [],
  ]);
  return {
    format: DOCUMENT_FORMAT,
    formatVersion: DOCUMENT_VERSION,
    exportedAt: now.toISOString(),
    generator: GENERATOR,
    workspace: { name: name?.value ?? 'Workspace' },
    taxonomies,
    organisations: o.map((x) => organisations.decode(x)),
    products: p.map((x) => products.decode(x)),
    vendors: v.map((x) => vendors.decode(x)),
    activities: a,
    ...(translations.length > 0 ? { translations } : {}),
    ...(noticeOverrides.length > 0 ? { noticeOverrides } : {}),
    ...(baselines.length > 0 ? { baselines } : {}),
    ...(publications.length > 0 ? { noticePublications: publications } : {}),
  };
}

/** Empties the register (records and taxonomies; the change log stays). */
export async function clearRegister(w: Writer): Promise<void> {
  for (const table of ACTIVITY_CHILD_TABLES) await w.run(`DELETE FROM ${table}`);
  for (const table of ['translations', 'activities', 'notice_overrides', 'products', 'vendors', 'organisations']) await w.run(`DELETE FROM ${table}`);
  for (const table of [dataCategoryTypes.table, dataSubjectTypes.table, securityMeasureTypes.table]) await w.run(`DELETE FROM ${table}`);
}

/** Writes a validated document's records, set-wise: a handful of statements whatever its size. */
export async function writeDocument(w: Writer, doc: WorkspaceDocument): Promise<void> {
  await w.run("INSERT INTO meta (key, value) VALUES ('name', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [
    doc.workspace.name,
  ]);
  await writeTaxonomies(w, doc.taxonomies);
  await organisations.insert(w, doc.organisations.map((x, i) => organisations.row([i], x)));
  await vendors.insert(w, doc.vendors.map((x, i) => vendors.row([i], x)));
  await products.insert(w, doc.products.map((x, i) => products.row([i], x)));
  await insertActivities(w, doc.activities, (i) => i);
  await writeTranslations(w, doc.translations ?? []);
  await writeOverrides(w, doc.noticeOverrides ?? []);
  await writeBaselineRecords(w, doc.baselines);
  await writePublicationRecords(w, doc.noticePublications);
}
