/** Team workspaces on a PostgreSQL server: `ropa server init|grant`, `ropa push`, `ropa pull`. */
import { Workspace } from '../../electron/services/workspace';
import { describeServer, isServerAddress } from '../../electron/services/pgstore/address';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { grantAccess, initServer } from '../../electron/services/pgstore/server-admin';
import { APP_ROLES, type AppRole } from '../../electron/services/pgstore/schema';
import { usageError } from '../io';
import { type Command, plural, str } from './command';
import { type CopyReport, copyWorkspace } from '../../electron/services/store/workspace-copy';

/** What a push or pull copied, in words. */
function copiedWords(r: CopyReport): string {
  return [
    plural(r.activities, 'processing activity', 'processing activities'),
    plural(r.vendors, 'vendor'),
    plural(r.publications, 'published notice version'),
    plural(r.labelExports, 'store-label export'),
    plural(r.submissions, 'review submission'),
    plural(r.history, 'change-log entry', 'change-log entries'),
  ].join(', ');
}

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
    usage: 'push FILE URL [--replace]',
    summary: 'copy a workspace file whole (records, published notices, label stamps, review submissions, change log with its authors) to a team workspace, as its admin; all or nothing',
    options: { replace: { type: 'boolean' } },
    async run(ctx) {
      const [file, rawUrl, extra] = ctx.positionals;
      if (file === undefined) throw usageError('missing FILE');
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
      const url = serverUrl(rawUrl);
      const { where } = describeServer(url);
      const source = await Workspace.open(file, { readOnly: true, backups: false });
      try {
        await initServer(url, { name: await source.name() });
        const target = await openServerWorkspace(url);
        try {
          const r = await copyWorkspace(source, target, { verb: 'Pushed', from: file, where: `The team workspace on ${where}`, replace: ctx.values.replace === true });
          ctx.out.write(`Copied ${file} to ${where}: ${copiedWords(r)}.\n`);
          if (r.draftsLeft > 0) ctx.out.write(`Not copied: ${plural(r.draftsLeft, 'field draft')} (unsaved typing belongs to the person who typed it; it stays in ${file}).\n`);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
      return 0;
    },
  },
  pull: {
    usage: 'pull URL FILE',
    summary: 'make a workspace file from a team workspace, whole (what your login may see, with published notices, label stamps, review submissions and the change log): an offline copy, e.g. for an auditor',
    options: {},
    async run(ctx) {
      const [rawUrl, file, extra] = ctx.positionals;
      const url = serverUrl(rawUrl);
      if (file === undefined) throw usageError('missing FILE');
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
      const { where } = describeServer(url);
      const source = await openServerWorkspace(url, { readOnly: true });
      try {
        const r = await source.copyTo(file);
        ctx.out.write(`Copied ${where} to ${file}: ${copiedWords(r)}.\n`);
        if (r.draftsLeft > 0) ctx.out.write(`Not copied: ${plural(r.draftsLeft, 'field draft')} of yours (unsaved typing stays on the server, with your login).\n`);
      } finally {
        await source.close();
      }
      return 0;
    },
  },
};
