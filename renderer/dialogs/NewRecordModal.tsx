import { ActionIcon, Button, Group, Modal, TextInput, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, Product, Vendor } from '../../shared/model';
import { call, messageOf } from '../api';
import { notifyError } from '../app/notify';
import { useReadOnly } from '../app/ReadOnly';
import { ReasonActionIcon, ReasonButton } from '../app/Reasoned';
import { useStore } from '../app/store';

type Kind = 'organisation' | 'product' | 'vendor';

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export function blankProduct(organisationId: string, name: string): Product {
  return {
    id: newId('prd'),
    organisationId,
    name,
    platforms: [],
    storeListings: [],
    audiences: [],
    hostingCountries: [],
    permissions: [],
    notice: { languages: ['en'], statements: [], jurisdictionAddons: [], customSections: [] },
  };
}

async function create(kind: Kind, name: string, organisationId: string | undefined): Promise<string> {
  switch (kind) {
    case 'organisation': {
      const organisation: Organisation = { id: newId('org'), name };
      return (await call('organisation:save', { organisation })).id;
    }
    case 'product':
      return (await call('product:save', { product: blankProduct(organisationId ?? '', name) })).id;
    case 'vendor': {
      const vendor: Vendor = { id: newId('ven'), name, category: 'other', role: 'processor', processingCountries: [], dpa: { status: 'missing' }, certifications: [] };
      return (await call('vendor:save', { vendor })).id;
    }
  }
}

/** "New organisation / product / vendor": asks for a name, creates the record and opens it. */
export function NewRecordButton({ kind, organisationId, icon }: { kind: Kind; organisationId?: string; icon?: ReactNode }) {
  const { t } = useTranslation();
  const { navigate, reload } = useStore();
  const { readOnly } = useReadOnly();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const title = t(`newRecord.${kind}`);
  const submit = async () => {
    if (name.trim() === '') return;
    setBusy(true);
    try {
      const id = await create(kind, name.trim(), organisationId);
      await reload();
      setOpen(false);
      setName('');
      navigate({ kind, id });
    } catch (e) {
      notifyError(messageOf(e), t('common.createFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {icon && readOnly ? (
        <ReasonActionIcon writes variant="subtle" size="sm" aria-label={title}>
          {icon}
        </ReasonActionIcon>
      ) : icon ? (
        <Tooltip label={title}>
          <ActionIcon variant="subtle" size="sm" aria-label={title} onClick={() => setOpen(true)}>
            {icon}
          </ActionIcon>
        </Tooltip>
      ) : (
        <ReasonButton writes size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setOpen(true)}>
          {title}
        </ReasonButton>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={title} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <TextInput label={t('newRecord.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus required maxLength={200} />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <ReasonButton type="submit" loading={busy} reason={name.trim() === '' ? t('why.nameFirst') : undefined}>
              {t('common.create')}
            </ReasonButton>
          </Group>
        </form>
      </Modal>
    </>
  );
}
