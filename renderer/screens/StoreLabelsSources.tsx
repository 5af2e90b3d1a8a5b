import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reasoned, TraceRef } from '../../shared/labels/types';
import { useStore } from '../app/store';
import type { View } from '../app/view';
import { tabOf } from '../editors/activity/tabs';

/** Where a trace leads: the activity on the tab that edits the field, the product, or the mapping. */
export function traceView(ref: TraceRef, productId: string): View | undefined {
  switch (ref.entityType) {
    case 'activity':
      return ref.field !== undefined ? { kind: 'activity', id: ref.entityId, tab: tabOf(ref.field) } : { kind: 'activity', id: ref.entityId };
    case 'product':
      return { kind: 'product', id: ref.entityId };
    case 'vendor':
      return { kind: 'vendor', id: ref.entityId };
    case 'taxonomy':
      return { kind: 'storeLabels', id: productId };
  }
}

/** The records an answer comes from; each opens its record. */
export function Sources({ refs, productId }: { refs: readonly TraceRef[]; productId: string }) {
  const { t } = useTranslation();
  const { navigate } = useStore();
  if (refs.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" data-testid="label-sources">
      <Text size="xs" c="dimmed">
        {t('storeLabels.from')}:
      </Text>
      {refs.map((r) => {
        const view = traceView(r, productId);
        return (
          <Anchor
            key={`${r.entityType}:${r.entityId}:${r.field ?? ''}`}
            component="button"
            size="xs"
            title={t('storeLabels.openRecord', { name: r.entityName })}
            onClick={() => view && navigate(view)}
          >
            {r.entityName} › {r.what}
          </Anchor>
        );
      })}
    </Group>
  );
}

/** One answer: its value in words, why, and where it comes from. */
export function Answer({ label, value, answer, productId }: { label: string; value: string; answer: Pick<Reasoned<unknown>, 'reason' | 'sources'>; productId: string }) {
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {label}:
        </Text>
        <Text size="sm">{value}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {answer.reason}
      </Text>
      <Sources refs={answer.sources} productId={productId} />
    </Stack>
  );
}
