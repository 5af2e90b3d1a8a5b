import { Badge, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Organisation } from '../../shared/model';
import { countryName, isGdprTerritory, supervisoryAuthorities } from '../../shared/reference';
import { call } from '../api';
import { useChecks } from '../app/checks';
import { CompletenessMeter, errorsUnder } from '../app/Completeness';
import { useStore } from '../app/store';
import { fp, recordScope } from '../app/field-focus';
import { DeleteButton } from '../dialogs/ConfirmDelete';
import { NewRecordButton } from '../dialogs/NewRecordModal';
import { EditorHeader } from '../forms/EditorHeader';
import { ReadOnlyFieldset, ReadOnlyNotice } from '../app/ReadOnly';
import { ReasonButton } from '../app/Reasoned';
import { EmptyList } from '../forms/EmptyList';
import { ContactFields, CountrySelect, Fields, Section } from '../forms/fields';
import { SearchableSelect } from '../forms/searchable';
import { opt, useDraft } from '../forms/useDraft';

const save = (organisation: Organisation) => call('organisation:save', { organisation });

export function OrganisationEditor({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { resetToken, index, navigate, openNewActivity } = useStore();
  const { result: checks } = useChecks();
  const { draft: o, update, problems } = useDraft(organisation, { kind: 'organisation', schema: Organisation, save, resetToken });
  const set = (patch: Partial<Organisation>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, ...patch }), mode);
  const text = (key: 'name' | 'legalName' | 'registrationNumber' | 'address' | 'email' | 'phone' | 'website' | 'privacyEmail', label: string) => (
    <TextInput {...fp(key)} label={label} value={o[key] ?? ''} onChange={(e) => set({ [key]: key === 'name' ? e.currentTarget.value : opt(e.currentTarget.value) })} error={problems.at(key)} withAsterisk={key === 'name'} />
  );
  const authorities = useMemo(
    () => supervisoryAuthorities.map((a, i) => ({ value: String(i), label: `${a.name}${a.region ? ` (${a.region})` : ''} — ${countryName(a.country)}` })),
    [],
  );
  const currentAuthority = supervisoryAuthorities.findIndex((a) => a.name === o.leadAuthority?.name);
  const products = index?.productsByOrg.get(o.id) ?? [];

  return (
    <Stack gap="md" maw={1100} {...recordScope('organisation', o.id)}>
      <EditorHeader
        kind={t('organisation.title')}
        title={o.name}
        problems={problems}
        actions={
          <>
            <CompletenessMeter score={checks?.completeness.organisations[o.id]} errors={errorsUnder(checks?.findings, o.id)} name={o.name} testId="header-completeness" />
            <ReadOnlyFieldset>
              <Group gap="xs" wrap="nowrap">
                <ReasonButton writes size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => openNewActivity({ organisationId: o.id })}>
                  {t('organisation.newActivity')}
                </ReasonButton>
                <DeleteButton kind="organisation" id={o.id} name={o.name} label={t('organisation.delete')} onDeleted={() => navigate({ kind: 'dashboard' })} />
              </Group>
            </ReadOnlyFieldset>
          </>
        }
      />
      <ReadOnlyNotice />
      <ReadOnlyFieldset>
        <Stack gap="md">
      <Section title={t('organisation.identity')}>
        <Fields>
          {text('name', t('common.name'))}
          {text('legalName', t('organisation.legalName'))}
          {text('registrationNumber', t('organisation.registrationNumber'))}
          <CountrySelect {...fp('country')} label={t('common.country')} value={o.country} onChange={(v) => set({ country: v }, 'now')} error={problems.at('country')} />
          {text('address', t('common.address'))}
          {text('website', t('common.website'))}
          <NumberInput
            {...fp('staffCount')}
            label={t('organisation.staffCount')}
            value={o.staffCount ?? ''}
            min={0}
            allowDecimal={false}
            onChange={(v) => set({ staffCount: typeof v === 'number' ? v : undefined })}
            error={problems.at('staffCount')}
          />
        </Fields>
        <Textarea {...fp('notes')} mt="xs" label={t('common.notes')} value={o.notes ?? ''} onChange={(e) => set({ notes: opt(e.currentTarget.value) })} error={problems.at('notes')} />
      </Section>
      <Section title={t('organisation.contacts')}>
        <Fields cols={3}>
          {text('email', t('common.email'))}
          {text('phone', t('common.phone'))}
          {text('privacyEmail', t('organisation.privacyEmail'))}
        </Fields>
      </Section>
      <Section title={t('organisation.dpo')} help={t('help.dpo')}>
        <ContactFields value={o.dpo} onChange={(dpo, mode) => set({ dpo }, mode)} path="dpo" problems={problems} />
      </Section>
      {/* Art. 27: a representative only for an organisation established outside the EU/EEA (shown while one is recorded). */}
      {o.country !== undefined && isGdprTerritory(o.country) && o.representative === undefined ? (
        <Text size="xs" c="dimmed" data-testid="representative-not-needed">
          {t('help.representativeHidden')}
        </Text>
      ) : (
        <Section title={t('organisation.representative')} help={t('help.representative')}>
          <ContactFields value={o.representative} onChange={(representative, mode) => set({ representative }, mode)} path="representative" problems={problems} />
        </Section>
      )}
      <Section title={t('organisation.authority')} help={t('help.authority')}>
        <SearchableSelect
          {...fp('leadAuthority')}
          mb="xs"
          label={t('organisation.authorityPicker')}
          clearable
          data={authorities}
          value={currentAuthority >= 0 ? String(currentAuthority) : null}
          onChange={(v) => {
            const a = v === null ? undefined : supervisoryAuthorities[Number(v)];
            set({ leadAuthority: a ? { name: a.name, country: a.country, url: a.url } : undefined }, 'now');
          }}
        />
        <ContactFields value={o.leadAuthority} onChange={(leadAuthority, mode) => set({ leadAuthority }, mode)} path="leadAuthority" problems={problems} />
      </Section>
      <Section title={t('organisation.products')} actions={products.length > 0 && <NewRecordButton kind="product" organisationId={o.id} />}>
        <Group gap="xs">
          {products.length === 0 && <EmptyList testId="empty-products" text={t('emptyList.products')}><NewRecordButton kind="product" organisationId={o.id} /></EmptyList>}
          {products.map((p) => (
            <Badge key={p.id} variant="light" size="lg" tt="none" component="button" onClick={() => navigate({ kind: 'product', id: p.id })} style={{ cursor: 'pointer' }}>
              {p.name}
            </Badge>
          ))}
        </Group>
      </Section>
        </Stack>
      </ReadOnlyFieldset>
    </Stack>
  );
}
