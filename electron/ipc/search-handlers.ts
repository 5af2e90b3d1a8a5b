import type { Channel } from '../../shared/ipc';
import { indexRegister, searchIndexed } from '../../shared/search/register-search';
import { documentForChecks } from '../services/notice/publish';
import type { HandlerDeps, Handlers } from './handlers';

type SearchChannel = Extract<Channel, 'search:register'>;

/**
 * Search over all text of the register. The text index is built from the whole document on the
 * first search after a change and reused while the person types (the session says when it changed).
 */
export function searchHandlers({ session }: HandlerDeps): Pick<Handlers, SearchChannel> {
  let cached: { workspace: unknown; index: Promise<ReturnType<typeof indexRegister>> } | undefined;
  session.on('changed', () => (cached = undefined));
  const index = () => {
    const workspace = session.workspace;
    if (cached?.workspace !== workspace) {
      const built = documentForChecks(workspace, { baselines: false }).then(indexRegister);
      built.catch(() => (cached = undefined));
      cached = { workspace, index: built };
    }
    return cached.index;
  };
  return {
    'search:register': async (r) => (r.query.trim() === '' ? { hits: [], total: 0 } : searchIndexed(await index(), r.query, r.limit ?? 50, r.fieldWords ?? {})),
  };
}
