import { Button, Group, Paper, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../shared/compliance';
import type { ChecksResult } from '../../shared/ipc';
import { call, messageOf, onEvent } from '../api';
import { notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { FindingsTable } from './FindingsTable';

type Filter = Severity | 'all';

/** The product's findings (filter by severity, click to open the record) and how complete its records are. */
export function ProductFindings({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { index } = useStore();
  const [checks, setChecks] = useState<ChecksResult | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const load = useCallback(() => void call('checks:run', {}).then(setChecks, (e: unknown) => notifyError(messageOf(e))), []);
  useEffect(() => {
    load();
    return onEvent('workspace:changed', load);
  }, [load]);
  if (!checks) return null;
  const mine = checks.findings.filter((f) => f.target.productId === productId || f.target.entityId === productId);
  const shown = filter === 'all' ? mine : mine.filter((f) => f.severity === filter);
  const score = checks.completeness.products[productId] ?? 0;
  const activities = index?.activitiesByProduct.get(productId) ?? [];
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" mb={6}>
          <Text fw={600} size="sm">
            {t('findings.completeness')}
          </Text>
          <Text fw={600} data-testid="product-completeness">
            {Math.round(score * 100)} %
          </Text>
        </Group>
        <Progress value={score * 100} color={score >= 0.9 ? 'teal' : score >= 0.7 ? 'yellow' : 'red'} aria-label={t('findings.completeness')} />
        <Stack gap={2} mt="sm">
          {activities.map((a) => {
            const p = Math.round((checks.completeness.activities[a.id] ?? 0) * 100);
            return (
              <Group key={a.id} gap="xs" wrap="nowrap">
                <Text size="xs" w={280} truncate>
                  {a.name}
                </Text>
                <Progress value={p} size="sm" w={160} color={p >= 90 ? 'teal' : p >= 70 ? 'yellow' : 'red'} aria-label={t('findings.activityCompleteness', { name: a.name, percent: p })} />
                <Text size="xs" c="dimmed">
                  {p} %
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Text fw={600} size="sm">
            {t('findings.title')}
          </Text>
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'all', label: `${t('findings.all')} (${mine.length})` },
              ...(['error', 'warning', 'info'] as const).map((s) => ({ value: s, label: `${t(`enums.severity.${s}`)} (${mine.filter((f) => f.severity === s).length})` })),
            ]}
          />
        </Group>
        {shown.length === 0 ? (
          <Text size="sm">{t('findings.none')}</Text>
        ) : (
          <FindingsTable findings={shown} label={t('findings.title')} />
        )}
        <Button mt="sm" size="xs" variant="subtle" onClick={load}>
          {t('findings.check')}
        </Button>
      </Paper>
    </Stack>
  );
}
