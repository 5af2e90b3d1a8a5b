import { sql as initial } from './001-initial';
import { sql as noticeOverridesBaselines } from './002-notice-overrides-baselines';
import { sql as noticeTranslations } from './003-notice-translations';
import { sql as activityRecordJson } from './004-activity-record-json';
import { sql as noticePublications } from './005-notice-publications';
import { sql as fieldDrafts } from './006-field-drafts';
import { sql as storeLabels } from './007-store-labels';
import { sql as translationSource } from './008-translation-source';
import { sql as directMarketing } from './009-direct-marketing';

/** Every migration in order; the workspace's user_version is the number applied. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'notice overrides and baselines', sql: noticeOverridesBaselines },
  { version: 3, name: 'notice translations', sql: noticeTranslations },
  { version: 4, name: 'activity record JSON', sql: activityRecordJson },
  { version: 5, name: 'notice publications', sql: noticePublications },
  { version: 6, name: 'field drafts', sql: fieldDrafts },
  { version: 7, name: 'store labels', sql: storeLabels },
  { version: 8, name: 'translation source text', sql: translationSource },
  { version: 9, name: 'direct-marketing purposes', sql: directMarketing },
];

/** The last migration's number. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
