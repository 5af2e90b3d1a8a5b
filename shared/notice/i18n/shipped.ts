/** The notice's device-permission labels and statements: the shipped vocabularies (resources/reference/i18n), one source for the notice and the reports. */
import { DEVICE_PERMISSIONS, type DevicePermission, NOTICE_STATEMENTS, type NoticeLanguage, type NoticeStatement } from '../../model';
import { vocabularyLabel } from '../../reference';

export function devicePermissionLabels(lang: NoticeLanguage): Readonly<Record<DevicePermission, string>> {
  return Object.fromEntries(DEVICE_PERMISSIONS.map((p) => [p, vocabularyLabel('device_permission', p, lang)])) as Record<DevicePermission, string>;
}

export function statementTexts(lang: NoticeLanguage): Readonly<Record<NoticeStatement, string>> {
  return Object.fromEntries(NOTICE_STATEMENTS.map((s) => [s, vocabularyLabel('statement', s, lang)])) as Record<NoticeStatement, string>;
}
