/**
 * Copying a workspace whole, file ⇄ server (`ropa push FILE URL`, `ropa pull URL FILE`):
 * the interchange document (records, taxonomies with the entries an import added and
 * their store-label mappings, translations with their source text, notice overrides,
 * baselines, published notice versions with their frozen texts) and what it does not
 * hold: store-label export stamps, who submitted what for review, one-person mode, the
 * sample mark and the change log.
 *
 * Decisions:
 * - **History travels.** The change log is copied with its own authors and times, so an
 *   auditor's offline copy shows who changed what; the copy adds one entry of its own
 *   (who copied, from where). Entry ids are the target's.
 * - **Authors are kept, never claimed.** The copy is written on the carry path
 *   (store/carry-store.ts): on a server only an admin's login may take it, and the
 *   database checks that; an editor's push is refused and nothing is written.
 * - **Field drafts stay behind.** They are one person's unsaved typing, keyed by login
 *   on a server; the copy says how many it left.
 * - **All or nothing.** The target is written in one transaction, and refused when it
 *   already holds a register unless `replace` is set (then its register, published
 *   versions and label stamps are replaced; its change log stays, and the copied one
 *   follows it).
 */
import type { WorkspaceDocument } from '../../../shared/interchange';
import type { ExportStamp } from '../../../shared/labels';
import type { ChangeEntry } from '../workspace/change-log';
import { WorkspaceError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';
import type { CarriedSubmission } from './carry-store';
import type { StoreReader, StoreWriter } from './store';

/** A whole workspace as read in one snapshot. */
export interface WorkspaceCopy {
  document: WorkspaceDocument;
  labelExports: ExportStamp[];
  submissions: CarriedSubmission[];
  onePersonMode: boolean;
  sample: boolean;
  /** The change log, oldest first. */
  history: ChangeEntry[];
  /** Field drafts left behind (on a server: the reading person's own). */
  draftsLeft: number;
}

export interface CopyReport {
  organisations: number;
  products: number;
  vendors: number;
  activities: number;
  publications: number;
  labelExports: number;
  submissions: number;
  history: number;
  draftsLeft: number;
}

/** Everything of a workspace that a copy carries, in one consistent read. */
export async function readCopy(r: StoreReader, now: Date): Promise<WorkspaceCopy> {
  const document = await r.document(now, { baselines: true, publications: true });
  const labelExports: ExportStamp[] = [];
  for (const p of document.products) labelExports.push(...(await r.labelExportStamps(p.id)));
  const activityIds = new Set(document.activities.map((a) => a.id));
  const submissions = (await r.reviewSubmissions()).filter((s) => activityIds.has(s.activityId));
  const history = (await r.changes({ limit: Number.MAX_SAFE_INTEGER })).reverse();
  const draftsLeft = (await r.draftHolders()).reduce((n, h) => n + h.fields, 0);
  return { document, labelExports, submissions, onePersonMode: await r.onePersonMode(), sample: await r.isSample(), history, draftsLeft };
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the target already holds, in words, or undefined when it holds nothing a copy would replace. */
async function whatIsThere(w: StoreWriter): Promise<string | undefined> {
  const c = await w.counts();
  const published = (await w.latestNoticePublications()).length;
  const baselines = (await w.baselines()).length;
  const parts = [
    c.organisations > 0 ? count(c.organisations, 'organisation') : '',
    c.products > 0 ? count(c.products, 'product') : '',
    c.vendors > 0 ? count(c.vendors, 'vendor') : '',
    c.activities > 0 ? count(c.activities, 'processing activity', 'processing activities') : '',
    published > 0 ? count(published, 'product with a published notice', 'products with a published notice') : '',
    baselines > 0 ? count(baselines, 'baseline') : '',
  ].filter((x) => x !== '');
  return parts.length === 0 ? undefined : parts.join(', ');
}

/**
 * Writes a copy into the target in one transaction: refused when the target holds a
 * register (unless `replace`), and, on a server, unless the login is an admin.
 */
export async function writeCopy(w: StoreWriter, copy: WorkspaceCopy, options: { replace?: boolean; where: string }): Promise<void> {
  await w.carryAuthors();
  const there = await whatIsThere(w);
  if (there !== undefined && options.replace !== true) {
    throw new WorkspaceError(
      'not_empty',
      `${options.where} already holds ${there}. Nothing was copied: copy into an empty workspace, or replace what is there (--replace; its change log stays).`,
    );
  }
  if (there !== undefined) await w.clearNoticePublications();
  await w.replaceContents({ ...copy.document, noticePublications: copy.document.noticePublications ?? [] });
  for (const s of copy.labelExports) await w.putLabelExportStamp(s);
  for (const s of copy.submissions) await w.carrySubmission(s);
  if (copy.onePersonMode || there !== undefined) await w.setOnePersonMode(copy.onePersonMode);
  if (copy.sample) await w.markAsSample();
  await w.appendHistory(copy.history);
}

function reportOf(copy: WorkspaceCopy): CopyReport {
  const d = copy.document;
  return {
    organisations: d.organisations.length,
    products: d.products.length,
    vendors: d.vendors.length,
    activities: d.activities.length,
    publications: d.noticePublications?.length ?? 0,
    labelExports: copy.labelExports.length,
    submissions: copy.submissions.length,
    history: copy.history.length,
    draftsLeft: copy.draftsLeft,
  };
}

/** The copy's own change-log entry: what came from where. */
export function copySummary(verb: string, from: string, r: CopyReport): string {
  return `${verb} ${from}: ${count(r.organisations, 'organisation')}, ${count(r.products, 'product')}, ${count(r.vendors, 'vendor')}, ${count(
    r.activities,
    'processing activity',
    'processing activities',
  )}, ${count(r.publications, 'published notice version')}, ${count(r.history, 'change-log entry', 'change-log entries')} with their authors`;
}

/** Copies `source` into `target` whole (see the module comment); `verb` and `from` word the target's change-log entry. */
export async function copyWorkspace(source: Workspace, target: Workspace, o: { replace?: boolean; verb: string; from: string; where: string }): Promise<CopyReport> {
  const copy = await source.readWith((r) => readCopy(r, new Date()));
  const report = reportOf(copy);
  await target.writeWith(async (w, ctx) => {
    await writeCopy(w, copy, { where: o.where, ...(o.replace !== undefined ? { replace: o.replace } : {}) });
    await w.logChange(ctx, { entityType: 'workspace', entityId: 'workspace', action: 'import', summary: copySummary(o.verb, o.from, report) });
  });
  return report;
}
