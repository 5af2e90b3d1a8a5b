import type { Preferences } from '../../../shared/ipc';

/** Where preferences outside a workspace live (electron-store in the app, memory in tests). */
export interface PreferencesStore {
  get(): Preferences;
  set(patch: Partial<Preferences>): Preferences;
}

export const DEFAULT_PREFERENCES: Preferences = { displayName: 'Privacy officer', theme: 'system', recentFiles: [] };

export function memoryPreferences(initial: Partial<Preferences> = {}): PreferencesStore {
  let prefs: Preferences = { ...DEFAULT_PREFERENCES, ...initial };
  return {
    get: () => prefs,
    set: (patch) => (prefs = { ...prefs, ...patch }),
  };
}

/** Most recent first, no duplicates, at most 10. */
export function withRecent(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, 10);
}
