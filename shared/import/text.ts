/** Text helpers shared by the readers: normalising for matching, splitting lists as people write them. */

/** Lower case, accents off, "e-mail" → "email", punctuation → spaces, single spaces. */
export function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\be[\s-]?mail/g, 'email')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Cell text without surrounding space; internal runs of spaces kept as typed. */
export const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** Splits at top level (not inside parentheses) on the given separators. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0) {
      const rest = text.slice(i);
      const m = separators.exec(rest);
      if (m && m.index === 0 && m[0].length > 0) {
        out.push(cur);
        cur = '';
        i += m[0].length - 1;
        continue;
      }
    }
    cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.replace(/^[\s•·\-–*]+/, '').trim()).filter((s) => s !== '');
}

/** Lines of a cell, bullets removed. */
export const lines = (text: string) => splitTopLevel(text, /^(?:\r?\n)+/);

/** Items of a list cell: lines, commas, semicolons, slashes. */
export const items = (text: string) => splitTopLevel(text, /^(?:\r?\n|;|,|\s\/\s)/);

/** An item's parts around " and " / " und " / " et " / " & " (tried only when the whole item is not recognised). */
export const andParts = (item: string) => splitTopLevel(item, /^\s+(?:and|und|et|&)\s+/i);

const NONE = /^(?:none|no|n ?a|not applicable|nil|nothing|keine?|nein|entfallt|entfaellt|nicht zutreffend|aucun|aucune|non|neant|sans objet|pas de transfert|no transfers?|keine ubermittlung(?:en)?|-|–|—)$/;
/** "None", "Keine", "Aucun", "N/A", "–": the person says there is nothing. */
export const saysNone = (text: string) => NONE.test(norm(text) || text.trim());

const YES = /^(?:yes|y|x|ja|oui|true|1|required|erforderlich|requis)$/;
const NO = /^(?:no|n|nein|non|false|0|not required|nicht erforderlich|non requis)$/;
export const saysYes = (text: string) => YES.test(norm(text) || text.trim().toLowerCase());
export const saysNo = (text: string) => NO.test(norm(text) || text.trim().toLowerCase());

/** A = 1, Z = 26, AA = 27 (1-based column number → letter). */
export function columnLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** A key for a custom taxonomy entry from its label: "Loyalty points" → "custom_loyalty_points". */
export function customKey(label: string, taken: ReadonlySet<string>): string {
  const base = `custom_${norm(label).replace(/ /g, '_')}`.slice(0, 56).replace(/_+$/, '') || 'custom';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}_${i}`;
  return key;
}
