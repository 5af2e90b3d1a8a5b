/** Hosts whose https links the app may open in the user's browser (help, law texts, authorities). */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'eur-lex.europa.eu',
  'commission.europa.eu',
  'www.edpb.europa.eu',
  'edpb.europa.eu',
  'gdpr-info.eu',
  'ico.org.uk',
  'www.cnil.fr',
  'www.dataprivacyframework.gov',
];

/** Only https, only an allow-listed host, no credentials in the URL. */
export function isAllowedExternalLink(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && EXTERNAL_LINK_HOSTS.includes(url.hostname);
}
