import { z } from 'zod';
import { countryCodes } from './country-codes';

/** Identifiers: readable in the sample (`org-roomify`), UUIDs for new records. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, {
    error: 'must be 1 to 64 characters: letters, digits, "-", "_", "." or ":", starting with a letter or digit',
  });

/** A lone UTF-16 surrogate: half of a character, which no document can hold and no re-import gives back. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BROKEN_CHARACTER = 'holds a broken character (half of a UTF-16 surrogate pair, as left by a cut emoji or a bad copy and paste); retype the text around it';
const whole = (s: string) => !LONE_SURROGATE.test(s);

/** Optional free text of at most `max` characters. */
export function text(max: number) {
  return z.string().max(max, { error: `must be at most ${max} characters` }).refine(whole, { error: BROKEN_CHARACTER });
}

/** Required free text: not blank, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: 'is required' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => s.trim().length > 0, { error: 'must not be empty' })
    .refine(whole, { error: BROKEN_CHARACTER });
}

/** A bounded list; `what` names the items in the message. */
export function list<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, { error: `must hold at most ${max} ${what}` });
}

export const CountryCode = z.string().refine((c) => countryCodes.has(c), {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 two-letter country code (e.g. "DE", "US")`,
});

export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time in ISO 8601, e.g. 2026-01-31T12:00:00Z' });

export const Email = z
  .string()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be an e-mail address such as privacy@example.com' }));

export const WebUrl = z
  .string()
  .max(2000, { error: 'must be at most 2000 characters' })
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' }));

/** A person or body and how to reach them. */
export const Contact = z.strictObject({
  name: text(200).optional(),
  email: Email.optional(),
  phone: text(50).optional(),
  address: text(500).optional(),
  country: CountryCode.optional(),
  url: WebUrl.optional(),
});
export type Contact = z.infer<typeof Contact>;

/** Enum schema whose message lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `must be one of: ${values.join(', ')}` });
}

/** Key of a taxonomy entry (data category, data subject, security measure). */
export const TaxonomyKey = z.string().regex(/^[a-z0-9][a-z0-9_]{0,63}$/, {
  error: 'must be a key of 1 to 64 lowercase letters, digits or "_"',
});
