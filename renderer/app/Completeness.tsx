import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Red below 70 %, yellow below 90 %, teal from 90 %. */
export function completenessColor(score: number): string {
  return score >= 0.9 ? 'teal' : score >= 0.7 ? 'yellow' : 'red';
}

export const percent = (score: number): number => Math.round(score * 100);

/** "87 %" and a small bar: how many Art. 30 fields of a record (or of the records under it) are filled. */
export function CompletenessMeter({ score, name, testId }: { score: number | undefined; name: string; testId?: string }) {
  const { t } = useTranslation();
  if (score === undefined) return null;
  const p = percent(score);
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
