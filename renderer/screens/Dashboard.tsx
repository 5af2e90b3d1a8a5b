import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist, IconDownload, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntryView, ChecksResult } from '../../shared/ipc';
import { call, messageOf } from '../api';
import { notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { NewRecordButton } from '../dialogs/NewRecordModal';
import { FindingsTable } from './FindingsTable';
import { openExportDialog } from '../dialogs/ExportDialog';
import { ImportExcelButton } from '../dialogs/ImportExcelButton';

const AUTO_CHECK_LIMIT = 2000;
const SHOWN = 12;

export function Dashboard() {
  const { t } = useTranslation();
  const { overview, openNewActivity, revision } = useStore();
  const [checks, setChecks] = useState<ChecksResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [recent, setRecent] = useState<ChangeEntryView[]>([]);
  const activities = overview?.activities ?? [];
  const byStatus = useMemo(() => {
    const counts = { draft: 0, in_review: 0, approved: 0 };
    for (const a of activities) counts[a.status] += 1;
    return counts;
  }, [activities]);

  const runChecks = useCallback(async () => {
    setChecking(true);
    try {
      setChecks(await call('checks:run', {}));
    } catch (e) {
      notifyError(messageOf(e));
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    if (activities.length <= AUTO_CHECK_LIMIT) void runChecks();
    call('changes:list', { limit: 8 }).then(setRecent, () => setRecent([]));
  }, [revision]);

  const stat = (label: string, value: number, color?: string) => (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={600} c={color}>
        {value.toLocaleString('en')}
      </Text>
    </Paper>
  );

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('dashboard.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.subtitle', { name: overview?.state.name ?? '' })}
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => openNewActivity()}>
            {t('dashboard.newActivity')}
          </Button>
          <NewRecordButton kind="organisation" />
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => openExportDialog()}>
            {t('reports.export')}
          </Button>
          <ImportExcelButton />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4, xl: 7 }} spacing="sm">
        {stat(t('dashboard.organisations'), overview?.organisations.length ?? 0)}
        {stat(t('dashboard.products'), overview?.products.length ?? 0)}
        {stat(t('dashboard.activities'), activities.length)}
        {stat(t('dashboard.vendors'), overview?.vendors.length ?? 0)}
        {stat(t('dashboard.drafts'), byStatus.draft, 'gray')}
        {stat(t('dashboard.inReview'), byStatus.in_review, 'blue')}
        {stat(t('dashboard.approved'), byStatus.approved, 'teal')}
      </SimpleGrid>
      <Paper withBorder p="md" radius="sm">
        <Group justify="space-between" mb="xs">
          <Title order={3} fz="sm">
            {t('dashboard.findings')}
          </Title>
          <Button size="xs" variant="light" leftSection={<IconChecklist size={14} />} loading={checking} onClick={() => void runChecks()}>
            {t('dashboard.runChecks')}
          </Button>
        </Group>
        {checks && checks.findings.length === 0 && <Text size="sm">{t('dashboard.noFindings')}</Text>}
        {checks && checks.findings.length > 0 && (
          <>
            <FindingsTable findings={checks.findings.slice(0, SHOWN)} label={t('dashboard.findings')} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('dashboard.findingsShown', { shown: Math.min(SHOWN, checks.findings.length), total: checks.findings.length })}
            </Text>
          </>
        )}
      </Paper>
      <Paper withBorder p="md" radius="sm">
        <Title order={3} fz="sm" mb="xs">
          {t('dashboard.recent')}
        </Title>
        <Table verticalSpacing={4} aria-label={t('dashboard.recent')}>
          <Table.Tbody>
            {recent.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td w={170}>
                  <Text size="xs" c="dimmed">
                    {new Date(c.at).toLocaleString('en-GB')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.summary}</Text>
                </Table.Td>
                <Table.Td w={140}>
                  <Text size="xs" c="dimmed">
                    {c.actor}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
