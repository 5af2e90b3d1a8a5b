import { Button, Group, Modal, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { ReasonButton } from '../app/Reasoned';

type Kind = 'organisation' | 'product' | 'vendor' | 'activity';

/** A delete button that asks first; refusals ("still has activities") come back as notifications. */
export function DeleteButton({ kind, id, name, label, onDeleted }: { kind: Kind; id: string; name: string; label: string; onDeleted(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await call(`${kind}:delete`, { id });
      setOpen(false);
      notifyDone(t('common.deleted', { name }));
      onDeleted();
    } catch (e) {
      setOpen(false);
      notifyError(messageOf(e), t('common.cannotDelete'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ReasonButton writes variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={() => setOpen(true)}>
        {label}
      </ReasonButton>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('common.confirmDeleteTitle', { name })} centered>
        <Text size="sm">{t('common.confirmDeleteBody', { name })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
