import Store from 'electron-store';
import type { Preferences } from '../shared/ipc';
import { DEFAULT_PREFERENCES, type PreferencesStore } from './services/app/prefs';
import type { WindowBounds } from './window-options';

interface Stored {
  prefs: Preferences;
  window: WindowBounds;
}

/** Preferences that are not part of a workspace, kept by electron-store in the user-data folder. */
export function electronPreferences(): PreferencesStore & { windowBounds(): WindowBounds; saveWindowBounds(b: WindowBounds): void } {
  const store = new Store<Stored>({
    name: 'preferences',
    defaults: { prefs: DEFAULT_PREFERENCES, window: { width: 1280, height: 820 } },
  });
  return {
    get: () => ({ ...DEFAULT_PREFERENCES, ...store.get('prefs') }),
    set: (patch) => {
      const next = { ...DEFAULT_PREFERENCES, ...store.get('prefs'), ...patch };
      store.set('prefs', next);
      return next;
    },
    windowBounds: () => store.get('window'),
    saveWindowBounds: (b) => store.set('window', b),
  };
}
