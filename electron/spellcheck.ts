import type { Session } from 'electron';

/**
 * Spell checking follows the preference (off unless the person turns it on), applied
 * to the session at once, before the window exists and whenever it changes. Off, the
 * spell checker is disabled and (on Windows and Linux, where Chromium would download
 * Hunspell dictionaries from Google's servers) has no language, so nothing is fetched:
 * `webPreferences.spellcheck: false` alone does not stop the download (electron/electron#22995).
 * On, it checks in the system's language (macOS uses its own spell checker and downloads nothing).
 */
export function applySpellcheck(ses: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'>, enabled: boolean, platform: string, locale: string): void {
  ses.setSpellCheckerEnabled(enabled);
  if (platform === 'darwin') return;
  if (!enabled) {
    ses.setSpellCheckerLanguages([]);
    return;
  }
  const available = ses.availableSpellCheckerLanguages ?? [];
  const wanted = [locale, locale.split('-')[0] ?? locale, 'en-US'].find((l) => available.includes(l));
  ses.setSpellCheckerLanguages(wanted ? [wanted] : []);
}
