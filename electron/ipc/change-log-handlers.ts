import type { Channel } from '../../shared/ipc';
import { exportChangeLog } from '../services/app/change-log-export';
import { changeActors } from '../services/workspace/change-log';
import type { HandlerDeps, Handlers } from './handlers';

type ChangeLogChannel = Extract<Channel, 'changes:people' | 'changes:export'>;

/** The change log screen's extras: who appears in it, and its export to Excel. */
export function changeLogHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, ChangeLogChannel> {
  return {
    // On a server the people are those of the latest entries (the full list is a file-store query so far).
    'changes:people': () =>
      session.workspace.engine === 'file'
        ? session.workspace.fileReadWith('The list of people in the change log', (_r, raw) => changeActors(raw))
        : session.workspace.readWith(async (r) => [...new Set((await r.changes({ limit: 1000 })).map((c) => c.actor))].sort((a, b) => a.localeCompare(b))),
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
