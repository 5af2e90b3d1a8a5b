import type { Channel } from '../../shared/ipc';
import { sqliteFieldDrafts as drafts } from '../services/workspace/field-drafts';
import type { HandlerDeps, Handlers } from './handlers';

type DraftChannel = Extract<Channel, `drafts:${string}`>;

/** Field drafts live in a table only the file store has so far (ARCHITECTURE.md): a server workspace holds none. */
const DRAFTS = 'Keeping a field you could not save yet as a draft';

/** Field drafts: what an editor could not save yet, kept in the workspace file until fixed. */
export function draftHandlers({ session }: HandlerDeps): Pick<Handlers, DraftChannel> {
  const onFile = () => session.isOpen && session.workspace.engine === 'file';
  return {
    'drafts:get': (r) => (onFile() ? session.workspace.fileReadWith(DRAFTS, (_s, raw) => drafts.read(raw, r.entityType, r.entityId)) : Promise.resolve([])),
    'drafts:set': (r) =>
      session.workspace.fileWriteWith(DRAFTS, async (_w, raw, ctx) => {
        await drafts.replace(raw, r.entityType, r.entityId, r.drafts, { at: ctx.now, actor: ctx.actor });
        return drafts.holders(raw);
      }),
    'drafts:holders': () => (onFile() ? session.workspace.fileReadWith(DRAFTS, (_s, raw) => drafts.holders(raw)) : Promise.resolve([])),
  };
}
