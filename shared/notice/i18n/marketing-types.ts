/**
 * Catalogue texts of the right to object to direct marketing (issue 11): Art. 21(2)-(3) GDPR,
 * offered only where a purpose is marked as direct marketing, stated in the objection section
 * of its own (Art. 21(4)) and in the list of rights.
 */
export interface MarketingTexts {
  /** The absolute right to object, before the list of the direct-marketing purposes. */
  readonly objectionMarketingIntro: string;
  /** The list entry of the rights, pointing to the objection section. */
  readonly rightObjectionMarketing: string;
}
