/** German texts of the right to object to direct marketing. */
import { type MarketingTexts, objectionCase } from './marketing-types';

export const deMarketing: MarketingTexts = {
  objectionMarketingIntro:
    'Soweit wir Ihre personenbezogenen Daten für Direktwerbung verarbeiten, haben Sie das Recht, jederzeit und ohne Angabe von Gründen Widerspruch gegen diese Verarbeitung einzulegen; dies gilt auch für das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht (Art. 21 Abs. 2 DSGVO). Widersprechen Sie, verarbeiten wir Ihre personenbezogenen Daten nicht mehr für diese Zwecke (Art. 21 Abs. 3 DSGVO). Dies betrifft:',
  rightObjectionMarketing:
    'Widerspruch gegen Direktwerbung (Art. 21 Abs. 2 DSGVO): der Verarbeitung Ihrer Daten für Direktwerbung jederzeit und ohne Angabe von Gründen zu widersprechen; siehe „Ihr Widerspruchsrecht“.',
  rightObjection: (bases) =>
    `Widerspruch (Art. 21 DSGVO): einer Verarbeitung zu widersprechen, die ${
      {
        interests: 'auf unseren berechtigten Interessen beruht',
        public: 'zur Wahrnehmung einer Aufgabe im öffentlichen Interesse erfolgt',
        both: 'auf unseren berechtigten Interessen beruht oder zur Wahrnehmung einer Aufgabe im öffentlichen Interesse erfolgt',
      }[objectionCase(bases)]
    }; siehe „Ihr Widerspruchsrecht“.`,
};
