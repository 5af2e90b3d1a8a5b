import { Anchor, Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoreLabelsView } from '../../shared/ipc';
import type { OpenQuestion } from '../../shared/labels/types';
import type { StorePurposeKey } from '../../shared/model';
import { storeLabelDefaults } from '../../shared/reference/store-labels';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { CategoryTypeSelect } from './StoreLabelsMapping';
import { traceView } from './StoreLabelsSources';
import type { TFunction } from 'i18next';
import { askStepReason } from '../dialogs/StepReasonDialog';

/** Questions shown at once: a large register can have thousands; answering the first ones shows the next. */
const SHOWN = 100;

const STORE_BADGES: Record<OpenQuestion['store'], string[]> = { apple: ['App Store'], google: ['Google Play'], both: ['App Store', 'Google Play'] };

/**
 * Sets the store purpose of one purpose of an activity (the activity is saved as any edit is).
 * An approved activity asks why first and is reopened with the reason, as its locked form does (issue 12);
 * false when the person cancels.
 */
async function setStorePurpose(activityId: string, field: string | undefined, value: StorePurposeKey, t: TFunction): Promise<boolean> {
  const index = Number(/^purposes\[(\d+)\]$/.exec(field ?? '')?.[1] ?? Number.NaN);
  let activity = await call('activity:get', { id: activityId });
  if (activity?.status === 'approved') {
    const reason = await askStepReason('change', t('stepReason.changeMessage', { name: activity.name }));
    if (reason === null) return false;
    activity = await call('review:reopen', { id: activityId, reason });
  }
  const purpose = activity?.purposes[index];
  if (activity === null || activity === undefined || purpose === undefined) throw new Error('That purpose no longer exists.');
  purpose.storePurpose = value;
  await call('activity:save', { activity });
  return true;
}

function PurposeSelect({ q, googleOnly }: { q: OpenQuestion; googleOnly: boolean }) {
  const { t } = useTranslation();
  const data = storeLabelDefaults.purposes.filter((p) => !googleOnly || p.google !== undefined).map((p) => ({ value: p.key, label: p.label }));
  return (
    <Select
      size="xs"
      w={280}
      label={t('storeLabels.choosePurpose')}
      placeholder={t('storeLabels.choose')}
      data={data}
      value={null}
      onChange={(v) => {
        if (v === null) return;
        setStorePurpose(q.target.entityId, q.target.field, v as StorePurposeKey, t).then(
          (done) => done && notifyDone(t('storeLabels.saved')),
          (e: unknown) => notifyError(messageOf(e)),
        );
      }}
    />
  );
}

/** What the records cannot answer yet, what to record, and where; purposes and mappings can be answered here. */
export function StoreLabelsQuestions({ view }: { view: StoreLabelsView }) {
  const { t } = useTranslation();
  const { navigate, overview } = useStore();
  const { questions, leftOut, productId } = view.labels;
  return (
    <Stack gap="sm" data-testid="label-questions">
      {questions.length === 0 && <Text c="dimmed">{t('storeLabels.questionsNone')}</Text>}
      {questions.slice(0, SHOWN).map((q) => {
        const target = traceView(q.target, productId);
        const entry = overview?.taxonomies.dataCategories.find((c) => c.key === q.target.entityId);
        return (
          <Paper key={q.id} withBorder p="sm" data-testid="label-question">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {q.question}
                </Text>
                <Group gap={4} wrap="nowrap">
                  {STORE_BADGES[q.store].map((b) => (
                    <Badge key={b} size="xs" variant="light" style={{ flexShrink: 0 }}>
                      {b}
                    </Badge>
                  ))}
                </Group>
              </Group>
              <Text size="sm">
                {t('storeLabels.toRecord')}: {q.toRecord}
              </Text>
              {target !== undefined && q.target.entityType !== 'taxonomy' && (
                <Anchor component="button" size="xs" ta="left" onClick={() => navigate(target)}>
                  {t('storeLabels.openRecord', { name: q.target.entityName })}
                </Anchor>
              )}
              {q.id.startsWith('purpose:') && <PurposeSelect q={q} googleOnly={false} />}
              {q.id.startsWith('purpose-google:') && <PurposeSelect q={q} googleOnly />}
              {q.id.startsWith('category:') && (
                <Group>
                  <CategoryTypeSelect categoryKey={q.target.entityId} entry={entry} store="apple" />
                  <CategoryTypeSelect categoryKey={q.target.entityId} entry={entry} store="google" />
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
      {questions.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('storeLabels.moreQuestions', { count: questions.length - SHOWN })}
        </Text>
      )}
      {leftOut.length > 0 && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={700}>
            {t('storeLabels.leftOut')}
          </Text>
          {leftOut.map((l) => (
            <Text key={`${l.category.key}:${l.reason}`} size="sm">
              {l.category.label}: <Text span c="dimmed" size="sm">{l.reason}</Text>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
