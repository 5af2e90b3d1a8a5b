import { Alert, Button, Code, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import type { ImportSummary } from '../../shared/ipc';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';

/** "Import edited Excel register…": pick the edited register, see what would change, then apply all or nothing. */
export function ImportExcelButton() {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = async () => {
    try {
      setPlan(await call('report:importPreview', {}));
    } catch (e) {
      notifyError(messageOf(e));
    }
  };
  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      if (!plan.planToken) return;
      const done = await call('report:importApply', { planToken: plan.planToken });
      notifyDone(t('reports.applied', { summary: t('reports.importSummary', done.counts) }));
      setPlan(null);
    } catch (e) {
      notifyError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const empty = plan !== null && plan.counts.added + plan.counts.changed + plan.counts.removed === 0;
  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconFileSpreadsheet size={14} />} onClick={() => void preview()}>
        {t('reports.importExcel')}
      </Button>
      <Modal opened={plan !== null} onClose={() => setPlan(null)} title={t('reports.importTitle')} size="xl">
        {plan && (
          <Stack gap="md" data-testid="import-preview">
            <div>
              <Text fw={600}>{t('reports.importSummary', plan.counts)}</Text>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {t('reports.importFile', { path: plan.path })}
              </Text>
            </div>
            {empty && plan.problems.length === 0 && <Text size="sm">{t('reports.nothingToChange')}</Text>}
            {plan.problems.length > 0 && (
              <Alert color="red" title={t('reports.importProblems')}>
                {plan.problems.map((p, i) => (
                  <Text key={i} size="sm">
                    {[p.sheet, p.row !== undefined ? t('reports.problemRow', { row: p.row }) : '', p.column ? t('reports.problemColumn', { column: p.column }) : ''].filter(Boolean).join(', ')}: {p.message}
                  </Text>
                ))}
              </Alert>
            )}
            {!empty && (
              <ScrollArea.Autosize mah={320}>
                <Code block>{plan.lines.slice(0, -1).join('\n')}</Code>
              </ScrollArea.Autosize>
            )}
            {plan.notes.length > 0 && (
              <Alert color="gray" title={t('reports.importNotes')}>
                {plan.notes.map((n, i) => (
                  <Text key={i} size="sm">
                    {n}
                  </Text>
                ))}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPlan(null)}>
                {t('reports.cancel')}
              </Button>
              <ReasonButton writes onClick={() => void apply()} reason={plan.problems.length > 0 ? t('why.importProblems') : empty ? t('why.importNothing') : undefined} loading={busy}>
                {t('reports.apply')}
              </ReasonButton>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
