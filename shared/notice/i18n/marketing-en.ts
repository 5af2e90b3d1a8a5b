/** English texts of the right to object to direct marketing. */
import { type MarketingTexts, objectionCase } from './marketing-types';

export const enMarketing: MarketingTexts = {
  objectionMarketingIntro:
    'Where we use your personal data for direct marketing, you have the right to object to that use at any time, without giving reasons; this includes profiling to the extent that it is related to such direct marketing (Art. 21(2) GDPR). If you object, we will no longer use your personal data for these purposes (Art. 21(3) GDPR). This concerns:',
  rightObjectionMarketing:
    'Objection to direct marketing (Art. 21(2) GDPR): to object at any time, without giving reasons, to the use of your data for direct marketing; see “Your right to object”.',
  rightObjection: (bases) =>
    `Objection (Art. 21 GDPR): to object to processing based on ${
      { interests: 'our legitimate interests', public: 'a task carried out in the public interest', both: 'our legitimate interests or on a task carried out in the public interest' }[objectionCase(bases)]
    }; see “Your right to object”.`,
};
