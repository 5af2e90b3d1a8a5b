/** French texts of the right to object to direct marketing (« prospection »). */
import { type MarketingTexts, objectionCase } from './marketing-types';

export const frMarketing: MarketingTexts = {
  objectionMarketingIntro:
    'Lorsque nous utilisons vos données personnelles à des fins de prospection, vous avez le droit de vous opposer à tout moment, sans avoir à vous justifier, à cette utilisation, y compris au profilage dans la mesure où il est lié à une telle prospection (art. 21, par. 2 RGPD). Si vous vous y opposez, nous cessons d’utiliser vos données personnelles à ces fins (art. 21, par. 3 RGPD). Cela concerne :',
  rightObjectionMarketing:
    'Opposition à la prospection (art. 21, par. 2 RGPD) : vous opposer à tout moment, sans avoir à vous justifier, à l’utilisation de vos données à des fins de prospection ; voir « Votre droit d’opposition ».',
  rightObjection: (bases) =>
    `Opposition (art. 21 RGPD) : vous opposer à un traitement fondé sur ${
      { interests: 'nos intérêts légitimes', public: 'l’exécution d’une mission d’intérêt public', both: 'nos intérêts légitimes ou sur l’exécution d’une mission d’intérêt public' }[objectionCase(bases)]
    } ; voir « Votre droit d’opposition ».`,
};
