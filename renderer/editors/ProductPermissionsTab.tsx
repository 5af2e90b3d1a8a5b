import { Checkbox, MultiSelect, Select, Table, TextInput } from '@mantine/core';
import { ReasonActionIcon, ReasonButton } from '../app/Reasoned';
import { EmptyList } from '../forms/EmptyList';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DevicePermission, PermissionUse, Platform, Product } from '../../shared/model';
import { Section } from '../forms/fields';
import { fp } from '../app/field-focus';
import { useOptions } from '../forms/options';
import { removeAt, replaceAt, type TabProps } from '../forms/useDraft';

/** Device permissions the product asks for, with purpose and whether the user may refuse. */
export function ProductPermissionsTab({ value: p, update, problems }: TabProps<Product>) {
  const { t } = useTranslation();
  const o = useOptions();
  const setRow = (i: number, patch: Partial<PermissionUse>, mode: 'typing' | 'now' = 'typing') =>
    update((d) => ({ ...d, permissions: replaceAt(d.permissions, i, (x) => ({ ...x, ...patch })) }), mode);
  const add = () => {
    const used = new Set(p.permissions.map((x) => x.permission));
    const next = (o.permission.find((x) => !used.has(x.value as DevicePermission))?.value ?? 'camera') as DevicePermission;
    update((d) => ({ ...d, permissions: [...d.permissions, { permission: next, platforms: d.platforms.filter((x) => x === 'ios' || x === 'android'), purpose: '', optional: true }] }));
  };
  return (
    <Section
      title={t('product.tabs.permissions')}
      actions={
        p.permissions.length > 0 && (
          <ReasonButton {...fp('permissions')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={add}>
            {t('product.addPermission')}
          </ReasonButton>
        )
      }
    >
      {p.permissions.length === 0 ? (
        <EmptyList testId="empty-permissions" text={t('emptyList.permissions')} action={{ label: t('product.addPermission'), onClick: add, fieldPath: 'permissions' }} />
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={210}>{t('product.permission')}</Table.Th>
              <Table.Th w={220}>{t('product.permissionPlatforms')}</Table.Th>
              <Table.Th>{t('product.purpose')}</Table.Th>
              <Table.Th w={80}>{t('product.optional')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.permissions.map((x, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Select {...fp(`permissions.${i}.permission`)} aria-label={t('product.permission')} data={o.permission} value={x.permission} allowDeselect={false} onChange={(v) => v && setRow(i, { permission: v as DevicePermission }, 'now')} />
                </Table.Td>
                <Table.Td>
                  <MultiSelect {...fp(`permissions.${i}.platforms`)} aria-label={t('product.permissionPlatforms')} data={o.platform} value={x.platforms} onChange={(v) => setRow(i, { platforms: v as Platform[] }, 'now')} />
                </Table.Td>
                <Table.Td>
                  <TextInput {...fp(`permissions.${i}.purpose`)} aria-label={t('product.purpose')} value={x.purpose} onChange={(e) => setRow(i, { purpose: e.currentTarget.value })} error={problems.at(`permissions.${i}.purpose`)} />
                  <TextInput
                    {...fp(`permissions.${i}.inAppPath`)}
                    mt={4}
                    size="xs"
                    placeholder={t('noticeRoutes.inAppPath')}
                    aria-label={t('noticeRoutes.inAppPath')}
                    value={x.inAppPath ?? ''}
                    onChange={(e) => setRow(i, e.currentTarget.value === '' ? { inAppPath: undefined } : { inAppPath: e.currentTarget.value })}
                    error={problems.at(`permissions.${i}.inAppPath`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox {...fp(`permissions.${i}.optional`)} aria-label={t('product.optional')} checked={x.optional} onChange={(e) => setRow(i, { optional: e.currentTarget.checked }, 'now')} />
                </Table.Td>
                <Table.Td>
                  <ReasonActionIcon writes variant="subtle" color="gray" aria-label={t('common.removeRow', { n: i + 1 })} onClick={() => update((d) => ({ ...d, permissions: removeAt(d.permissions, i) }), 'now')}>
                    <IconTrash size={14} />
                  </ReasonActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
