import type { Channel } from '../../shared/ipc';
import type { HandlerDeps, Handlers } from './handlers';

type DraftChannel = Extract<Channel, `drafts:${string}`>;

/**
 * Field drafts: what an editor could not save yet, kept in the workspace until fixed (in the
 * file; on a server per person: each login reads and writes only its own).
 */
export function draftHandlers({ session }: HandlerDeps): Pick<Handlers, DraftChannel> {
  return {
    'drafts:get': (r) => (session.isOpen ? session.workspace.readWith((s) => s.fieldDrafts(r.entityType, r.entityId)) : Promise.resolve([])),
    'drafts:set': (r) =>
      session.workspace.writeWith(async (w, ctx) => {
        await w.replaceFieldDrafts(r.entityType, r.entityId, r.drafts, { at: ctx.now, actor: ctx.actor });
        return w.draftHolders();
      }),
    'drafts:holders': () => (session.isOpen ? session.workspace.readWith((s) => s.draftHolders()) : Promise.resolve([])),
  };
}
