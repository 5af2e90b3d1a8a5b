/** Organisation details (Art. 30(1)(a) / 30(2)(a)): controller, DPO, representative. */
import type { Contact, Organisation } from '../model';
import type { Lookups } from './lookups';
import { type SheetSpec, text } from './sheet';
import { country as englishCountry } from './vocab';

export function contactText(c: Contact | undefined, l?: Pick<Lookups, 'country'>): string {
  if (!c) return '';
  const country = l ? l.country : englishCountry;
  return [c.name, c.email, c.phone, c.address, c.country ? country(c.country) : undefined, c.url].filter((x) => x && x.trim() !== '').join('\n');
}

export const organisationsSheet: SheetSpec<Organisation> = {
  key: 'organisations',
  name: 'Organisations',
  columns: [
    text('organisation', 'Organisation', 24, (o) => o.name),
    text('legalName', 'Legal name', 28, (o) => o.legalName),
    text('registration', 'Registration number', 18, (o) => o.registrationNumber),
    text('address', 'Address', 32, (o) => o.address),
    text('country', 'Country', 16, (o, l) => l.country(o.country)),
    text('email', 'E-mail', 26, (o) => o.email),
    text('phone', 'Phone', 18, (o) => o.phone),
    text('website', 'Website', 26, (o) => o.website),
    text('privacyEmail', 'Privacy contact', 26, (o) => o.privacyEmail),
    text('dpo', 'Data protection officer', 32, (o, l) => contactText(o.dpo, l) || l.t.w.noneDesignated),
    text('representative', 'Representative in the EU (Art. 27)', 32, (o, l) => contactText(o.representative, l) || l.t.w.notRequired),
    text('leadAuthority', 'Lead supervisory authority', 32, (o, l) => contactText(o.leadAuthority, l)),
    { key: 'organisationId', header: 'Organisation ID', width: 20, hidden: true, value: (o) => o.id },
  ],
  rows: (reg) => reg.organisations,
};
