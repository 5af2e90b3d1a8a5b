import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessingActivity } from '../../../shared/model';
import { call, messageOf } from '../../api';
import { notifyDone, notifyError } from '../../app/notify';

/** Draft → in review → approved, and back to draft with a reason; each step is logged by the main process. */
export function ReviewActions({ activity }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const run = (p: Promise<ProcessingActivity>, message: (a: ProcessingActivity) => string) => p.then((a) => notifyDone(message(a)), (e: unknown) => notifyError(messageOf(e)));
  return (
    <Group gap="xs">
      {activity.status === 'draft' && (
        <Button size="xs" variant="light" onClick={() => void run(call('review:submit', { id: activity.id }), () => t('review.submitted'))}>
          {t('review.submit')}
        </Button>
      )}
      {activity.status !== 'draft' && (
        <Button
          size="xs"
          variant={activity.status === 'approved' ? 'subtle' : 'light'}
          color="teal"
          onClick={() => void run(call('review:approve', { id: activity.id }), (a) => t('review.approved', { date: a.nextReviewDue ?? '' }))}
        >
          {activity.status === 'approved' ? t('review.approveAgain') : t('review.approve')}
        </Button>
      )}
      {activity.status !== 'draft' && (
        <Popover width={300} position="bottom-end" withArrow trapFocus>
          <Popover.Target>
            <Button size="xs" variant="subtle" color="gray">
              {t('review.reopen')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <TextInput label={t('review.reopenReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
              <Button size="xs" onClick={() => void run(call('review:reopen', { id: activity.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }), () => t('review.reopened'))}>
                {t('review.reopen')}
              </Button>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}

/** "Approved by … on … · next review due …" under an approved activity's title. */
export function ReviewLine({ activity: a }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  if (a.status !== 'approved') return null;
  const parts: string[] = [
    a.reviewer ? (a.lastReviewed ? t('review.approvedBy', { reviewer: a.reviewer, date: a.lastReviewed }) : t('review.approvedLine', { reviewer: a.reviewer })) : undefined,
    a.nextReviewDue ? t('review.nextReview', { date: a.nextReviewDue }) : undefined,
  ].flatMap((p) => (p === undefined ? [] : [String(p)]));
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="review-line">
      {parts.join(' · ')}
    </Text>
  );
}
