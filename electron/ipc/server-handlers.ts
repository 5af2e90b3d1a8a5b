/** Team workspaces from the app: connections used before, the CA file, connecting (issue 15). */
import { basename } from 'node:path';
import type { Channel, ServerConnectionView } from '../../shared/ipc';
import { type ConnectionBook, type ConnectionSettings, type SavedConnection, connectionUrl, poolOptions } from '../services/app/connections';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type ServerChannel = Extract<Channel, `server:${string}`>;

const CA_FILTER = [{ name: 'CA certificate (PEM)', extensions: ['pem', 'crt', 'cer'] }];

function view(book: ConnectionBook, c: SavedConnection): ServerConnectionView {
  return {
    id: c.id,
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    tls: c.tls,
    ...(c.caFile !== undefined ? { caFileName: basename(c.caFile) } : {}),
    passwordKept: book.password(c) !== undefined,
    lastUsed: c.lastUsed,
  };
}

export function serverHandlers({ session, dialogs, connections }: HandlerDeps): Pick<Handlers, ServerChannel> {
  /** The CA file last chosen in the native dialog, kept here: the renderer never names a path. */
  let chosenCa: string | undefined;
  const book = () => {
    if (connections === undefined) throw new WorkspaceError('not_found', 'Team workspaces are not available in this window.');
    return connections;
  };
  return {
    'server:connections': async () => {
      const b = book();
      return (await b.list()).map((c) => view(b, c));
    },
    'server:chooseCaFile': async () => {
      const path = await dialogs.chooseOpenPath({ title: 'CA certificate of the server', extensions: CA_FILTER });
      if (path === undefined) return null;
      chosenCa = path;
      return { name: basename(path) };
    },
    'server:connect': async (r) => {
      const b = book();
      let settings: ConnectionSettings;
      let password: string | undefined;
      let keep: boolean;
      if ('connectionId' in r) {
        const saved = (await b.list()).find((c) => c.id === r.connectionId);
        if (saved === undefined) throw new WorkspaceError('not_found_record', 'That connection is no longer in the list.');
        settings = saved;
        password = r.password ?? b.password(saved);
        keep = saved.secret !== undefined || r.password === undefined;
      } else {
        if ((r.tls === 'verify-ca' || r.tls === 'verify-full') && r.useChosenCaFile === true && chosenCa === undefined) {
          throw new WorkspaceError('invalid', 'Choose the CA certificate file of the server first.');
        }
        settings = {
          host: r.host,
          port: r.port,
          database: r.database,
          user: r.user,
          tls: r.tls,
          ...(r.useChosenCaFile === true && chosenCa !== undefined ? { caFile: chosenCa } : {}),
        };
        password = r.password;
        keep = r.rememberPassword;
      }
      const state = await session.connect(connectionUrl(settings), await poolOptions(settings, password));
      await b.remember(settings, password, keep);
      return state;
    },
  };
}
