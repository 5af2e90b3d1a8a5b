import type { Channel } from '../../shared/ipc';
import { exportChangeLog } from '../services/app/change-log-export';
import type { HandlerDeps, Handlers } from './handlers';

type ChangeLogChannel = Extract<Channel, 'changes:people' | 'changes:export'>;

/** The change log screen's extras: who appears in it, and its export to Excel. */
export function changeLogHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, ChangeLogChannel> {
  return {
    // Everyone in the change log this person may read (on a server, row-level security decides).
    'changes:people': () => session.workspace.readWith((r) => r.changeActors()),
    'changes:export': async (r) => {
      const path = await dialogs.chooseSavePath({ title: 'Export the change log', defaultName: 'Change log.xlsx', extensions: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
      if (path === undefined) return null;
      const { limit: _l, beforeId: _b, ...query } = r;
      const target = /\.xlsx$/i.test(path) ? path : `${path}.xlsx`;
      await exportChangeLog(session.workspace, target, query);
      return target;
    },
  };
}
