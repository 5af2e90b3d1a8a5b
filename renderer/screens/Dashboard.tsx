import { Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntryView } from '../../shared/ipc';
import { call } from '../api';
import { meanScore, useChecks } from '../app/checks';
import { completenessColor } from '../app/Completeness';
import { overallPercent } from '../app/completeness-words';
import { useStore } from '../app/store';
import { NewRecordButton } from '../dialogs/NewRecordModal';
import { FindingsPanel } from './FindingsPanel';
import { ReviewsDue } from './ReviewsDue';
import { ReviewSettings } from './ReviewSettings';
import { EmptyRegister } from './EmptyRegister';
import { SampleBanner } from './Welcome';
import { openExportDialog } from '../dialogs/ExportDialog';
import { ImportExcelButton } from '../dialogs/ImportExcelButton';
import { ReasonButton } from '../app/Reasoned';

const SHOWN = 25;

export function Dashboard() {
  const { t } = useTranslation();
  const { overview, openNewActivity, revision } = useStore();
  const { result: checks } = useChecks();
  const [recent, setRecent] = useState<ChangeEntryView[]>([]);
  const activities = overview?.activities ?? [];
  const byStatus = useMemo(() => {
    const counts = { draft: 0, in_review: 0, approved: 0 };
    for (const a of activities) counts[a.status] += 1;
    return counts;
  }, [activities]);

  useEffect(() => {
    call('changes:list', { limit: 8 }).then(setRecent, () => setRecent([]));
  }, [revision]);
  const overall = checks ? meanScore(checks.completeness.activities) : undefined;
  const severityCount = (s: 'error' | 'warning' | 'info') => checks?.findings.filter((f) => f.severity === s).length ?? 0;

  const stat = (label: string, value: number | string, color?: string, bar?: number) => (
    <Paper withBorder p="sm" radius="sm" aria-label={`${label}: ${value}`} role="group">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={600} c={color}>
        {typeof value === 'number' ? value.toLocaleString('en') : value}
      </Text>
      {bar !== undefined && <Progress value={bar * 100} size="sm" color={completenessColor(bar)} aria-hidden="true" />}
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
          <ReasonButton writes size="xs" leftSection={<IconPlus size={14} />} onClick={() => openNewActivity()} reason={(overview?.organisations.length ?? 0) === 0 ? t('empty.needOrganisation') : undefined}>
            {t('dashboard.newActivity')}
          </ReasonButton>
          <NewRecordButton kind="organisation" />
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => openExportDialog()}>
            {t('reports.export')}
          </Button>
          <ImportExcelButton />
        </Group>
      </Group>
      <SampleBanner />
      <EmptyRegister />
      <SimpleGrid cols={{ base: 2, md: 4, xl: 7 }} spacing="sm">
        {stat(t('dashboard.organisations'), overview?.organisations.length ?? 0)}
        {stat(t('dashboard.products'), overview?.products.length ?? 0)}
        {stat(t('dashboard.activities'), activities.length)}
        {stat(t('dashboard.vendors'), overview?.vendors.length ?? 0)}
        {stat(t('dashboard.drafts'), byStatus.draft, 'gray')}
        {stat(t('dashboard.inReview'), byStatus.in_review, 'blue')}
        {stat(t('dashboard.approved'), byStatus.approved, 'teal')}
      </SimpleGrid>
      {checks && (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" data-testid="dashboard-checks">
          {overall !== undefined && stat(t('dashboard.completeness'), `${overallPercent(overall, severityCount('error'))} %`, undefined, overall)}
          {stat(t('dashboard.errors'), severityCount('error'), severityCount('error') > 0 ? 'red' : undefined)}
          {stat(t('dashboard.warnings'), severityCount('warning'), severityCount('warning') > 0 ? 'orange' : undefined)}
          {stat(t('dashboard.infos'), severityCount('info'))}
        </SimpleGrid>
      )}
      <FindingsPanel title={t('dashboard.findings')} findings={checks?.findings ?? null} limit={SHOWN} />
      <ReviewsDue />
      <ReviewSettings />
      <Paper withBorder p="md" radius="sm">
        <Title order={3} fz="sm" mb="xs">
          {t('dashboard.recent')}
        </Title>
        {recent.length === 0 && (
          <Text size="sm" data-testid="empty-recent-changes">
            {t('emptyList.changes')}
          </Text>
        )}
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
