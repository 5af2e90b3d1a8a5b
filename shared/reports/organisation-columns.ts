/** Organisation details (Art. 30(1)(a) / 30(2)(a)): controller, DPO, representative. */
import type { Contact, Organisation } from '../model';
import { type SheetSpec, text } from './sheet';
import { country } from './vocab';

export function contactText(c: Contact | undefined): string {
  if (!c) return '';
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
    text('country', 'Country', 16, (o) => country(o.country)),
    text('email', 'E-mail', 26, (o) => o.email),
    text('phone', 'Phone', 18, (o) => o.phone),
    text('website', 'Website', 26, (o) => o.website),
    text('privacyEmail', 'Privacy contact', 26, (o) => o.privacyEmail),
    text('dpo', 'Data protection officer', 32, (o) => contactText(o.dpo) || 'None designated'),
    text('representative', 'Representative in the EU (Art. 27)', 32, (o) => contactText(o.representative) || 'Not required'),
    text('leadAuthority', 'Lead supervisory authority', 32, (o) => contactText(o.leadAuthority)),
    { key: 'organisationId', header: 'Organisation ID', width: 20, hidden: true, value: (o) => o.id },
  ],
  rows: (reg) => reg.organisations,
};
