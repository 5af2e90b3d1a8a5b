import { writeFileSync } from 'node:fs';

/** One figure of `npm run bench`, as written to bench-results.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target, as a human-readable bound, e.g. "<= 300 ms". */
  target: string;
  floor?: number;
  ratio?: number;
  pass: boolean;
}

export class Results {
  readonly all: BenchResult[] = [];

  /** `quiet`: collect without printing (a phase process reports to its parent). */
  constructor(private readonly quiet = false) {}

  push(r: BenchResult): void {
    this.all.push(r);
    print(r);
  }

  add(name: string, value: number, unit: string, max: number, floor?: { value: number; maxRatio: number }): void {
    const ratio = floor ? value / floor.value : undefined;
    const pass = value <= max && (ratio === undefined || ratio <= (floor?.maxRatio ?? Infinity));
    this.all.push({
      name,
      value: round(value),
      unit,
      target: `<= ${max} ${unit}${floor ? ` and <= ${floor.maxRatio}x floor` : ''}`,
      ...(floor ? { floor: round(floor.value), ratio: round(ratio ?? 0) } : {}),
      pass,
    });
    const r = this.all[this.all.length - 1];
    if (r && !this.quiet) print(r);
  }

  /** A figure with no target in the issues, reported for comparison run to run. */
  info(name: string, value: number, unit: string): void {
    const r: BenchResult = { name, value: round(value), unit, target: 'none set', pass: true };
    this.all.push(r);
    if (!this.quiet) print(r);
  }

  write(path: string): void {
    writeFileSync(path, `${JSON.stringify(this.all, null, 2)}\n`);
  }

  table(): string {
    const rows = this.all.map((r) => [r.name, `${r.value} ${r.unit}`, r.target, r.floor === undefined ? '' : `${r.floor} ${r.unit}`, r.ratio === undefined ? '' : `${r.ratio}x`, r.pass ? 'ok' : 'MISSED']);
    const head = ['figure', 'value', 'target', 'floor', 'ratio', ''];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function print(r: BenchResult): void {
  process.stdout.write(`  ${r.name}: ${r.value} ${r.unit}${r.floor !== undefined ? ` (floor ${r.floor}, ${r.ratio}x)` : ''} ${r.pass ? '' : '  <-- target missed'}\n`);
}

export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
