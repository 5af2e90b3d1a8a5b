import { Button, Group, MultiSelect, NumberInput, Select, Stack, Table, Tabs, TextInput, Textarea } from '@mantine/core';
import { IconLanguage, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Product, type Platform, type Store, type Audience } from '../../shared/model';
import { call } from '../api';
import { useChecks } from '../app/checks';
import { CompletenessMeter, errorsUnder } from '../app/Completeness';
import { useStore } from '../app/store';
import { fp, recordScope, useFocusRequest } from '../app/field-focus';
import { useState } from 'react';
import { productTabOf, type ProductTab } from './product-tabs';
import { DeleteButton } from '../dialogs/ConfirmDelete';
import { EditorHeader } from '../forms/EditorHeader';
import { ReadOnlyFieldset, ReadOnlyNotice } from '../app/ReadOnly';
import { ReasonActionIcon, ReasonButton } from '../app/Reasoned';
import { EmptyList } from '../forms/EmptyList';
import { Fields, Section } from '../forms/fields';
import { useOptions } from '../forms/options';
import { SearchableMultiSelect } from '../forms/searchable';
import { opt, removeAt, replaceAt, useDraft, type TabProps } from '../forms/useDraft';
import { ProductNoticeTab } from './ProductNoticeTab';
import { ProductPermissionsTab } from './ProductPermissionsTab';
import { NoticePreviewPanel } from '../notice/NoticePreviewPanel';
import { ProductFindings } from '../screens/ProductFindings';

const save = (product: Product) => call('product:save', { product });

export function ProductEditor({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { resetToken, index, navigate, openNewActivity } = useStore();
  const { result: checks } = useChecks();
  const { draft, update, problems } = useDraft(product, { kind: 'product', schema: Product, save, resetToken });
  const org = index?.organisations.get(draft.organisationId);
  const count = index?.activitiesByProduct.get(draft.id)?.length ?? 0;
  const tab: TabProps<Product> = { value: draft, update, problems };
  const [shown, setShown] = useState<ProductTab>('details');
  // A finding's field: show the tab that edits it (the field is then focused and highlighted).
  useFocusRequest('product', product.id, (path) => path !== undefined && setShown(productTabOf(path)));
  return (
    <Stack gap="md" maw={1100} {...recordScope('product', product.id)}>
      <EditorHeader
        kind={t('product.title')}
        title={draft.name}
        context={`${org?.name ?? ''} · ${t('product.activityCount', { count })}`}
        problems={problems}
        actions={
          <>
            <CompletenessMeter score={checks?.completeness.products[draft.id]} errors={errorsUnder(checks?.findings, draft.id)} name={draft.name} testId="header-completeness" />
            {/* Translating the records (issue 13): reading translations is open to an auditor too */}
            {draft.notice.languages.some((l) => l !== 'en') && (
              <Button size="xs" variant="default" leftSection={<IconLanguage size={14} />} onClick={() => navigate({ kind: 'translations', id: draft.id })}>
                {t('translations.open')}
              </Button>
            )}
            <ReadOnlyFieldset>
              <Group gap="xs" wrap="nowrap">
                <ReasonButton writes size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => openNewActivity({ organisationId: draft.organisationId, productId: draft.id })}>
                  {t('product.newActivity')}
                </ReasonButton>
                <DeleteButton kind="product" id={draft.id} name={draft.name} label={t('product.delete')} onDeleted={() => navigate({ kind: 'organisation', id: draft.organisationId })} />
              </Group>
            </ReadOnlyFieldset>
          </>
        }
      />
      <ReadOnlyNotice />
      <Tabs value={shown} onChange={(v) => setShown(productTabOf(v ?? 'details', true))} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('product.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="notice">{t('product.tabs.notice')}</Tabs.Tab>
          <Tabs.Tab value="permissions">{t('product.tabs.permissions')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('noticePreview.tab')}</Tabs.Tab>
          <Tabs.Tab value="findings">{t('findings.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          {count === 0 && (
            <EmptyList
              testId="empty-product-activities"
              text={t('emptyList.productActivities')}
              action={{ label: t('emptyList.firstActivity'), onClick: () => openNewActivity({ organisationId: draft.organisationId, productId: draft.id }) }}
            />
          )}
          <ReadOnlyFieldset>
            <ProductDetails {...tab} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="notice" pt="md">
          <ReadOnlyFieldset>
            <ProductNoticeTab {...tab} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="permissions" pt="md">
          <ReadOnlyFieldset>
            <ProductPermissionsTab {...tab} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <NoticePreviewPanel productId={draft.id} languages={draft.notice.languages} />
        </Tabs.Panel>
        <Tabs.Panel value="findings" pt="md">
          <ProductFindings productId={draft.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function ProductDetails({ value: p, update, problems }: TabProps<Product>) {
  const { t } = useTranslation();
  const o = useOptions();
  const set = (patch: Partial<Product>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, ...patch }), mode);
  const setListing = (i: number, patch: Partial<Product['storeListings'][number]>, mode: 'typing' | 'now' = 'typing') =>
    update((d) => ({ ...d, storeListings: replaceAt(d.storeListings, i, (l) => ({ ...l, ...patch })) }), mode);
  const addListing = () => update((d) => ({ ...d, storeListings: [...d.storeListings, { store: 'app_store', id: '' }] }), 'typing');
  return (
    <Stack gap="md">
      <Section title={t('product.tabs.details')}>
        <Fields>
          <TextInput {...fp('name')} label={t('common.name')} withAsterisk value={p.name} onChange={(e) => set({ name: e.currentTarget.value })} error={problems.at('name')} />
          <NumberInput
            {...fp('minimumAge')}
            label={t('product.minimumAge')}
            value={p.minimumAge ?? ''}
            min={0}
            max={21}
            allowDecimal={false}
            onChange={(v) => set({ minimumAge: typeof v === 'number' ? v : undefined })}
            error={problems.at('minimumAge')}
          />
          <MultiSelect {...fp('platforms')} label={t('product.platforms')} data={o.platform} value={p.platforms} onChange={(v) => set({ platforms: v as Platform[] }, 'now')} error={problems.at('platforms')} />
          <MultiSelect {...fp('audiences')} label={t('product.audiences')} data={o.audience} value={p.audiences} onChange={(v) => set({ audiences: v as Audience[] }, 'now')} error={problems.at('audiences')} />
          <SearchableMultiSelect
            {...fp('hostingCountries')}
            label={t('product.hostingCountries')}
            data={o.destination}
            value={p.hostingCountries}
            onChange={(v) => set({ hostingCountries: v }, 'now')}
            error={problems.at('hostingCountries')}
          />
          <TextInput {...fp('hostingStatement')} label={t('product.hostingStatement')} value={p.hostingStatement ?? ''} onChange={(e) => set({ hostingStatement: opt(e.currentTarget.value) })} error={problems.at('hostingStatement')} />
        </Fields>
        <Textarea {...fp('description')} mt="xs" label={t('common.description')} value={p.description ?? ''} onChange={(e) => set({ description: opt(e.currentTarget.value) })} error={problems.at('description')} />
      </Section>
      <Section
        title={t('product.storeListings')}
        actions={
          p.storeListings.length > 0 && (
            <ReasonButton {...fp('storeListings')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addListing}>
              {t('product.addListing')}
            </ReasonButton>
          )
        }
      >
        {p.storeListings.length === 0 && <EmptyList testId="empty-store-listings" text={t('emptyList.storeListings')} action={{ label: t('product.addListing'), onClick: addListing, fieldPath: 'storeListings' }} />}
        {p.storeListings.length > 0 && (
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Tbody>
              {p.storeListings.map((l, i) => (
                <Table.Tr key={i}>
                  <Table.Td w={200}>
                    <Select {...fp(`storeListings.${i}.store`)} aria-label={t('product.store')} data={o.store} value={l.store} onChange={(v) => v && setListing(i, { store: v as Store }, 'now')} allowDeselect={false} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput {...fp(`storeListings.${i}.id`)} aria-label={t('product.storeId')} placeholder={t('product.storeId')} value={l.id} onChange={(e) => setListing(i, { id: e.currentTarget.value })} error={problems.at(`storeListings.${i}.id`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput {...fp(`storeListings.${i}.url`)} aria-label={t('product.storeUrl')} placeholder={t('product.storeUrl')} value={l.url ?? ''} onChange={(e) => setListing(i, { url: opt(e.currentTarget.value) })} error={problems.at(`storeListings.${i}.url`)} />
                  </Table.Td>
                  <Table.Td w={40}>
                    <ReasonActionIcon writes variant="subtle" color="gray" aria-label={t('common.removeRow', { n: i + 1 })} onClick={() => update((d) => ({ ...d, storeListings: removeAt(d.storeListings, i) }), 'now')}>
                      <IconTrash size={14} />
                    </ReasonActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Group />
    </Stack>
  );
}
