import { Group, Paper, Text, Title } from '@mantine/core';
import { ReasonButton } from '../app/Reasoned';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/store';
import { ImportExcelButton } from '../dialogs/ImportExcelButton';
import { NewRecordButton } from '../dialogs/NewRecordModal';

/** An empty register: what belongs in it, and the first steps (a disabled one says why). */
export function EmptyRegister() {
  const { t } = useTranslation();
  const { overview } = useStore();
  if (!overview || overview.organisations.length > 0) return null;
  return (
    <Paper withBorder p="md" radius="sm" data-testid="empty-register">
      <Title order={3} fz="md" mb={4}>
        {t('empty.registerTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('empty.registerBody')}
      </Text>
      <Group gap="xs">
        <NewRecordButton kind="organisation" />
        <ImportExcelButton />
        <ReasonButton size="xs" variant="default" leftSection={<IconPlus size={14} />} reason={t('empty.needOrganisation')} data-testid="empty-register-new-activity">
          {t('dashboard.newActivity')}
        </ReasonButton>
      </Group>
    </Paper>
  );
}
