import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import type { LabelExportState, StoreLabelsView } from '../../shared/ipc';
import type { LabelStore } from '../../shared/labels/types';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';

const BUTTON: Record<LabelStore, 'exportApple' | 'exportGoogle' | 'exportManifest'> = { apple: 'exportApple', google: 'exportGoogle', manifest: 'exportManifest' };

/** The export stamp of one label (stale or not) and its export buttons. */
export function ExportBar({ view, store }: { view: StoreLabelsView; store: LabelStore }) {
  const { t } = useTranslation();
  const stamp: LabelExportState | undefined = view.exports.find((e) => e.store === store);
  const blocked = view.files[store].blockedBy;
  const run = (fillTemplate: boolean) =>
    call('labels:export', { productId: view.labels.productId, store, ...(fillTemplate ? { fillTemplate } : {}) }).then(
      (r) => {
        if (r === null) return;
        notifyDone([t('storeLabels.exported', { path: r.path }), ...r.notes].join(' '));
      },
      (e: unknown) => notifyError(messageOf(e)),
    );
  const when = (s: LabelExportState) => ({ date: s.exportedAt.slice(0, 10), who: s.exportedBy });
  return (
    <Stack gap="xs">
      {stamp?.stale === true && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('storeLabels.staleTitle')} data-testid={`stale-${store}`}>
          <Text size="sm">{t('storeLabels.staleBody', when(stamp))}</Text>
          {stamp.added.length > 0 && (
            <>
              <Text size="xs" fw={700} mt={6}>
                {t('storeLabels.staleAdded')}
              </Text>
              <List size="xs">{stamp.added.map((l) => <List.Item key={`a${l}`}>{l}</List.Item>)}</List>
            </>
          )}
          {stamp.removed.length > 0 && (
            <>
              <Text size="xs" fw={700} mt={6}>
                {t('storeLabels.staleRemoved')}
              </Text>
              <List size="xs">{stamp.removed.map((l) => <List.Item key={`r${l}`}>{l}</List.Item>)}</List>
            </>
          )}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed" data-testid={`export-state-${store}`}>
          {stamp === undefined ? t('storeLabels.neverExported') : stamp.stale ? '' : t('storeLabels.exportedOn', when(stamp))}
          {blocked.length > 0 ? ` ${t('storeLabels.blocked', { count: blocked.length })}` : ''}
        </Text>
        <Group gap="xs">
          {store === 'google' && (
            <Button size="xs" variant="default" onClick={() => void run(true)}>
              {t('storeLabels.fillTemplate')}
            </Button>
          )}
          <ReasonButton size="xs" leftSection={<IconDownload size={14} />} reason={blocked.length > 0 ? t('why.labelsBlocked') : undefined} onClick={() => void run(false)}>
            {t(`storeLabels.${BUTTON[store]}`)}
          </ReasonButton>
        </Group>
      </Group>
    </Stack>
  );
}
