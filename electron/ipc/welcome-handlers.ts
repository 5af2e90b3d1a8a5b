import type { Channel } from '../../shared/ipc';
import type { Workspace } from '../services/workspace';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';
import { createSampleWorkspace } from './handlers';

type WelcomeChannel = Extract<Channel, 'workspace:openSample' | 'workspace:isSample'>;

/** Marks a workspace as the bundled sample, so that the window can say so wherever it shows it. */
export function markAsSample(ws: Workspace): Promise<void> {
  return ws.writeWith((w) => w.markAsSample());
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
      if (!session.isOpen) return false;
      return session.workspace.readWith((r) => r.isSample());
    },
  };
}
