import { Paper, Switch } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';

/** One-person mode of the workspace: whether the person who submits an activity may approve it. */
export function ReviewSettings() {
  const { t } = useTranslation();
  const { overview, revision } = useStore();
  const first = overview?.activities[0]?.id;
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    if (first === undefined) return setEnabled(null);
    call('review:state', { id: first }).then(
      (s) => setEnabled(s.onePersonMode),
      () => setEnabled(null),
    );
  }, [first, revision]);
  if (enabled === null || overview?.state.readOnly) return null;
  return (
    <Paper withBorder p="md" radius="sm">
      <Switch
        label={t('review.onePerson')}
        description={t('review.onePersonHint')}
        checked={enabled}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          call('review:setOnePersonMode', { enabled: next }).then(
            (v) => (setEnabled(v), notifyDone(v ? t('review.onePersonOn') : t('review.onePersonOff'))),
            (err: unknown) => notifyError(messageOf(err)),
          );
        }}
      />
    </Paper>
  );
}
