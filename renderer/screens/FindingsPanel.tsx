import { Button, Group, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../shared/compliance';
import { useChecks } from '../app/checks';
import { notifyDone } from '../app/notify';
import { useStore } from '../app/store';
import { FindingsTable } from './FindingsTable';
import { checkResultText } from '../app/completeness-words';

type Filter = Severity | 'all';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A titled list of findings with a severity filter (counts on each choice) and a "check again" button. */
export function FindingsPanel({ title, findings, limit }: { title: string; findings: readonly Finding[] | null; limit?: number }) {
  const { t } = useTranslation();
  const { run, running } = useChecks();
  const { overview } = useStore();
  const empty = (overview?.activities.length ?? 0) === 0 && (overview?.organisations.length ?? 0) === 0;
  /** Runs the checks and says what they found (the table alone can look unchanged). */
  const check = async () => {
    const result = await run();
    if (!result) return;
    notifyDone(checkResultText(result.findings, empty, t));
  };
  const [filter, setFilter] = useState<Filter>('all');
  const all = findings ?? [];
  const shown = filter === 'all' ? all : all.filter((f) => f.severity === filter);
  const visible = limit !== undefined ? shown.slice(0, limit) : shown;
  return (
    <Paper withBorder p="md" radius="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="sm">
          {title}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('findings.filter')}
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'all', label: `${t('findings.all')} (${all.length})` },
              ...SEVERITIES.map((s) => ({ value: s, label: `${t(`enums.severity.${s}`)} (${all.filter((f) => f.severity === s).length})` })),
            ]}
          />
          <Button size="xs" variant="light" leftSection={<IconChecklist size={14} />} loading={running} onClick={() => void check()}>
            {t('dashboard.runChecks')}
          </Button>
        </Group>
      </Group>
      {findings === null ? (
        <Text size="sm" c="dimmed">
          {t('findings.notChecked')}
        </Text>
      ) : empty ? (
        <Text size="sm" data-testid="nothing-to-check">
          {t('empty.nothingToCheck')}
        </Text>
      ) : all.length === 0 ? (
        <Text size="sm">{t('dashboard.noFindings')}</Text>
      ) : shown.length === 0 ? (
        <Text size="sm" data-testid="empty-findings">
          {t('emptyList.findings')}
        </Text>
      ) : (
        <>
          <FindingsTable findings={visible} label={title} />
          {visible.length < shown.length && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('dashboard.findingsShown', { shown: visible.length, total: shown.length })}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
