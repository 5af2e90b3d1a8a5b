/**
 * Art. 6(1) bases and Art. 9(2) conditions as people write them: "Contract (Art.
 * 6(1)(b))", "Art. 6 Abs. 1 lit. f DSGVO", "6.1.a", "consent", "berechtigtes
 * Interesse", "intérêt légitime", "Art. 9(2)(h)".
 */
import type { Art9Condition, LegalBasis } from '../model';
import { norm } from './text';
import type { Confidence } from './types';

const BY_LETTER: Readonly<Record<string, LegalBasis>> = {
  a: 'consent',
  b: 'contract',
  c: 'legal_obligation',
  d: 'vital_interests',
  e: 'public_task',
  f: 'legitimate_interests',
};

// "art 6 1 b", "art 6 abs 1 lit b", "art 6 abs 1 s 1 lit f", "article 6 1 f", "6 1 b" (after norm()).
const ARTICLE = /\b(?:art(?:icle|ikel)?\s+)?(6|9)\s+(?:(?:abs(?:atz)?|para(?:graph)?|paragraphe|§)\s+)?(1|2)\s+(?:(?:s|satz|unterabs(?:atz)?)\s+1\s+)?(?:(?:lit|litt|litera|point|buchst(?:abe)?)\s+)?([a-j])\b/g;

const WORDS: readonly [LegalBasis, RegExp][] = [
  ['legitimate_interests', /legitimate interest|berechtigte(?:s|n)? interesse|interets? legitimes?|\bli\b/],
  ['legal_obligation', /legal (?:obligation|requirement)|statutory (?:obligation|duty)|rechtliche(?:n)? verpflichtung|gesetzliche(?:n)? (?:pflicht|verpflichtung|vorgabe)|obligation(?:s)? legale|obligation legale|required by law/],
  ['vital_interests', /vital interest|lebenswichtige|interets? vitaux/],
  ['public_task', /public (?:task|interest)|offentliche(?:n)? (?:aufgabe|interesse)|offentlichen interesse|mission d interet public|interet public/],
  ['contract', /contract|vertrag|vertrags|contrat|contractuel/],
  ['consent', /consent|einwilligung|consentement|opt in/],
];

export interface BasesRead {
  bases: LegalBasis[];
  art9: Art9Condition[];
  confidence: Confidence;
  /** Text beyond the basis itself, e.g. the interest after "Legitimate interests –". */
  rest: string;
}

/** Every basis named in the text, in the order written; empty when none is recognised. */
export function readLegalBases(text: string): BasesRead {
  const n = norm(text);
  const bases: LegalBasis[] = [];
  const art9: Art9Condition[] = [];
  let byArticle = false;
  for (const m of n.matchAll(ARTICLE)) {
    const [, article, paragraph, letter] = m;
    if (article === '6' && paragraph === '1' && letter !== undefined && BY_LETTER[letter]) {
      const b = BY_LETTER[letter];
      if (b !== undefined && !bases.includes(b)) bases.push(b);
      byArticle = true;
    } else if (article === '9' && paragraph === '2' && letter !== undefined) {
      const c = letter as Art9Condition;
      if (!art9.includes(c)) art9.push(c);
      byArticle = true;
    }
  }
  const found: { at: number; basis: LegalBasis }[] = [];
  for (const [basis, re] of WORDS) {
    const m = re.exec(n);
    if (m) found.push({ at: m.index, basis });
  }
  // "explicit consent" under Art. 9 is condition (a), not only an Art. 6 basis.
  if (/explicit consent|ausdruckliche einwilligung|consentement explicite/.test(n) && !art9.includes('a')) art9.push('a');
  for (const f of found.sort((x, y) => x.at - y.at)) if (!bases.includes(f.basis)) bases.push(f.basis);
  // The rest: what is written after "Legitimate interests:" / " – ".
  const sep = /\s[–—-]\s|:\s/.exec(text);
  const rest = sep ? text.slice(sep.index + sep[0].length).trim() : '';
  const short = n.split(' ').length <= 6;
  const confidence: Confidence = byArticle ? 'high' : bases.length > 0 && short ? 'high' : bases.length > 0 ? 'medium' : 'low';
  return { bases, art9, confidence, rest };
}
