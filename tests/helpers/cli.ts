import { PassThrough } from 'node:stream';
import { main } from '../../cli/ropa';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `ropa` command in-process, capturing what it prints. */
export async function ropa(...argv: string[]): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await main(argv, out, err);
  return { code, stdout, stderr };
}
