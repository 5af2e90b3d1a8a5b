/** Team workspaces on a PostgreSQL server: `ropa server init|grant`, `ropa push`, `ropa pull`. */
import { Workspace } from '../../electron/services/workspace';
import { describeServer, isServerAddress } from '../../electron/services/pgstore/address';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { grantAccess, initServer } from '../../electron/services/pgstore/server-admin';
import { APP_ROLES, type AppRole } from '../../electron/services/pgstore/schema';
import { usageError } from '../io';
import { type Command, plural, str } from './command';

function serverUrl(value: string | undefined, what = 'URL'): string {
  if (value === undefined) throw usageError(`missing ${what}`);
  if (!isServerAddress(value)) throw usageError(`${what} must be a postgres:// address, not "${value}"`);
  return value;
}

export const serverCommands: Record<string, Command> = {
  server: {
    usage: 'server init URL [--name NAME] | server grant URL --user LOGIN --role admin|editor|reviewer|auditor [--org NAME]',
    summary: 'create (or upgrade) the team workspace schema, roles and grants in an empty database; give a login a role, for every organisation or one',
    options: { name: { type: 'string' }, user: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' } },
    async run(ctx) {
      const [sub, rawUrl, extra] = ctx.positionals;
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
      const url = serverUrl(rawUrl);
      const { where } = describeServer(url);
      if (sub === 'init') {
        const name = str(ctx, 'name');
        const r = await initServer(url, name !== undefined ? { name } : {});
        ctx.out.write(
          r.created
            ? `Created the team workspace on ${where} (server schema ${r.schemaVersion}; roles ${r.rolePrefix}admin, …editor, …reviewer, …auditor). Add people with "ropa server grant".\n`
            : r.upgradedFrom !== undefined
              ? `Upgraded the team workspace on ${where} from server schema ${r.upgradedFrom} to ${r.schemaVersion}.\n`
              : `${where} already holds a team workspace at server schema ${r.schemaVersion}; nothing to do.\n`,
        );
        return 0;
      }
      if (sub === 'grant') {
        const user = str(ctx, 'user');
        const role = str(ctx, 'role');
        if (user === undefined) throw usageError('grant needs --user LOGIN');
        if (role === undefined || !(APP_ROLES as readonly string[]).includes(role)) throw usageError(`--role must be one of ${APP_ROLES.join(', ')}`);
        const org = str(ctx, 'org');
        ctx.out.write(`${await grantAccess(url, { user, role: role as AppRole, ...(org !== undefined ? { organisation: org } : {}) })}\n`);
        return 0;
      }
      throw usageError(sub === undefined ? 'missing init or grant' : `unknown server command "${sub}" (use init or grant)`);
    },
  },
  push: {
    usage: 'push FILE URL',
    summary: 'copy a workspace file to an empty team workspace (created when the database is empty), all or nothing',
    options: {},
    async run(ctx) {
      const [file, rawUrl, extra] = ctx.positionals;
      if (file === undefined) throw usageError('missing FILE');
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
      const url = serverUrl(rawUrl);
      const source = await Workspace.open(file, { readOnly: true, backups: false });
      let doc;
      try {
        doc = await source.exportDocument();
      } finally {
        await source.close();
      }
      // Published notice versions have no table on a server yet: copied without them, and said so.
      const { noticePublications: published = [], ...register } = doc;
      doc = register;
      await initServer(url, { name: doc.workspace.name });
      const target = await openServerWorkspace(url);
      try {
        await target.importDocument(doc, { source: file });
      } finally {
        await target.close();
      }
      ctx.out.write(`Copied ${file} to ${describeServer(url).where}: ${plural(doc.activities.length, 'processing activity', 'processing activities')}, ${plural(doc.vendors.length, 'vendor')}.\n`);
      if (published.length > 0) ctx.out.write(`Not copied: ${plural(published.length, 'published notice version')} (a team workspace does not keep them yet; they stay in ${file}).\n`);
      return 0;
    },
  },
  pull: {
    usage: 'pull URL FILE',
    summary: 'make a workspace file from a team workspace (what your login may see): an offline copy, e.g. for an auditor',
    options: {},
    async run(ctx) {
      const [rawUrl, file, extra] = ctx.positionals;
      const url = serverUrl(rawUrl);
      if (file === undefined) throw usageError('missing FILE');
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
      const source = await openServerWorkspace(url, { readOnly: true });
      try {
        await source.copyTo(file);
      } finally {
        await source.close();
      }
      ctx.out.write(`Copied ${describeServer(url).where} to ${file}.\n`);
      return 0;
    },
  },
};
