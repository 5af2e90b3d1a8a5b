import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problems } from './problems';

/** Title line of an editor: what it is, where it belongs, its actions, and why it is not saved. */
export function EditorHeader({ kind, title, context, subtitle, actions, problems }: { kind: string; title: string; context?: ReactNode; subtitle?: ReactNode; actions?: ReactNode; problems?: Problems }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mb="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {kind}
            {context ? <> · {context}</> : null}
          </Text>
          <Title order={2} lineClamp={2} data-testid="editor-title">
            {title || '—'}
          </Title>
          {subtitle}
        </div>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions}
        </Group>
      </Group>
      {problems?.blocking && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} py={6} role="alert">
          {t('app.invalid')}
        </Alert>
      )}
    </Stack>
  );
}
