import { ReasonActionIcon, ReasonButton } from '../app/Reasoned';
import { EmptyList } from '../forms/EmptyList';
import { Checkbox, Group, MultiSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JurisdictionAddon, NoticeLanguage, NoticeSettings, NoticeStatement, Product } from '../../shared/model';
import { newId } from '../dialogs/NewRecordModal';
import { Fields, Section } from '../forms/fields';
import { fp } from '../app/field-focus';
import { useOptions } from '../forms/options';
import { opt, removeAt, replaceAt, type TabProps } from '../forms/useDraft';
import { ProductNoticeRoutes } from './ProductNoticeRoutes';

/** How the product's privacy notice is put together: languages, contact routes, statements, own sections. */
export function ProductNoticeTab({ value: p, update, problems }: TabProps<Product>) {
  const { t } = useTranslation();
  const o = useOptions();
  const n = p.notice;
  const set = (patch: Partial<NoticeSettings>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, notice: { ...d.notice, ...patch } }), mode);
  const at = (key: string) => problems.at(`notice.${key}`);
  const addSection = () => set({ customSections: [...n.customSections, { id: newId('sec'), title: '', body: '' }] });
  const text = (key: 'contactEmail' | 'inAppPath' | 'webFormUrl' | 'changeChannels', label: string) => (
    <TextInput {...fp(`notice.${key}`)} label={label} value={n[key] ?? ''} onChange={(e) => set({ [key]: opt(e.currentTarget.value) })} error={at(key)} />
  );
  return (
    <Stack gap="md">
      <Section title={t('product.tabs.notice')}>
        <Fields>
          <MultiSelect {...fp('notice.languages')} label={t('product.languages')} data={o.language} value={n.languages} onChange={(v) => set({ languages: v as NoticeLanguage[] }, 'now')} error={at('languages')} />
          {text('contactEmail', t('product.contactEmail'))}
          {text('inAppPath', t('product.inAppPath'))}
          {text('webFormUrl', t('product.webFormUrl'))}
          <NumberInput
            {...fp('notice.changeNoticeDays')}
            label={t('product.changeNoticeDays')}
            value={n.changeNoticeDays ?? ''}
            min={0}
            max={365}
            allowDecimal={false}
            onChange={(v) => set({ changeNoticeDays: typeof v === 'number' ? v : undefined })}
            error={at('changeNoticeDays')}
          />
          {text('changeChannels', t('product.changeChannels'))}
        </Fields>
        <Textarea {...fp('notice.deletionSteps')} mt="xs" label={t('product.deletionSteps')} value={n.deletionSteps ?? ''} onChange={(e) => set({ deletionSteps: opt(e.currentTarget.value) })} error={at('deletionSteps')} />
        <Group mt="md" align="flex-start" gap="xl">
          <Checkbox.Group label={t('product.statements')} value={n.statements} onChange={(v) => set({ statements: v as NoticeStatement[] }, 'now')}>
            <Stack gap={6} mt={6}>
              {o.statement.map((s) => (
                <Checkbox {...fp(`notice.statements.${s.value}`)} key={s.value} value={s.value} label={s.label} size="sm" />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group label={t('product.addons')} value={n.jurisdictionAddons} onChange={(v) => set({ jurisdictionAddons: v as JurisdictionAddon[] }, 'now')}>
            <Stack gap={6} mt={6}>
              {o.addon.map((s) => (
                <Checkbox {...fp(`notice.jurisdictionAddons.${s.value}`)} key={s.value} value={s.value} label={s.label} size="sm" />
              ))}
            </Stack>
          </Checkbox.Group>
        </Group>
      </Section>
      <ProductNoticeRoutes value={p} update={update} problems={problems} />
      <Section
        title={t('product.customSections')}
        actions={
          n.customSections.length > 0 && (
            <ReasonButton {...fp('notice.customSections')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addSection}>
              {t('product.addSection')}
            </ReasonButton>
          )
        }
      >
        {n.customSections.length === 0 && <EmptyList testId="empty-custom-sections" text={t('emptyList.customSections')} action={{ label: t('product.addSection'), onClick: addSection, fieldPath: 'notice.customSections' }} />}
        <Stack gap="sm">
          {n.customSections.map((s, i) => (
            <Group key={s.id} align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ flex: 1 }}>
                <TextInput
                  {...fp(`notice.customSections.${i}.title`)}
                  label={t('product.sectionTitle')}
                  value={s.title}
                  onChange={(e) => set({ customSections: replaceAt(n.customSections, i, (x) => ({ ...x, title: e.currentTarget.value })) })}
                  error={at(`customSections.${i}.title`)}
                />
                <Textarea
                  {...fp(`notice.customSections.${i}.body`)}
                  label={t('product.sectionBody')}
                  value={s.body}
                  onChange={(e) => set({ customSections: replaceAt(n.customSections, i, (x) => ({ ...x, body: e.currentTarget.value })) })}
                  error={at(`customSections.${i}.body`)}
                />
              </Stack>
              <ReasonActionIcon writes mt={24} variant="subtle" color="gray" aria-label={t('common.removeRow', { n: i + 1 })} onClick={() => set({ customSections: removeAt(n.customSections, i) }, 'now')}>
                <IconTrash size={14} />
              </ReasonActionIcon>
            </Group>
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}
