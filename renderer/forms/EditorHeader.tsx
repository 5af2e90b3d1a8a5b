import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../app/status';
import type { Problems } from './problems';

/** Why part of what was typed is not in the register yet; says the same as the save status in the header. */
function DraftBanner({ fields }: { fields: number }) {
  const { t } = useTranslation();
  const status = useSaveStatus();
  const nothingSaved = status.state === 'invalid';
  return (
    <Alert color={nothingSaved ? 'red' : 'orange'} variant="light" icon={<IconAlertTriangle size={16} />} py={6} role="alert" data-testid="draft-banner">
      <Text size="sm" fw={600}>
        {nothingSaved ? t('drafts.unsaved') : t('drafts.kept', { count: fields })}
      </Text>
      <Text size="sm">{t('drafts.banner')}</Text>
    </Alert>
  );
}

/** Title line of an editor: what it is, where it belongs, its actions, and why it is not saved. */
export function EditorHeader({ kind, title, context, subtitle, actions, problems }: { kind: string; title: string; context?: ReactNode; subtitle?: ReactNode; actions?: ReactNode; problems?: Problems }) {
  return (
    <Stack gap="xs" mb="md">
      {/* At 1024 px the actions wrap below the title rather than squeezing it to a word per line. */}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {kind}
            {context ? <> · {context}</> : null}
          </Text>
          <Title order={2} data-testid="editor-title" data-record-title tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
            {title || '—'}
          </Title>
          {subtitle}
        </div>
        <Group gap="xs" wrap="wrap" justify="flex-end" style={{ flex: '0 1 auto' }}>
          {actions}
        </Group>
      </Group>
      {problems?.blocking && <DraftBanner fields={problems.all.filter((p) => p.blocking).length} />}
    </Stack>
  );
}
