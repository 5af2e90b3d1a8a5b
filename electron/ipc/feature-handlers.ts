import { completeness, runChecks } from '../../shared/compliance';
import { escapeJsonControls } from '../../shared/reports/sanitise';
import { type NoticeDocument, generateNotice, renderNoticeHtml, renderNoticeHtmlBody, renderNoticeMarkdown, renderNoticeText, sectionText } from '../../shared/notice';
import type { Channel, NoticePublicationInfo } from '../../shared/ipc';
import { writeFileAtomic } from '../services/files/atomic-write';
import { approveActivity, returnToDraft, reviewState, setOnePersonMode, submitForReview } from '../services/compliance/review';
import { compareBaselines, createBaseline, deleteBaseline, listBaselines } from '../services/compliance/baselines';
import { noticeDocxBuffer } from '../services/notice/docx';
import { revertNoticeOverride, setNoticeOverride } from '../services/notice/overrides';
import { documentForChecks, noticeStatus, publishNotice, readPublishedNotice } from '../services/notice/publish';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type FeatureChannel = Extract<Channel, `notice:${string}` | `checks:${string}` | `review:${string}` | `baseline:${string}` | 'workspace:exportJson'>;

const today = () => new Date().toISOString().slice(0, 10);
const record = (m: Map<string, number>) => Object.fromEntries(m);

const NOTICE_FORMATS: Record<'md' | 'html' | 'docx' | 'txt', { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  txt: { name: 'Plain text', extensions: ['txt'] },
};

/** Notices, checks, reviews, baselines and JSON export: each a thin call into its service. */
export function featureHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, FeatureChannel> {
  const notice = async (productId: string, lang: 'en' | 'de' | 'fr') => {
    const status = await noticeStatus(session.workspace, productId, lang, today());
    const result = generateNotice(status.input, { lang, today: today(), ...(status.publishedOn !== undefined ? { publishedOn: status.publishedOn } : {}) });
    const latest = status.latest;
    const days = status.input.product.notice.changeNoticeDays;
    const publication: NoticePublicationInfo = {
      state: status.state,
      ...(latest !== undefined ? { version: latest.version, publishedAt: latest.publishedAt, publishedBy: latest.publishedBy } : {}),
      ...(status.diff !== undefined ? { diff: status.diff } : {}),
      ...(days !== undefined ? { changeNoticeDays: days } : {}),
      versions: status.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy, languages: Object.keys(v.documents) as ('en' | 'de' | 'fr')[] })),
    };
    return { ...result, publication };
  };
  const renderAs = async (document: NoticeDocument, format: 'md' | 'html' | 'docx' | 'txt'): Promise<string | Buffer> =>
    format === 'docx'
      ? noticeDocxBuffer(document, session.prefs.get().displayName)
      : format === 'md'
        ? renderNoticeMarkdown(document)
        : format === 'html'
          ? renderNoticeHtml(document)
          : renderNoticeText(document);
  return {
    'workspace:exportJson': async () => {
      const path = await dialogs.chooseSavePath({ title: 'Export workspace as JSON', defaultName: 'register.json', extensions: [{ name: 'JSON', extensions: ['json'] }] });
      if (path === undefined) return null;
      await writeFileAtomic(path, `${escapeJsonControls(JSON.stringify(await session.workspace.exportDocument(), null, 2))}\n`);
      return path;
    },
    'notice:preview': async (r) => {
      const result = await notice(r.productId, r.lang);
      return {
        html: renderNoticeHtmlBody(result.document, { markOverrides: true }),
        sections: result.document.sections.map((s) => ({
          key: s.key,
          number: s.number,
          heading: s.heading,
          text: sectionText(s),
          ...(s.override ? { override: { ...s.override } } : {}),
        })),
        warnings: [...result.warnings],
        staleOverrides: [...result.staleOverrides],
        publication: result.publication,
      };
    },
    'notice:exportPublished': async (r) => {
      const { input, publication } = await readPublishedNotice(session.workspace, r.productId, r.version);
      const document = publication?.documents[r.lang];
      if (document === undefined) throw new WorkspaceError('not_found_record', `Version ${r.version} of the notice of "${input.product.name}" was not published in this language.`);
      const format = NOTICE_FORMATS[r.format];
      const path = await dialogs.chooseSavePath({ title: 'Export published notice', defaultName: `privacy-notice-v${r.version}-${r.lang}.${format.extensions[0]}`, extensions: [format] });
      if (path === undefined) return null;
      await writeFileAtomic(path, await renderAs(document, r.format));
      return path;
    },
    'notice:publish': async (r) => {
      const p = await publishNotice(session.workspace, r.productId);
      session.emit('changed');
      return { version: p.version, publishedAt: p.publishedAt, publishedBy: p.publishedBy };
    },
    'notice:setOverride': async (r) => {
      await setNoticeOverride(session.workspace, { product: r.productId, lang: r.lang, sectionKey: r.sectionKey, text: r.text });
      session.emit('changed');
      return null;
    },
    'notice:revertOverride': async (r) => {
      const reverted = await revertNoticeOverride(session.workspace, { product: r.productId, lang: r.lang, sectionKey: r.sectionKey });
      session.emit('changed');
      return reverted;
    },
    'notice:export': async (r) => {
      const result = await notice(r.productId, r.lang);
      const format = NOTICE_FORMATS[r.format];
      const path = await dialogs.chooseSavePath({ title: 'Export privacy notice', defaultName: `privacy-notice-${r.lang}.${format.extensions[0]}`, extensions: [format] });
      if (path === undefined) return null;
      await writeFileAtomic(path, await renderAs(result.document, r.format));
      return path;
    },
    'checks:run': async () => {
      const doc = await documentForChecks(session.workspace, { baselines: false });
      const c = completeness(doc);
      return {
        findings: runChecks(doc, { today: today() }),
        completeness: { activities: record(c.activities), products: record(c.products), organisations: record(c.organisations) },
      };
    },
    'review:submit': async (r) => {
      const a = await submitForReview(session.workspace, r.id);
      session.emit('changed');
      return a;
    },
    'review:approve': async (r) => {
      const a = await approveActivity(session.workspace, r.id, { reviewer: session.prefs.get().displayName, ...(r.nextReviewDue ? { nextReviewDue: r.nextReviewDue } : {}) });
      session.emit('changed');
      return a;
    },
    'review:reopen': async (r) => {
      const a = await returnToDraft(session.workspace, r.id, r.reason);
      session.emit('changed');
      return a;
    },
    // Who is asking: the app's identity on a file, the database login on a server.
    'review:state': (r) => reviewState(session.workspace, r.id, session.workspace.actor),
    'review:setOnePersonMode': async (r) => {
      const enabled = await setOnePersonMode(session.workspace, r.enabled);
      session.emit('changed');
      return enabled;
    },
    'baseline:list': () => listBaselines(session.workspace),
    'baseline:create': async (r) => {
      const b = await createBaseline(session.workspace, { label: r.label, ...(r.organisationId ? { organisationId: r.organisationId } : {}) });
      session.emit('changed');
      return b;
    },
    'baseline:delete': async (r) => {
      await deleteBaseline(session.workspace, r.id);
      session.emit('changed');
      return null;
    },
    'baseline:compare': (r) => compareBaselines(session.workspace, r.from, r.to),
  };
}
