import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/store';
import { EmptyList } from '../forms/EmptyList';

/** Device permissions across products (edited in each product's editor). */
export function PermissionsScreen() {
  const { t } = useTranslation();
  const { overview, navigate } = useStore();
  const products = (overview?.products ?? []).filter((p) => p.permissions.length > 0);
  const first = [...(overview?.products ?? [])].sort((a, b) => a.name.localeCompare(b.name))[0];
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={2}>{t('permissions.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('permissions.subtitle')}
        </Text>
      </div>
      {products.length === 0 ? (
        <EmptyList
          testId="empty-permissions-screen"
          text={t('emptyList.permissionsScreen')}
          action={{
            label: first ? t('emptyList.openFirstProduct', { name: first.name }) : t('product.tabs.permissions'),
            onClick: () => first && navigate({ kind: 'product', id: first.id }),
            reason: first ? undefined : t('emptyList.permissionsNeedProduct'),
            writes: false,
          }}
        />
      ) : (
        <Table striped verticalSpacing={4} aria-label={t('permissions.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('permissions.product')}</Table.Th>
              <Table.Th>{t('product.permission')}</Table.Th>
              <Table.Th>{t('product.permissionPlatforms')}</Table.Th>
              <Table.Th>{t('product.purpose')}</Table.Th>
              <Table.Th>{t('product.optional')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.flatMap((p) =>
              p.permissions.map((x, i) => (
                <Table.Tr key={`${p.id}:${i}`}>
                  <Table.Td>
                    {i === 0 && (
                      <Anchor component="button" size="sm" onClick={() => navigate({ kind: 'product', id: p.id })}>
                        {p.name}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`enums.permission.${x.permission}`)}</Table.Td>
                  <Table.Td>{x.platforms.map((pl) => t(`enums.platform.${pl}`)).join(', ')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{x.purpose}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={x.optional ? 'teal' : 'gray'}>
                      {x.optional ? t('common.yes') : t('common.no')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
