import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Red below 70 %, yellow below 90 %, teal from 90 %. */
export function completenessColor(score: number): string {
  return score >= 0.9 ? 'teal' : score >= 0.7 ? 'yellow' : 'red';
}

export const percent = (score: number): number => Math.round(score * 100);

/** A record (or a group of records) with an error is never "100 % complete": it shows at most 99 %. */
export const shownPercent = (score: number, errors: number): number => (errors > 0 ? Math.min(99, percent(score)) : percent(score));

/** Errors found in a record or under it (its organisation or product). */
export function errorsUnder(findings: readonly { severity: string; target: { entityId: string; productId?: string; organisationId?: string } }[] | undefined, id: string): number {
  return (findings ?? []).filter((f) => f.severity === 'error' && (f.target.entityId === id || f.target.productId === id || f.target.organisationId === id)).length;
}

/** "87 %" and a small bar: how many Art. 30 fields of a record (or of the records under it) are filled. */
export function CompletenessMeter({ score, name, testId, errors = 0 }: { score: number | undefined; name: string; testId?: string; errors?: number }) {
  const { t } = useTranslation();
  if (score === undefined) return null;
  const p = shownPercent(score, errors);
  const label = t('findings.completenessOf', { name, percent: p });
  return (
    <Tooltip label={t('findings.completenessHint')} multiline w={280}>
      <Group gap={6} wrap="nowrap" data-testid={testId} aria-label={label} role="group">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('findings.completeShort')}
        </Text>
        <Progress value={p} w={72} size="sm" color={completenessColor(score)} aria-hidden="true" />
        <Text size="sm" fw={600}>
          {p} %
        </Text>
      </Group>
    </Tooltip>
  );
}
