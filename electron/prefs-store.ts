import Store from 'electron-store';
import type { Preferences } from '../shared/ipc';
import { DEFAULT_PREFERENCES, type PreferencesStore } from './services/app/prefs';
import type { WindowBounds } from './window-options';

interface Stored {
  prefs: Preferences;
  window: WindowBounds;
  /** Folders the app wrote exports to, newest first (at most 50): cleaned of crash leftovers at the next start. */
  writtenFolders: string[];
}

/** Preferences that are not part of a workspace, kept by electron-store in the user-data folder. */
export function electronPreferences(): PreferencesStore & {
  windowBounds(): WindowBounds;
  saveWindowBounds(b: WindowBounds): void;
  writtenFolders(): string[];
  noteWrittenFolder(folder: string): void;
} {
  const store = new Store<Stored>({
    name: 'preferences',
    defaults: { prefs: DEFAULT_PREFERENCES, window: { width: 1280, height: 820 }, writtenFolders: [] },
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
    writtenFolders: () => store.get('writtenFolders') ?? [],
    noteWrittenFolder: (folder) => {
      const now = store.get('writtenFolders') ?? [];
      if (now[0] !== folder) store.set('writtenFolders', [folder, ...now.filter((f) => f !== folder)].slice(0, 50));
    },
  };
}
