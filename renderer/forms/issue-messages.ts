import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * A schema problem in the words of the UI: the schemas' own messages serve the CLI and the
 * imports and name things as the file does ("vendorId", enum keys, ISO codes); the editor
 * says what to do instead, in the UI language.
 */
export function issueMessage(issue: Issue, t: TFunction): string {
  const m = issue.message;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? t('problems.schema.tooLong', { max: Number(issue.maximum) }) : t('problems.schema.atMost', { max: Number(issue.maximum) });
    case 'too_small':
      return issue.origin === 'string' ? t('problems.schema.required') : t('problems.schema.atLeast', { min: Number(issue.minimum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('problems.schema.email');
      if (issue.format === 'url') return t('problems.schema.url');
      if (issue.format === 'date') return t('problems.schema.date');
      if (issue.format === 'datetime') return t('problems.schema.date');
      return t('problems.schema.format');
    case 'invalid_value':
      return t('problems.schema.pick');
    case 'invalid_union':
      return t('problems.schema.pick');
    case 'invalid_type':
      return issue.input === undefined ? t('problems.schema.required') : t('problems.schema.format');
    case 'custom':
    default:
      if (m.includes('vendor') && m.includes('name')) return t('problems.schema.recipientName');
      if (m.includes('must not be empty') || m.includes('is required')) return t('problems.schema.required');
      if (m.includes('broken character')) return t('problems.schema.broken');
      if (m.includes('country code')) return t('problems.schema.country');
      if (m.includes('at most')) return t('problems.schema.format');
      return t('problems.schema.format');
  }
}
