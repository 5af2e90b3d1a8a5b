/**
 * The text an import kept on a record because it could not place it, as written
 * into the activity's description, and read back by the compliance rule that
 * raises each line as a finding until a person has placed it.
 */
export const KEPT_HEADER = '; kept as written, to place in the record:';

export interface KeptLine {
  header: string;
  column: string;
  row: number;
  text: string;
}

export function keptLine(header: string, column: string, row: number, text: string): string {
  return `• ${header || 'Column'} (column ${column}, row ${row}): ${text}`;
}

/** The kept lines of a description (those after an "Imported from …; kept as written" line). */
export function readKeptLines(description: string | undefined): KeptLine[] {
  if (description === undefined || !description.includes(KEPT_HEADER)) return [];
  const out: KeptLine[] = [];
  let inside = false;
  for (const line of description.split('\n')) {
    if (line.startsWith('Imported from ') && line.endsWith(KEPT_HEADER)) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    const m = /^• (.*) \(column ([A-Z]+), row (\d+)\): (.*)$/.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ header: m[1] ?? '', column: m[2] ?? '', row: Number(m[3]), text: m[4] ?? '' });
    else if (last !== undefined) last.text += `\n${line}`; // a kept text of several lines
  }
  return out;
}
