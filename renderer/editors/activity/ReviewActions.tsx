import { Alert, Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStateView } from '../../../shared/ipc';
import type { ProcessingActivity } from '../../../shared/model';
import { call, messageOf } from '../../api';
import { notifyDone, notifyError } from '../../app/notify';
import { useStore } from '../../app/store';

/** Where the activity stands in review for the current person (who submitted, may I approve?). */
function useReviewState(activity: ProcessingActivity): ReviewStateView | null {
  const { revision } = useStore();
  const [state, setState] = useState<ReviewStateView | null>(null);
  useEffect(() => {
    let live = true;
    call('review:state', { id: activity.id }).then(
      (s) => live && setState(s),
      () => live && setState(null),
    );
    return () => {
      live = false;
    };
  }, [activity.id, activity.status, revision]);
  return state;
}

const run = (p: Promise<unknown>, done: string) => p.then(() => notifyDone(done), (e: unknown) => notifyError(messageOf(e)));

/**
 * The only way the status changes: submit (draft → in review), approve (by the
 * app's identity, not the submitter unless one-person mode), return to draft with
 * a reason; an approved activity is reopened for changes with a reason.
 */
export function ReviewActions({ activity }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  const state = useReviewState(activity);
  const [asking, setAsking] = useState<'return' | 'reopen' | null>(null);
  const approve = (
    <Button
      size="xs"
      variant={activity.status === 'approved' ? 'subtle' : 'filled'}
      color="teal.9"
      disabled={state?.cannotApprove !== undefined}
      onClick={() => void run(call('review:approve', { id: activity.id }), t('review.approvedNow'))}
    >
      {activity.status === 'approved' ? t('review.approveAgain') : t('review.approve')}
    </Button>
  );
  return (
    <Group gap="xs" wrap="wrap">
      {activity.status === 'draft' && (
        <Button size="xs" variant="light" onClick={() => void run(call('review:submit', { id: activity.id }), t('review.submitted'))}>
          {t('review.submit')}
        </Button>
      )}
      {activity.status !== 'draft' &&
        (state?.cannotApprove ? (
          <Tooltip label={state.cannotApprove} multiline w={320}>
            {/* A disabled button gets no pointer events: the wrapper carries the tooltip and the reason. */}
            <span tabIndex={0} aria-label={`${t('review.approve')}: ${state.cannotApprove}`} data-testid="approve-disabled">
              {approve}
            </span>
          </Tooltip>
        ) : (
          approve
        ))}
      {activity.status === 'in_review' && (
        <Button size="xs" variant="subtle" color="gray" onClick={() => setAsking('return')}>
          {t('review.reopen')}
        </Button>
      )}
      {asking && <ReasonDialog activity={activity} mode={asking} onClose={() => setAsking(null)} />}
    </Group>
  );
}

/** Asks why the activity goes back to draft (returned by the reviewer, or reopened for changes after approval). */
export function ReasonDialog({ activity, mode, onClose }: { activity: ProcessingActivity; mode: 'return' | 'reopen'; onClose(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (reason.trim() === '') return;
    setBusy(true);
    await run(call('review:reopen', { id: activity.id, reason: reason.trim() }), mode === 'reopen' ? t('review.reopenedForChanges') : t('review.reopened'));
    setBusy(false);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={mode === 'reopen' ? t('review.reopenTitle', { name: activity.name }) : t('review.returnTitle', { name: activity.name })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{mode === 'reopen' ? t('review.reopenBody') : t('review.returnBody')}</Text>
          <Textarea label={t('review.reopenReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={reason.trim() === ''}>
              {mode === 'reopen' ? t('review.reopenConfirm') : t('review.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Shown above an approved activity's form, which is locked: changing it asks why and reopens it. */
export function ApprovedLock({ activity }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <Alert color="teal" variant="light" icon={<IconLock size={16} />} py={8} data-testid="approved-lock">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{t('review.lockedBody')}</Text>
        {/* data-unlock: a finding's field in this locked form is highlighted and this button takes the focus. */}
        <Button size="xs" variant="default" onClick={() => setAsking(true)} data-unlock>
          {t('review.change')}
        </Button>
      </Group>
      {asking && <ReasonDialog activity={activity} mode="reopen" onClose={() => setAsking(false)} />}
    </Alert>
  );
}

/** "Approved by … on … · next review due …" (or "Submitted by … on …") under the activity's title. */
export function ReviewLine({ activity: a }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  const state = useReviewState(a);
  const parts: string[] = [];
  if (a.status === 'approved' && a.reviewer) parts.push(a.lastReviewed ? t('review.approvedBy', { reviewer: a.reviewer, date: a.lastReviewed }) : t('review.approvedLine', { reviewer: a.reviewer }));
  if (a.status === 'in_review' && state?.submittedBy) parts.push(t('review.submittedBy', { name: state.submittedBy, date: state.submittedAt?.slice(0, 10) ?? '' }));
  if (a.nextReviewDue && a.status === 'approved') parts.push(t('review.nextReview', { date: a.nextReviewDue }));
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="review-line">
      {parts.join(' · ')}
    </Text>
  );
}
