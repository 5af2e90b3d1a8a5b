import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBooks, IconFileSpreadsheet, IconFolderOpen, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call, messageOf } from '../api';
import { notifyError } from '../app/notify';
import { useStore } from '../app/store';

async function attempt(p: Promise<unknown>): Promise<boolean> {
  try {
    return (await p) !== null;
  } catch (e) {
    notifyError(messageOf(e));
    return false;
  }
}

/** The four ways in: what each gives the user, one button each. */
function Ways({ onImport }: { onImport?: () => void }) {
  const { t } = useTranslation();
  const { reload, sample } = useStore();
  const after = async (p: Promise<unknown>) => {
    if (await attempt(p)) await reload();
  };
  const way = (icon: ReactNode, title: string, body: string, action: ReactNode) => (
    <Paper withBorder p="md" radius="sm">
      <Stack gap="xs" h="100%" justify="space-between">
        <div>
          <Group gap="xs" mb={4}>
            {icon}
            <Title order={3} fz="md">
              {title}
            </Title>
          </Group>
          <Text size="sm">{body}</Text>
        </div>
        {action}
      </Stack>
    </Paper>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      {way(
        <IconPlus size={18} aria-hidden="true" />,
        t('welcome.newTitle'),
        t('welcome.newBody'),
        <Button onClick={() => void after(call('workspace:create', {}))}>{t('welcome.new')}</Button>,
      )}
      {way(
        <IconFolderOpen size={18} aria-hidden="true" />,
        t('welcome.openTitle'),
        t('welcome.openBody'),
        <Button variant="default" onClick={() => void after(call('workspace:open', {}))}>
          {t('welcome.open')}
        </Button>,
      )}
      {way(
        <IconFileSpreadsheet size={18} aria-hidden="true" />,
        t('welcome.importTitle'),
        t('welcome.importBody'),
        <Button
          variant="default"
          onClick={() =>
            void (async () => {
              if (await attempt(call('workspace:create', {}))) {
                await reload();
                onImport?.();
              }
            })()
          }
        >
          {t('welcome.import')}
        </Button>,
      )}
      {!sample &&
        way(
          <IconBooks size={18} aria-hidden="true" />,
          t('welcome.sampleTitle'),
          t('welcome.sampleBody'),
          <Button variant="light" onClick={() => void after(call('workspace:openSample', {}))}>
            {t('welcome.sample')}
          </Button>,
        )}
    </SimpleGrid>
  );
}

/** No workspace open (first run, or after closing one): what RoPA Desk is and the ways in. */
export function Welcome() {
  const { t } = useTranslation();
  const { navigate } = useStore();
  return (
    <Stack gap="lg" maw={1100} mx="auto" py="xl" data-testid="welcome">
      <div>
        <Title order={2}>{t('welcome.title')}</Title>
        <Text mt={4}>{t('welcome.intro')}</Text>
      </div>
      <Ways onImport={() => navigate({ kind: 'dashboard' })} />
    </Stack>
  );
}

/** Above the sample's dashboard: it is a sample, and how to start your own. */
export function SampleBanner() {
  const { t } = useTranslation();
  const { sample } = useStore();
  if (!sample) return null;
  return (
    <Alert color="grape" variant="light" title={t('welcome.sampleBannerTitle')} data-testid="sample-banner">
      <Text size="sm" mb="sm">
        {t('welcome.sampleBannerBody')}
      </Text>
      <Ways />
    </Alert>
  );
}
