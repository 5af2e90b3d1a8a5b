/**
 * Undo and redo over an approved activity ask why first (issue 12), as a change of
 * the locked form does: the main process refuses the step with `reason_required`
 * and its sentence; this dialog asks for the reason, and the step is retried with it
 * (the reason goes to the change log). Cancel leaves everything as it is.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const OPEN_EVENT = 'ropa:ask-step-reason';

interface StepReasonRequest {
  step: 'undo' | 'redo' | 'change';
  message: string;
  resolve(reason: string | null): void;
}

/** Asks why the step reopens an approved activity; resolves with the reason, or null when cancelled. */
export function askStepReason(step: 'undo' | 'redo' | 'change', message: string): Promise<string | null> {
  return new Promise((resolve) => {
    window.dispatchEvent(new CustomEvent<StepReasonRequest>(OPEN_EVENT, { detail: { step, message, resolve } }));
  });
}

export function StepReasonDialogHost() {
  const { t } = useTranslation();
  const [request, setRequest] = useState<StepReasonRequest | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    const on = (e: Event) => {
      setReason('');
      setRequest((e as CustomEvent<StepReasonRequest>).detail);
    };
    window.addEventListener(OPEN_EVENT, on);
    return () => window.removeEventListener(OPEN_EVENT, on);
  }, []);
  if (request === null) return null;
  const close = (answer: string | null) => {
    request.resolve(answer);
    setRequest(null);
  };
  const title = t(`stepReason.${request.step}Title`);
  return (
    <Modal opened onClose={() => close(null)} title={title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim() !== '') close(reason.trim());
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{request.message}</Text>
          <Text size="sm">{t('stepReason.body')}</Text>
          <Textarea label={t('review.reopenReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus autosize minRows={2} maxLength={500} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={reason.trim() === ''}>
              {t(`stepReason.${request.step}Confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
