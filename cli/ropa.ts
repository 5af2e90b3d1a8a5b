import { parseArgs } from 'node:util';
import { userInfo } from 'node:os';
import { WorkspaceError } from '../electron/services/workspace';
import { terminalSafe } from '../shared/reports/sanitise';
import { CliError, usageError } from './io';
import { COMMANDS, type CommandContext } from './commands';

const HELP = `ropa — RoPA Desk on the command line

Usage: ropa <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ropa ${c.usage}\n      ${c.summary}`)
  .join('\n')}

Options for every command:
  --as NAME     display name written to the change log (default: $ROPA_USER or your login name)
  -h, --help    this help

Exit codes: 0 ok, 1 findings or failure, 2 usage error.`;

export async function main(argv: readonly string[], rawOut: NodeJS.WritableStream = process.stdout, rawErr: NodeJS.WritableStream = process.stderr): Promise<number> {
  // Every line the command line prints goes through the one sanitiser (issue 14): records cannot drive the terminal.
  const out = terminalStream(rawOut);
  const err = terminalStream(rawErr);
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    out.write(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw usageError(`unknown command "${name}". Run "ropa --help" for the list.`);
    const parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      out.write(`Usage: ropa ${command.usage}\n${command.summary}\n`);
      return 0;
    }
    const ctx: CommandContext = {
      positionals: parsed.positionals,
      values: parsed.values as Record<string, string | boolean | undefined>,
      actor: (parsed.values.as as string | undefined) ?? process.env.ROPA_USER ?? safeUserName(),
      out,
      err,
    };
    return await command.run(ctx);
  } catch (e) {
    return report(e, err, command?.usage);
  }
}

/** Text written to `s` is made terminal-safe; bytes (a Word file to stdout) pass as they are. */
function terminalStream(s: NodeJS.WritableStream): NodeJS.WritableStream {
  return new Proxy(s, {
    get(target, prop, receiver) {
      if (prop === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...a: unknown[]) => boolean).call(target, typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest);
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'ropa';
  }
}

function report(e: unknown, err: NodeJS.WritableStream, usage: string | undefined): number {
  if (e instanceof CliError) {
    err.write(`ropa: ${e.message}\n`);
    for (const d of e.details) err.write(`  ${d}\n`);
    if (e.exitCode === 2 && usage) err.write(`usage: ropa ${usage}\n`);
    return e.exitCode;
  }
  if (e instanceof WorkspaceError) {
    err.write(`ropa: ${e.message}\n`);
    for (const d of e.details.slice(0, 200)) err.write(`  ${d}\n`);
    if (e.details.length > 200) err.write(`  … and ${e.details.length - 200} more\n`);
    return 1;
  }
  const code = (e as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    err.write(`ropa: ${(e as Error).message}\n`);
    if (usage) err.write(`usage: ropa ${usage}\n`);
    return 2;
  }
  err.write(`ropa: unexpected error: ${(e as Error).message ?? String(e)}\n`);
  return 1;
}
