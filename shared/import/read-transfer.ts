/**
 * Transfers as people write them: "USA – SCCs", "US (DPF)", "India: standard
 * contractual clauses, module 2", "Vereinigte Staaten (Standardvertragsklauseln)",
 * "Royaume-Uni – décision d'adéquation", "None".
 */
import type { Derogation, SccModule, Transfer, TransferMechanism } from '../model';
import { countryFromText } from '../interchange/suggest';
import { isGdprTerritory } from '../reference';
import { lines, norm, saysNone, splitTopLevel } from './text';
import type { Confidence } from './types';

const MECHANISMS: readonly [TransferMechanism, RegExp][] = [
  ['adequacy', /\bdpf\b|data privacy framework|privacy framework|adequacy|adequate|angemessenheit|adequation|art 45/],
  ['scc', /\bsccs?\b|standard contractual clauses?|standardvertragsklauseln|standarddatenschutzklauseln|clauses contractuelles types|\bcct\b|\bscc\b|art 46 2 c/],
  ['bcr', /\bbcrs?\b|binding corporate rules|verbindliche interne datenschutzvorschriften|regles d entreprise contraignantes|art 47/],
  ['certification', /certification|zertifizierung/],
  ['code_of_conduct', /code of conduct|verhaltensregeln|code de conduite/],
  ['derogation', /art 49|derogation|ausnahme|consent|einwilligung|consentement/],
];

export interface TransferRead {
  transfers: Transfer[];
  /** Items that named no country outside the EEA, or none at all: kept as text. */
  unplaced: string[];
  confidence: Confidence;
  readAs: string[];
}

function words(text: string): string[] {
  return splitTopLevel(text, /^(?:\s[–—-]\s|:\s|\(|\)|,\s*|\s+via\s+|\s+)/).filter((w) => w !== '');
}

/** The country an item names: the whole text, its part before a dash, colon or bracket, or any one or two words of it. */
function findCountry(item: string): string | undefined {
  const head = item.split(/\s[–—-]\s|:|\(|,/)[0] ?? '';
  const whole = countryFromText(head) ?? countryFromText(item);
  if (whole !== undefined) return whole;
  const w = words(item);
  for (let i = 0; i < w.length; i++) {
    const two = i + 1 < w.length ? countryFromText(`${w[i] ?? ''} ${w[i + 1] ?? ''}`) : undefined;
    if (two !== undefined) return two;
    const token = w[i] ?? '';
    // Two-letter codes only when written in capitals ("US"), so "in" or "de" as words are not countries.
    if (token.length <= 3 && token !== token.toUpperCase()) continue;
    const one = countryFromText(token);
    if (one !== undefined) return one;
  }
  return undefined;
}

export function readTransfers(text: string): TransferRead {
  const out: TransferRead = { transfers: [], unplaced: [], confidence: 'high', readAs: [] };
  if (saysNone(text)) {
    out.readAs.push('no transfers');
    return out;
  }
  for (const item of lines(text).flatMap((l) => splitTopLevel(l, /^;/))) {
    const country = findCountry(item);
    if (country === undefined || isGdprTerritory(country)) {
      out.unplaced.push(item);
      out.confidence = 'low';
      continue;
    }
    const n = norm(item);
    const mechanism = MECHANISMS.find(([, re]) => re.test(n))?.[0];
    const transfer: Transfer = { country, safeguards: item };
    if (mechanism !== undefined) transfer.mechanism = mechanism;
    const mod = /module\s*([1-4])|modul\s*([1-4])/.exec(n);
    if (mechanism === 'scc' && mod) transfer.sccModule = Number(mod[1] ?? mod[2]) as SccModule;
    if (mechanism === 'derogation' && /consent|einwilligung|consentement/.test(n)) transfer.derogation = 'a' satisfies Derogation;
    out.transfers.push(transfer);
    if (mechanism === undefined && out.confidence === 'high') out.confidence = 'medium';
    out.readAs.push(`${country}${mechanism ? ` (${mechanism}${transfer.sccModule ? ` module ${transfer.sccModule}` : ''})` : ', safeguard not recognised'}`);
  }
  return out;
}
