import { useEffect } from 'react';
import { spotlight } from '@mantine/spotlight';
import { onEvent } from '../api';
import { useStore } from './store';

/** Text fields keep the browser's own text undo; elsewhere Ctrl/Cmd+Z undoes the last saved change. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

export function useShortcuts(): void {
  const { undo, redo, openNewActivity } = useStore();
  useEffect(() => {
    // Ctrl/Cmd+K opens the search from anywhere, also while typing in a field.
    const onSearchKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'k') return;
      e.preventDefault();
      e.stopPropagation();
      spotlight.open();
    };
    window.addEventListener('keydown', onSearchKey, true);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'z') return;
      if (inTextField(e.target)) return;
      e.preventDefault();
      void (e.shiftKey ? redo() : undo());
    };
    window.addEventListener('keydown', onKey);
    const off = onEvent('menu:command', (command) => {
      if (command === 'undo') void undo();
      else if (command === 'redo') void redo();
      else if (command === 'search') spotlight.open();
      else if (command === 'new-activity') openNewActivity();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onSearchKey, true);
      off();
    };
  }, [undo, redo, openNewActivity]);
}
