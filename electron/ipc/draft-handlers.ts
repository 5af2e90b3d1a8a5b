import type { Channel } from '../../shared/ipc';
import { sqliteFieldDrafts as drafts } from '../services/workspace/field-drafts';
import type { HandlerDeps, Handlers } from './handlers';

type DraftChannel = Extract<Channel, `drafts:${string}`>;

/** Field drafts: what an editor could not save yet, kept in the workspace file until fixed. */
export function draftHandlers({ session }: HandlerDeps): Pick<Handlers, DraftChannel> {
  return {
    'drafts:get': (r) => session.workspace.readWith((reader) => drafts.read(reader, r.entityType, r.entityId)),
    'drafts:set': (r) =>
      session.workspace.writeWith(async (w, ctx) => {
        await drafts.replace(w, r.entityType, r.entityId, r.drafts, { at: ctx.now, actor: ctx.actor });
        return drafts.holders(w);
      }),
    'drafts:holders': () => (session.isOpen ? session.workspace.readWith((reader) => drafts.holders(reader)) : Promise.resolve([])),
  };
}
