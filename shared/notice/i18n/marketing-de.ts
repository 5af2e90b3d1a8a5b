/** German texts of the right to object to direct marketing. */
import type { MarketingTexts } from './marketing-types';

export const deMarketing: MarketingTexts = {
  objectionMarketingIntro:
    'Soweit wir Ihre personenbezogenen Daten für Direktwerbung verarbeiten, haben Sie das Recht, jederzeit und ohne Angabe von Gründen Widerspruch gegen diese Verarbeitung einzulegen; dies gilt auch für das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht (Art. 21 Abs. 2 DSGVO). Widersprechen Sie, verarbeiten wir Ihre personenbezogenen Daten nicht mehr für diese Zwecke (Art. 21 Abs. 3 DSGVO). Dies betrifft:',
  rightObjectionMarketing:
    'Widerspruch gegen Direktwerbung (Art. 21 Abs. 2 DSGVO): der Verarbeitung Ihrer Daten für Direktwerbung jederzeit und ohne Angabe von Gründen zu widersprechen; siehe „Ihr Widerspruchsrecht“.',
};
