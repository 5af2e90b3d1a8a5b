import { Badge, Checkbox, Select, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Vendor, type DpaStatus, type SccModule, type TransferMechanism, type VendorCategory, type VendorRole } from '../../shared/model';
import { call } from '../api';
import { useStore } from '../app/store';
import { fp, recordScope } from '../app/field-focus';
import { DeleteButton } from '../dialogs/ConfirmDelete';
import { EditorHeader } from '../forms/EditorHeader';
import { ReadOnlyFieldset, ReadOnlyNotice } from '../app/ReadOnly';
import { CountrySelect, DateField, Fields, Section } from '../forms/fields';
import { destinationOptions, useOptions } from '../forms/options';
import { SearchableMultiSelect } from '../forms/searchable';
import { opt, useDraft } from '../forms/useDraft';

const save = (vendor: Vendor) => call('vendor:save', { vendor });

export function VendorEditor({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const o = useOptions();
  const { resetToken, navigate } = useStore();
  const { draft: v, update, problems } = useDraft(vendor, { kind: 'vendor', schema: Vendor, save, resetToken });
  const set = (patch: Partial<Vendor>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, ...patch }), mode);
  const text = (key: 'name' | 'legalName' | 'service' | 'website' | 'privacyUrl', label: string) => (
    <TextInput {...fp(key)} label={label} withAsterisk={key === 'name'} value={v[key] ?? ''} onChange={(e) => set({ [key]: key === 'name' ? e.currentTarget.value : opt(e.currentTarget.value) })} error={problems.at(key)} />
  );
  return (
    <Stack gap="md" maw={1100} {...recordScope('vendor', v.id)}>
      <EditorHeader
        kind={t('nav.vendors')}
        title={v.name}
        context={v.catalogueKey ? <Badge size="xs" variant="light">{t('vendor.catalogue')}</Badge> : undefined}
        problems={problems}
        actions={
          <ReadOnlyFieldset>
            <DeleteButton kind="vendor" id={v.id} name={v.name} label={t('vendor.delete')} onDeleted={() => navigate({ kind: 'vendors' })} />
          </ReadOnlyFieldset>
        }
      />
      <ReadOnlyNotice />
      <ReadOnlyFieldset>
        <Stack gap="md">
      <Section title={t('vendor.service')}>
        <Fields>
          {text('name', t('common.name'))}
          {text('legalName', t('vendor.legalName'))}
          {text('service', t('vendor.service'))}
          <Select {...fp('category')} label={t('vendor.category')} data={o.vendorCategory} value={v.category} allowDeselect={false} onChange={(x) => x && set({ category: x as VendorCategory }, 'now')} />
          <Select {...fp('role')} label={t('vendor.role')} data={o.vendorRole} value={v.role} allowDeselect={false} onChange={(x) => x && set({ role: x as VendorRole }, 'now')} />
          <CountrySelect {...fp('headquarters')} label={t('vendor.headquarters')} destination recipient={v.dpfCertified ? 'certified' : 'not-certified'} value={v.headquarters} onChange={(x) => set({ headquarters: x }, 'now')} error={problems.at('headquarters')} />
          <SearchableMultiSelect
            {...fp('processingCountries')}
            label={t('vendor.processingCountries')}
            data={destinationOptions(t, v.dpfCertified ? 'certified' : 'not-certified')}
            value={v.processingCountries}
            onChange={(x) => set({ processingCountries: x }, 'now')}
            error={problems.at('processingCountries')}
          />
          {text('website', t('common.website'))}
          {text('privacyUrl', t('vendor.privacyUrl'))}
        </Fields>
      </Section>
      <Section title={t('vendor.dpaStatus')}>
        <Fields cols={3}>
          <Select {...fp('dpa.status')} label={t('vendor.dpaStatus')} data={o.dpaStatus} value={v.dpa.status} allowDeselect={false} onChange={(x) => x && set({ dpa: { ...v.dpa, status: x as DpaStatus } }, 'now')} />
          <DateField {...fp('dpa.date')} label={t('vendor.dpaDate')} value={v.dpa.date} onChange={(x) => set({ dpa: { ...v.dpa, date: x } }, 'now')} error={problems.at('dpa.date')} />
          <TextInput {...fp('dpa.link')} label={t('vendor.dpaLink')} value={v.dpa.link ?? ''} onChange={(e) => set({ dpa: { ...v.dpa, link: opt(e.currentTarget.value) } })} error={problems.at('dpa.link')} />
          <Select
            {...fp('transferMechanism')}
            label={t('vendor.transferMechanism')}
            clearable
            data={o.mechanism}
            value={v.transferMechanism ?? null}
            onChange={(x) => set({ transferMechanism: (x ?? undefined) as TransferMechanism | undefined }, 'now')}
          />
          <Select
            {...fp('sccModule')}
            label={t('vendor.sccModule')}
            clearable
            data={o.sccModule}
            value={v.sccModule !== undefined ? String(v.sccModule) : null}
            onChange={(x) => set({ sccModule: x ? (Number(x) as SccModule) : undefined }, 'now')}
          />
          <Checkbox {...fp('dpfCertified')} mt={28} label={t('vendor.dpfCertified')} checked={v.dpfCertified ?? false} onChange={(e) => set({ dpfCertified: e.currentTarget.checked }, 'now')} />
        </Fields>
        <TagsInput {...fp('certifications')} mt="xs" label={t('vendor.certifications')} value={v.certifications} onChange={(x) => set({ certifications: x }, 'now')} error={problems.at('certifications')} />
        <Textarea {...fp('notes')} mt="xs" label={t('common.notes')} value={v.notes ?? ''} onChange={(e) => set({ notes: opt(e.currentTarget.value) })} error={problems.at('notes')} />
      </Section>
        </Stack>
      </ReadOnlyFieldset>
    </Stack>
  );
}
