import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChecks } from '../app/checks';
import { completenessColor, errorsUnder, shownPercent } from '../app/Completeness';
import { useStore } from '../app/store';
import { FindingsPanel } from './FindingsPanel';

/** The product's findings (filter by severity, click to open the record) and how complete its records are. */
export function ProductFindings({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { index } = useStore();
  const { result } = useChecks();
  const mine = result ? result.findings.filter((f) => f.target.productId === productId || f.target.entityId === productId) : null;
  const score = result?.completeness.products[productId];
  const activities = index?.activitiesByProduct.get(productId) ?? [];
  return (
    <Stack gap="md">
      {result && score !== undefined && (
        <Paper withBorder p="md">
          <Group justify="space-between" mb={6}>
            <Text fw={600} size="sm">
              {t('findings.completeness')}
            </Text>
            <Text fw={600} data-testid="product-completeness">
              {shownPercent(score, errorsUnder(result.findings, productId))} %
            </Text>
          </Group>
          <Progress value={shownPercent(score, errorsUnder(result.findings, productId))} color={completenessColor(score)} aria-label={t('findings.completeness')} />
          <Stack gap={2} mt="sm">
            {activities.map((a) => {
              const s = result.completeness.activities[a.id] ?? 0;
              const p = shownPercent(s, errorsUnder(result.findings, a.id));
              return (
                <Group key={a.id} gap="xs" wrap="nowrap">
                  <Text size="xs" w={280} truncate>
                    {a.name}
                  </Text>
                  <Progress value={p} size="sm" w={160} color={completenessColor(s)} aria-label={t('findings.activityCompleteness', { name: a.name, percent: p })} />
                  <Text size="xs" c="dimmed">
                    {p} %
                  </Text>
                </Group>
              );
            })}
          </Stack>
        </Paper>
      )}
      <FindingsPanel title={t('findings.title')} findings={mine} />
    </Stack>
  );
}
