import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticePublicationInfo } from '../../shared/ipc';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';

/** Whether the notice is published and current, what changed since the last version, and the button that publishes the next one. */
export function PublishPanel({ productId, publication }: { productId: string; publication: NoticePublicationInfo | undefined }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (publication === undefined) return null;
  const publish = () => {
    setBusy(true);
    call('notice:publish', { productId })
      .then(
        (p) => notifyDone(t('noticePublish.done', { version: p.version })),
        (e: unknown) => notifyError(messageOf(e)),
      )
      .finally(() => setBusy(false));
  };
  const when = publication.publishedAt?.slice(0, 10) ?? '';
  const facts = { version: publication.version ?? 0, date: when, by: publication.publishedBy ?? '' };
  const color = publication.state === 'current' ? 'green' : publication.state === 'changed' ? 'orange' : 'gray';
  const title =
    publication.state === 'current'
      ? t('noticePublish.current', facts)
      : publication.state === 'changed'
        ? t('noticePublish.changed', facts)
        : t('noticePublish.unpublished');
  return (
    <Alert color={color} variant="light" title={title} data-testid="notice-publication">
      <Stack gap="xs">
        {publication.state === 'changed' && publication.diff !== undefined && (
          <>
            <Text size="xs">{t('noticePublish.diffIntro')}</Text>
            <Code block mah={260} style={{ overflowY: 'auto', whiteSpace: 'pre-wrap' }} aria-label={t('noticePublish.diffLabel')}>
              {publication.diff}
            </Code>
            {publication.changeNoticeDays !== undefined && publication.changeNoticeDays > 0 && <Text size="xs">{t('noticePublish.period', { days: publication.changeNoticeDays })}</Text>}
          </>
        )}
        {publication.state !== 'current' && (
          <Button size="xs" leftSection={<IconSend size={14} />} loading={busy} onClick={publish}>
            {publication.state === 'unpublished' ? t('noticePublish.publishFirst') : t('noticePublish.publishNext', { version: (publication.version ?? 0) + 1 })}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
