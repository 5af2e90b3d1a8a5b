/**
 * Catalogue texts of the right to object: to direct marketing (issue 11): Art. 21(2)-(3) GDPR,
 * offered only where a purpose is marked as direct marketing, stated in the objection section
 * of its own (Art. 21(4)) and in the list of rights.
 */
export interface MarketingTexts {
  /** The absolute right to object, before the list of the direct-marketing purposes. */
  readonly objectionMarketingIntro: string;
  /** The list entry of the rights, pointing to the objection section. */
  readonly rightObjectionMarketing: string;
  /**
   * The list entry of the right to object on grounds of one's particular situation (Art. 21(1)),
   * naming only the bases the product's purposes use: legitimate interests, a task in the public
   * interest, or both.
   */
  readonly rightObjection: (bases: readonly ObjectionBasis[]) => string;
}

/** The legal bases a person may object to on grounds of their particular situation (Art. 21(1) GDPR). */
export type ObjectionBasis = 'legitimate_interests' | 'public_task';

/** Which of the two bases a list names: one text per case, so each language writes its own sentence. */
export function objectionCase(bases: readonly ObjectionBasis[]): 'interests' | 'public' | 'both' {
  const li = bases.includes('legitimate_interests');
  const pt = bases.includes('public_task');
  return li && pt ? 'both' : pt ? 'public' : 'interests';
}
