import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ReasonButton } from '../../app/Reasoned';
import { EmptyList } from '../../forms/EmptyList';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Derogation, ProcessingActivity, Recipient, RecipientType, SccModule, Transfer, TransferMechanism } from '../../../shared/model';
import { useStore } from '../../app/store';
import { fp } from '../../app/field-focus';
import { CountrySelect, RemovableItem, Section } from '../../forms/fields';
import { describedOption, help } from '../../forms/help';
import { useOptions, type Certification } from '../../forms/options';
import { derogations, transferMechanisms } from '../../../shared/reference';
import { SearchableSelect } from '../../forms/searchable';
import { opt, removeAt, replaceAt, type TabProps } from '../../forms/useDraft';

/** Recipients (workspace vendors or named parties) and transfers to third countries with their tools. */
export function RecipientsTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  const o = useOptions();
  const { overview, index } = useStore();
  const vendors = useMemo(() => [...(overview?.vendors ?? [])].sort((x, y) => x.name.localeCompare(y.name)).map((v) => ({ value: v.id, label: v.name })), [overview]);
  const setRecipient = (i: number, patch: Partial<Recipient>, mode: 'typing' | 'now' = 'typing') =>
    update((d) => ({ ...d, recipients: replaceAt(d.recipients, i, (r) => ({ ...r, ...patch })) }), mode);
  const setTransfer = (i: number, patch: Partial<Transfer>, mode: 'typing' | 'now' = 'typing') =>
    update((d) => ({ ...d, transfers: replaceAt(d.transfers, i, (x) => ({ ...x, ...patch })) }), mode);
  // A transfer to a vendor takes the vendor's recorded tool and SCC module as its default.
  const pickTransferVendor = (i: number, id: string | null) => {
    const v = id ? index?.vendors.get(id) : undefined;
    const x = a.transfers[i];
    setTransfer(
      i,
      {
        vendorId: v?.id,
        ...(v && x?.mechanism === undefined && v.transferMechanism !== undefined ? { mechanism: v.transferMechanism } : {}),
        ...(v && x?.sccModule === undefined && v.sccModule !== undefined ? { sccModule: v.sccModule } : {}),
      },
      'now',
    );
  };
  const certification = (vendorId: string | undefined): Certification => {
    const v = vendorId ? index?.vendors.get(vendorId) : undefined;
    return v === undefined ? 'unknown' : v.dpfCertified ? 'certified' : 'not-certified';
  };
  const pickVendor = (i: number, id: string | null) => {
    const v = id ? index?.vendors.get(id) : undefined;
    setRecipient(i, { vendorId: v?.id, ...(v ? { type: v.role, service: a.recipients[i]?.service ?? v.service, country: v.headquarters } : {}) }, 'now');
  };
  const addRecipient = () => update((d) => ({ ...d, recipients: [...d.recipients, { type: 'processor', name: '' }] }));
  const addTransfer = () => update((d) => ({ ...d, transfers: [...d.transfers, { country: 'US' }] }), 'now');
  return (
    <Stack gap="md">
      <Section
        title={t('activity.recipients')}
        actions={
          a.recipients.length > 0 && (
            <ReasonButton {...fp('recipients')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addRecipient}>
              {t('activity.addRecipient')}
            </ReasonButton>
          )
        }
      >
        {a.recipients.length === 0 && <EmptyList testId="empty-recipients" text={t('emptyList.recipients')} action={{ label: t('activity.addRecipient'), onClick: addRecipient, fieldPath: 'recipients' }} />}
        <Stack gap="xs">
          {a.recipients.map((r, i) => (
            <RemovableItem key={i} index={i} testId={`recipient-${i}`} onRemove={() => update((d) => ({ ...d, recipients: removeAt(d.recipients, i) }), 'now')}>
              <SimpleGrid cols={{ base: 2, lg: 5 }} spacing="xs" style={{ flex: 1 }}>
                <SearchableSelect {...fp(`recipients.${i}.vendorId`)} label={t('activity.recipientVendor')} clearable data={vendors} placeholder={t('activity.pickVendor')} value={r.vendorId ?? null} onChange={(v) => pickVendor(i, v)} />
                <TextInput {...fp(`recipients.${i}.name`)} label={t('activity.recipientName')} value={r.name ?? ''} onChange={(e) => setRecipient(i, { name: opt(e.currentTarget.value) })} error={problems.at(`recipients.${i}`) ?? problems.at(`recipients.${i}.name`)} />
                <Select {...fp(`recipients.${i}.type`)} label={t('activity.recipientType')} {...help(t, 'recipientType')} data={o.recipientType} value={r.type} allowDeselect={false} onChange={(v) => v && setRecipient(i, { type: v as RecipientType }, 'now')} />
                <TextInput {...fp(`recipients.${i}.service`)} label={t('activity.service')} {...help(t, 'service')} value={r.service ?? ''} onChange={(e) => setRecipient(i, { service: opt(e.currentTarget.value) })} error={problems.at(`recipients.${i}.service`)} />
                <CountrySelect {...fp(`recipients.${i}.country`)} label={t('common.country')} destination recipient={certification(r.vendorId)} value={r.country} onChange={(v) => setRecipient(i, { country: v }, 'now')} />
              </SimpleGrid>
            </RemovableItem>
          ))}
        </Stack>
      </Section>
      <Section
        title={t('activity.transfers')}
        actions={
          a.transfers.length > 0 && (
            <ReasonButton {...fp('transfers')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addTransfer}>
              {t('activity.addTransfer')}
            </ReasonButton>
          )
        }
      >
        {a.transfers.length === 0 && <EmptyList testId="empty-transfers" text={t('emptyList.transfers')} action={{ label: t('activity.addTransfer'), onClick: addTransfer, fieldPath: 'transfers' }} />}
        <Stack gap="xs">
          {a.transfers.map((x, i) => (
            <RemovableItem key={i} index={i} testId={`transfer-${i}`} onRemove={() => update((d) => ({ ...d, transfers: removeAt(d.transfers, i) }), 'now')}>
              <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="xs" verticalSpacing={4} style={{ flex: 1 }}>
                <CountrySelect {...fp(`transfers.${i}.country`)} label={t('activity.transferCountry')} {...help(t, 'transferCountry')} destination recipient={certification(x.vendorId)} clearable={false} value={x.country} onChange={(v) => v && setTransfer(i, { country: v }, 'now')} error={problems.at(`transfers.${i}.country`)} />
                <SearchableSelect
                  {...fp(`transfers.${i}.vendorId`)}
                  label={t('activity.transferRecipient')}
                  clearable
                  data={vendors}
                  value={x.vendorId ?? null}
                  onChange={(v) => pickTransferVendor(i, v)}
                />
                <Select
                  {...fp(`transfers.${i}.mechanism`)}
                  label={t('activity.mechanism')}
                  {...help(t, 'mechanism')}
                  renderOption={MECHANISM_OPTION}
                  clearable
                  data={o.mechanism}
                  value={x.mechanism ?? null}
                  onChange={(v) => setTransfer(i, { mechanism: (v ?? undefined) as TransferMechanism | undefined }, 'now')}
                  error={problems.at(`transfers.${i}.mechanism`)}
                />
                <Select
                  {...fp(`transfers.${i}.sccModule`)}
                  label={t('activity.sccModule')}
                  {...help(t, 'sccModule')}
                  clearable
                  data={o.sccModule}
                  value={x.sccModule !== undefined ? String(x.sccModule) : null}
                  onChange={(v) => setTransfer(i, { sccModule: v ? (Number(v) as SccModule) : undefined }, 'now')}
                  error={problems.at(`transfers.${i}.sccModule`)}
                />
                <Select
                  {...fp(`transfers.${i}.derogation`)}
                  label={t('activity.derogation')}
                  {...help(t, 'derogation')}
                  renderOption={DEROGATION_OPTION}
                  clearable
                  data={o.derogation}
                  value={x.derogation ?? null}
                  onChange={(v) => setTransfer(i, { derogation: (v ?? undefined) as Derogation | undefined }, 'now')}
                  error={problems.at(`transfers.${i}.derogation`)}
                />
                <TextInput {...fp(`transfers.${i}.documentUrl`)} label={t('activity.documentUrl')} {...help(t, 'documentUrl')} value={x.documentUrl ?? ''} onChange={(e) => setTransfer(i, { documentUrl: opt(e.currentTarget.value) })} error={problems.at(`transfers.${i}.documentUrl`)} />
                <TextInput {...fp(`transfers.${i}.safeguards`)} label={t('activity.safeguards')} {...help(t, 'safeguards')} value={x.safeguards ?? ''} onChange={(e) => setTransfer(i, { safeguards: opt(e.currentTarget.value) })} error={problems.at(`transfers.${i}.safeguards`)} />
              </SimpleGrid>
            </RemovableItem>
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}

/** Transfer tools and derogations with their one-line description in the picker. */
const MECHANISM_OPTION = describedOption(new Map(transferMechanisms.map((m) => [m.key, m.description])));
const DEROGATION_OPTION = describedOption(new Map(derogations.map((d) => [d.key, d.description])));
