/**
 * The crosswalk between our taxonomy and fideslang's (resources/reference/fides-crosswalk.json,
 * dated, with its source): data categories, data subjects, legal bases, Art. 9
 * conditions, transfer tools, and the rules that give a purpose its fideslang data use.
 */
import file from '../../../resources/reference/fides-crosswalk.json';
import type { Art9Condition, LegalBasis, Purpose, TransferMechanism } from '../../model';

interface Crosswalk {
  version: string;
  dataCategories: Record<string, string>;
  dataSubjects: Record<string, string>;
  importDataCategories: Record<string, string>;
  importDataSubjects: Record<string, string>;
  legalBases: Record<LegalBasis, string>;
  art9Conditions: Record<Art9Condition, string>;
  transferMechanisms: Partial<Record<TransferMechanism, string>>;
  dataUses: { use: string; words?: string; basis?: string }[];
  fideslang: { dataCategories: string[]; dataUses: string[]; dataSubjects: string[] };
}

export const FIDES: Crosswalk = file as Crosswalk;

/** The fideslang data category for one of ours; a custom category (no crosswalk entry) is the top-level "user". */
export const toFidesCategory = (key: string) => FIDES.dataCategories[key] ?? 'user';
export const toFidesSubject = (key: string) => FIDES.dataSubjects[key] ?? 'customer';

/** Ours for a fideslang key: the crosswalk's preferred key, else through its parent; undefined when none. */
export function fromFides(key: string, map: Record<string, string>): string | undefined {
  for (let k = key; k !== ''; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
    const ours = map[k];
    if (ours !== undefined) return ours;
  }
  return undefined;
}

const USE_RULES = FIDES.dataUses.map((r) => ({ ...r, re: r.words ? new RegExp(r.words, 'i') : undefined }));

/** The fideslang data use of a purpose, from its words (and, for a legal obligation, its basis). */
export function dataUseFor(p: Purpose, activityName: string): string {
  const text = `${activityName} ${p.description}`;
  for (const r of USE_RULES) {
    if (r.basis !== undefined) {
      if (p.legalBasis === r.basis) return r.use;
    } else if (r.re === undefined || r.re.test(text)) return r.use;
  }
  return 'essential.service';
}

export const invert = <K extends string>(m: Partial<Record<K, string>>): Map<string, K> => new Map(Object.entries(m).map(([k, v]) => [v as string, k as K]));
