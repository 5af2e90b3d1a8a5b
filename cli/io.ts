/** A failure the user can fix: printed as one line on stderr, exit code 1 (or 2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, 2);

export { writeFileAtomic } from '../electron/services/files/atomic-write';
