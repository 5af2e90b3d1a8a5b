import { Group, Paper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { fp } from '../app/field-focus';
import { ReasonButton } from '../app/Reasoned';

export interface EmptyAction {
  label: string;
  onClick(): void;
  /** Why the action cannot be taken now (it is shown disabled with this reason). */
  reason?: string | undefined;
  /** The action changes the workspace: a read-only session shows it disabled with its reason. Default true. */
  writes?: boolean;
  icon?: ReactNode;
  /** The list's field path: a finding about the empty list lands on this button (`data-field-path`, issue 12). */
  fieldPath?: string;
}

/**
 * An empty list (issue 12): one sentence in the user's words saying what belongs here, and
 * the button that adds the first one (disabled with its reason where it cannot).
 */
export function EmptyList({ text, action, testId, children }: { text: string; action?: EmptyAction | undefined; testId: string; children?: ReactNode }) {
  return (
    <Paper className="empty-list" p="sm" radius="sm" data-testid={testId} role="status">
      <Text size="sm" data-testid={`${testId}-text`}>
        {text}
      </Text>
      {(action || children) && (
        <Group gap="xs" mt="xs">
          {action && (
            <ReasonButton {...(action.fieldPath === undefined ? {} : fp(action.fieldPath))} size="xs" variant="light" leftSection={action.icon ?? <IconPlus size={14} />} onClick={action.onClick} reason={action.reason} writes={action.writes ?? true}>
              {action.label}
            </ReasonButton>
          )}
          {children}
        </Group>
      )}
    </Paper>
  );
}
