import type { Channel } from '../../shared/ipc';
import type { Workspace } from '../services/workspace';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';
import { createSampleWorkspace } from './handlers';

type WelcomeChannel = Extract<Channel, 'workspace:openSample' | 'workspace:isSample'>;

/** Marks a workspace as the bundled sample, so that the window can say so wherever it shows it. */
export function markAsSample(ws: Workspace): Promise<void> {
  return ws.fileWriteWith('Marking the sample workspace', async (_w, raw) => void (await raw.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('sample', '1')")));
}

/** The welcome screen: open (or create) the sample workspace; tell whether the open workspace is the sample. */
export function welcomeHandlers({ session, samplePath }: HandlerDeps): Pick<Handlers, WelcomeChannel> {
  return {
    'workspace:openSample': async () => {
      if (samplePath === undefined) throw new WorkspaceError('invalid', 'This window has no place for the sample workspace.');
      await createSampleWorkspace(session, samplePath);
      const state = session.state();
      if (!state) throw new WorkspaceError('not_found', 'The sample workspace could not be opened.');
      return state;
    },
    'workspace:isSample': async () => {
      // The sample is always a file; a team workspace never is one.
      if (!session.isOpen || session.workspace.engine !== 'file') return false;
      const row = await session.workspace.fileReadWith('The sample mark', (_r, raw) => raw.get<{ value: string }>("SELECT value FROM meta WHERE key = 'sample'"));
      return row?.value === '1';
    },
  };
}
