import { ReasonActionIcon, ReasonButton } from '../app/Reasoned';
import { EmptyList } from '../forms/EmptyList';
import { Checkbox, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NoticeSettings, Product } from '../../shared/model';
import { newId } from '../dialogs/NewRecordModal';
import { Fields, Section } from '../forms/fields';
import { fp } from '../app/field-focus';
import { opt, removeAt, replaceAt, type TabProps } from '../forms/useDraft';

/**
 * The notice settings of issue 11: contact routes per audience, the support contact, how fast
 * requests about customers' data are forwarded, the product's own statements, whether it is
 * offered in the EU/EEA, and what the California section may claim.
 */
export function ProductNoticeRoutes({ value: p, update, problems }: TabProps<Product>) {
  const { t } = useTranslation();
  const n = p.notice;
  const set = (patch: Partial<NoticeSettings>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, notice: { ...d.notice, ...patch } }), mode);
  const at = (key: string) => problems.at(`notice.${key}`);
  const routes = n.contactRoutes ?? [];
  const statements = n.customStatements ?? [];
  const addRoute = () => set({ contactRoutes: [...routes, { audience: '', route: '' }] });
  const addStatement = () => set({ customStatements: [...statements, { id: newId('stmt'), text: '' }] });
  return (
    <Stack gap="md">
      <Section
        title={t('noticeRoutes.routes')}
        actions={
          routes.length > 0 && (
            <ReasonButton {...fp('notice.contactRoutes')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addRoute}>
              {t('noticeRoutes.addRoute')}
            </ReasonButton>
          )
        }
      >
        {routes.length === 0 && <EmptyList testId="empty-contact-routes" text={t('emptyList.contactRoutes')} action={{ label: t('noticeRoutes.addRoute'), onClick: addRoute, fieldPath: 'notice.contactRoutes' }} />}
        <Stack gap="xs">
          {routes.map((r, i) => (
            <Group key={i} align="flex-start" wrap="nowrap">
              <TextInput {...fp(`notice.contactRoutes.${i}.audience`)} style={{ flex: 1 }} label={t('noticeRoutes.audience')} value={r.audience} onChange={(e) => set({ contactRoutes: replaceAt(routes, i, (x) => ({ ...x, audience: e.currentTarget.value })) })} error={at(`contactRoutes.${i}.audience`)} />
              <TextInput {...fp(`notice.contactRoutes.${i}.route`)} style={{ flex: 2 }} label={t('noticeRoutes.route')} value={r.route} onChange={(e) => set({ contactRoutes: replaceAt(routes, i, (x) => ({ ...x, route: e.currentTarget.value })) })} error={at(`contactRoutes.${i}.route`)} />
              <ReasonActionIcon writes mt={24} variant="subtle" color="gray" aria-label={t('common.removeRow', { n: i + 1 })} onClick={() => set({ contactRoutes: removeAt(routes, i) }, 'now')}>
                <IconTrash size={14} />
              </ReasonActionIcon>
            </Group>
          ))}
        </Stack>
        <Fields>
          <TextInput {...fp('notice.supportEmail')} label={t('noticeRoutes.supportEmail')} value={n.supportEmail ?? ''} onChange={(e) => set({ supportEmail: opt(e.currentTarget.value) })} error={at('supportEmail')} />
          <TextInput {...fp('notice.supportUrl')} label={t('noticeRoutes.supportUrl')} value={n.supportUrl ?? ''} onChange={(e) => set({ supportUrl: opt(e.currentTarget.value) })} error={at('supportUrl')} />
          <NumberInput
            {...fp('notice.requestForwardDays')}
            label={t('noticeRoutes.forwardDays')}
            description={t('noticeRoutes.forwardDaysHint')}
            value={n.requestForwardDays ?? ''}
            min={1}
            max={90}
            allowDecimal={false}
            onChange={(v) => set({ requestForwardDays: typeof v === 'number' ? v : undefined })}
            error={at('requestForwardDays')}
          />
        </Fields>
      </Section>
      <Section
        title={t('noticeRoutes.statements')}
        actions={
          statements.length > 0 && (
            <ReasonButton {...fp('notice.customStatements')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addStatement}>
              {t('noticeRoutes.addStatement')}
            </ReasonButton>
          )
        }
      >
        {statements.length === 0 && <EmptyList testId="empty-statements" text={t('emptyList.statements')} action={{ label: t('noticeRoutes.addStatement'), onClick: addStatement, fieldPath: 'notice.customStatements' }} />}
        <Stack gap="xs">
          {statements.map((s, i) => (
            <Group key={s.id} align="flex-start" wrap="nowrap">
              <TextInput {...fp(`notice.customStatements.${i}.text`)} style={{ flex: 1 }} aria-label={t('noticeRoutes.statement', { n: i + 1 })} value={s.text} onChange={(e) => set({ customStatements: replaceAt(statements, i, (x) => ({ ...x, text: e.currentTarget.value })) })} error={at(`customStatements.${i}.text`)} />
              <ReasonActionIcon writes mt={6} variant="subtle" color="gray" aria-label={t('common.removeRow', { n: i + 1 })} onClick={() => set({ customStatements: removeAt(statements, i) }, 'now')}>
                <IconTrash size={14} />
              </ReasonActionIcon>
            </Group>
          ))}
        </Stack>
        <Stack gap={6} mt="sm">
          <Checkbox {...fp('notice.offeredInEea')} size="sm" label={t('noticeRoutes.offeredInEea')} checked={n.offeredInEea !== false} onChange={(e) => set({ offeredInEea: e.currentTarget.checked ? undefined : false }, 'now')} />
          {n.jurisdictionAddons.includes('ccpa') && (
            <>
              <Checkbox {...fp('notice.ccpaNoSaleOrSharingLast12Months')} size="sm" label={t('noticeRoutes.ccpaLast12')} checked={n.ccpaNoSaleOrSharingLast12Months === true} onChange={(e) => set({ ccpaNoSaleOrSharingLast12Months: e.currentTarget.checked ? true : undefined }, 'now')} />
              <Checkbox {...fp('notice.ccpaSensitiveBeyondPermittedPurposes')} size="sm" label={t('noticeRoutes.ccpaSensitive')} checked={n.ccpaSensitiveBeyondPermittedPurposes === true} onChange={(e) => set({ ccpaSensitiveBeyondPermittedPurposes: e.currentTarget.checked ? true : undefined }, 'now')} />
            </>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
