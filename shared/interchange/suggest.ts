/**
 * "Did you mean" for enum values and country codes: what a person or another tool
 * most likely meant by `legitimate_interest`, `USA`, `Contract` or `iOS`.
 */
import { countries } from '../reference';

/** Lower case, accents off, every run of other characters one "_". */
export function normaliseKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** The allowed value the input most likely meant, or undefined when none is close. */
export function suggestValue(input: unknown, allowed: readonly (string | number)[]): string | number | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const raw = String(input);
  const n = normaliseKey(raw);
  if (n === '') return undefined;
  const exact = allowed.find((v) => normaliseKey(String(v)) === n);
  if (exact !== undefined) return exact;
  // "legitimate_interest" → "legitimate_interests", "sccs" → "scc"
  const near = allowed.filter((v) => {
    const k = normaliseKey(String(v));
    return k.length >= 3 && (k.startsWith(n) || n.startsWith(k)) && Math.abs(k.length - n.length) <= 2;
  });
  if (near.length === 1) return near[0];
  const limit = n.length <= 4 ? 1 : 2;
  const scored = allowed.map((v) => ({ v, d: editDistance(n, normaliseKey(String(v)), limit) })).filter((x) => x.d <= limit);
  const min = Math.min(...scored.map((x) => x.d));
  const best = scored.filter((x) => x.d === min);
  return best.length === 1 ? best[0]?.v : undefined;
}

/** ISO alpha-3 codes and common names people write for countries, beyond the reference's English names. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', us_a: 'US', united_states_of_america: 'US', united_states: 'US', america: 'US', vereinigte_staaten: 'US', etats_unis: 'US',
  uk: 'GB', gbr: 'GB', great_britain: 'GB', united_kingdom: 'GB', england: 'GB', grossbritannien: 'GB', vereinigtes_konigreich: 'GB', royaume_uni: 'GB',
  deu: 'DE', germany: 'DE', deutschland: 'DE', allemagne: 'DE',
  fra: 'FR', france: 'FR', frankreich: 'FR',
  che: 'CH', switzerland: 'CH', schweiz: 'CH', suisse: 'CH',
  aut: 'AT', osterreich: 'AT', autriche: 'AT',
  irl: 'IE', irland: 'IE', irlande: 'IE',
  nld: 'NL', holland: 'NL', niederlande: 'NL', pays_bas: 'NL',
  bel: 'BE', belgien: 'BE', belgique: 'BE',
  esp: 'ES', spanien: 'ES', espagne: 'ES',
  ita: 'IT', italien: 'IT', italie: 'IT',
  pol: 'PL', polen: 'PL', pologne: 'PL',
  swe: 'SE', schweden: 'SE', suede: 'SE',
  dnk: 'DK', danemark: 'DK',
  nor: 'NO', norwegen: 'NO', norvege: 'NO',
  fin: 'FI', finnland: 'FI', finlande: 'FI',
  prt: 'PT', lux: 'LU', cze: 'CZ', grc: 'GR',
  ind: 'IN', indien: 'IN', inde: 'IN',
  chn: 'CN', china: 'CN', chine: 'CN',
  jpn: 'JP', japan: 'JP', japon: 'JP',
  can: 'CA', kanada: 'CA',
  aus: 'AU', australien: 'AU', australie: 'AU',
  bra: 'BR', brasilien: 'BR', bresil: 'BR',
  isr: 'IL', kor: 'KR', south_korea: 'KR', sgp: 'SG', singapur: 'SG', zaf: 'ZA', nzl: 'NZ', arg: 'AR', ury: 'UY', mex: 'MX', rus: 'RU', tur: 'TR', ukr: 'UA',
};

let countryIndex: Map<string, string> | undefined;
function index(): Map<string, string> {
  if (countryIndex === undefined) {
    countryIndex = new Map();
    for (const c of countries) {
      countryIndex.set(normaliseKey(c.code), c.code);
      countryIndex.set(normaliseKey(c.name), c.code);
    }
    for (const [k, v] of Object.entries(COUNTRY_ALIASES)) countryIndex.set(k, v);
  }
  return countryIndex;
}

/** The ISO 3166-1 alpha-2 code a person meant by "USA", "Germany", "Deutschland", "us"; undefined when unsure. */
export function countryFromText(text: string): string | undefined {
  const n = normaliseKey(text);
  if (n === '') return undefined;
  return index().get(n);
}
