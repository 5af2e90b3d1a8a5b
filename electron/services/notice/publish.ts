/**
 * Publishing a product's notice: a person freezes the notice as it is generated now, in all
 * the product's languages, as the next version (number, date, publisher), in one transaction
 * with its change-log entry. Every version is kept. The status tells whether the records
 * have changed since the last publication, and what changed in the text.
 */
import { type DocumentWithPublications, withNoticePublications } from '../../../shared/compliance';
import type { NoticeLanguage } from '../../../shared/model';
import {
  type NoticeDocument,
  type NoticeInput,
  type NoticePublication,
  type PublicationStatus,
  generateNotice,
  noticeFingerprint,
  noticeTextDiff,
  publicationStatus,
} from '../../../shared/notice';
import { WorkspaceError } from '../workspace/errors';
import type { StoreReader } from '../store/store';
import type { Workspace } from '../workspace/workspace';
import { readNoticeInput } from './input';

function languagesOf(input: NoticeInput): NoticeLanguage[] {
  return input.product.notice.languages.length > 0 ? [...input.product.notice.languages] : ['en'];
}

/** Publishes the next version of a product's notice. Refused when nothing changed since the last version, or a hand-written section is stale. */
export function publishNotice(ws: Workspace, productRef: string): Promise<NoticePublication> {
  return ws.writeWith(async (w, ctx) => {
    const input = await readNoticeInput(w, productRef);
    const latest = await w.noticePublication(input.product.id);
    const fingerprint = noticeFingerprint(input);
    if (latest !== undefined && latest.fingerprint === fingerprint) {
      throw new WorkspaceError('invalid', `Version ${latest.version} of the notice of "${input.product.name}" already holds these records; nothing new to publish.`);
    }
    const publishedAt = ctx.now.toISOString();
    const today = publishedAt.slice(0, 10);
    const documents: Partial<Record<NoticeLanguage, NoticeDocument>> = {};
    for (const lang of languagesOf(input)) {
      const result = generateNotice(input, { lang, today, publishedOn: today });
      const stale = result.staleOverrides.map((s) => `"${s.heading ?? s.sectionKey}" (${s.lang})`);
      if (stale.length > 0) {
        throw new WorkspaceError('invalid', `The notice of "${input.product.name}" was not published: the hand-written section ${stale.join(', ')} may be out of date. Review it, or go back to the generated text, then publish.`);
      }
      documents[lang] = result.document;
    }
    const publication: NoticePublication = {
      productId: input.product.id,
      version: (latest?.version ?? 0) + 1,
      publishedAt,
      publishedBy: ctx.actor,
      fingerprint,
      documents,
    };
    await w.addNoticePublication(publication);
    await w.logChange(ctx, {
      entityType: 'product',
      entityId: input.product.id,
      action: 'update',
      summary: `Published version ${publication.version} of the notice of "${input.product.name}" (${Object.keys(documents).join(', ')})`,
      after: { version: publication.version, publishedAt, publishedBy: ctx.actor, languages: Object.keys(documents) },
    });
    return publication;
  });
}

export interface NoticeStatusReport extends PublicationStatus {
  readonly input: NoticeInput;
  /** Every published version, oldest first. */
  readonly versions: readonly NoticePublication[];
  /** The date to print as "Last updated": the latest publication's, when the records have not changed since. */
  readonly publishedOn: string | undefined;
  /** What changed in the text of `lang` since the latest publication (when the records changed). */
  readonly diff: string | undefined;
}

async function statusIn(r: StoreReader, productRef: string, lang: NoticeLanguage, today: string): Promise<NoticeStatusReport> {
  const input = await readNoticeInput(r, productRef);
  const versions = await r.noticePublications(input.product.id);
  const latest = versions[versions.length - 1];
  const status = publicationStatus(input, latest);
  let diff: string | undefined;
  if (status.state === 'changed' && latest !== undefined) {
    const before = latest.documents[lang] ?? Object.values(latest.documents)[0];
    if (before !== undefined) diff = noticeTextDiff(before, generateNotice(input, { lang, today, publishedOn: latest.publishedAt.slice(0, 10) }).document);
  }
  // "Last updated" only for a language that was published, while the records are unchanged.
  const publishedOn = status.state === 'current' && latest?.documents[lang] !== undefined ? latest.publishedAt.slice(0, 10) : undefined;
  return { ...status, input, versions, publishedOn, diff };
}

/** The product's notice input with its publication status, from one snapshot. */
export function noticeStatus(ws: Workspace, productRef: string, lang: NoticeLanguage, today: string): Promise<NoticeStatusReport> {
  return ws.readWith((r) => statusIn(r, productRef, lang, today));
}

/** One published version (the latest when `version` is omitted). */
export function readPublishedNotice(ws: Workspace, productRef: string, version?: number): Promise<{ input: NoticeInput; publication: NoticePublication | undefined; all: NoticePublication[] }> {
  return ws.readWith(async (r) => {
    const input = await readNoticeInput(r, productRef);
    const all = await r.noticePublications(input.product.id);
    const publication = version === undefined ? all[all.length - 1] : all.find((p) => p.version === version);
    return { input, publication, all };
  });
}

/** The workspace document with the latest publication of each notice: what the checks run on. */
export async function documentForChecks(ws: Workspace, options: Parameters<Workspace['exportDocument']>[0] = {}): Promise<DocumentWithPublications> {
  const [doc, publications] = await Promise.all([ws.exportDocument(options), ws.readWith((r) => r.latestNoticePublications())]);
  return withNoticePublications(doc, publications);
}
