import { Alert, Badge, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import type { BackupListing } from '../../shared/ipc';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';

function when(iso: string, language: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/**
 * Restore a backup in place of a damaged file (issue 14): the backups listed newest
 * first with their dates and whether each passes the check; restoring one keeps the
 * damaged file aside and opens the restored one for editing.
 */
export function RestoreBackupDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupListing[] | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!opened) return;
    setBackups(undefined);
    call('workspace:backups', {}).then(setBackups, (e: unknown) => {
      notifyError(messageOf(e));
      setBackups([]);
    });
  }, [opened]);
  const restore = async (b: BackupListing) => {
    if (!window.confirm(t('restore.confirm', { date: when(b.takenAt, i18n.language) }))) return;
    setBusy(b.id);
    try {
      const r = await call('workspace:restoreBackup', { id: b.id });
      notifyDone(t('restore.done', { date: when(b.takenAt, i18n.language), name: r.keptAside }));
      onClose();
    } catch (e) {
      notifyError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };
  const newestGood = backups?.find((b) => b.passesCheck)?.id;
  return (
    <Modal opened={opened} onClose={onClose} title={t('restore.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('restore.intro')}</Text>
        {backups === undefined && <Loader size="sm" aria-label={t('restore.loading')} />}
        {backups !== undefined && backups.length === 0 && (
          <Alert color="orange" title={t('restore.noneTitle')}>
            {t('restore.none')}
          </Alert>
        )}
        {backups !== undefined && backups.length > 0 && (
          <Table data-testid="backup-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('restore.taken')}</Table.Th>
                <Table.Th>{t('restore.check')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{when(b.takenAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge color={b.passesCheck ? 'teal' : 'red'} variant="light">
                      {t(b.passesCheck ? 'restore.good' : 'restore.bad')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <ReasonButton size="xs" variant={b.id === newestGood ? 'filled' : 'default'} reason={b.passesCheck ? undefined : t('why.backupFails')} disabled={busy !== undefined} loading={busy === b.id} onClick={() => void restore(b)}>
                        {t('restore.action')}
                      </ReasonButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
