import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from './store';

/** Whether the open workspace is read-only (a file opened so, or an auditor's team session), and why in words. */
export function useReadOnly(): { readOnly: boolean; reason: string | undefined } {
  const { overview } = useStore();
  return { readOnly: overview?.state.readOnly === true, reason: overview?.state.readOnlyReason };
}

/** Above an editor of a read-only workspace: why nothing here can be changed. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const { readOnly, reason } = useReadOnly();
  if (!readOnly) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={18} />} title={t('app.readOnlyEditorTitle')} data-testid="read-only-notice">
      {reason}
    </Alert>
  );
}

/** Why the fieldset around a control is locked (an approved activity), for the disabled actions inside it to say. */
const LockReason = createContext<string | undefined>(undefined);
export function useLockReason(): string | undefined {
  return useContext(LockReason);
}

/**
 * Fields (and buttons) that a read-only workspace disables; `locked` adds a reason of the editor's own (an approved activity).
 * Clear buttons and pill removers inside a disabled fieldset are hidden by styles.css (they would look usable).
 */
export function ReadOnlyFieldset({ children, locked = false }: { children: ReactNode; locked?: boolean }) {
  const { t } = useTranslation();
  const { readOnly } = useReadOnly();
  return (
    <LockReason.Provider value={locked && !readOnly ? t('why.approvedLocked') : undefined}>
      <fieldset disabled={readOnly || locked} className="plain-fieldset" data-read-only={readOnly || locked ? '' : undefined}>
        {children}
      </fieldset>
    </LockReason.Provider>
  );
}
