import { Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconBooks, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, vendorCatalogue } from '../../shared/reference';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { NewRecordButton } from '../dialogs/NewRecordModal';
import { ReasonButton } from '../app/Reasoned';
import { EmptyList } from '../forms/EmptyList';

export function VendorsScreen() {
  const { t } = useTranslation();
  const { overview, navigate } = useStore();
  const [catalogueOpen, setCatalogueOpen] = useState(false);
  const vendors = useMemo(() => [...(overview?.vendors ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [overview]);
  const shown = vendors.slice(0, 500);
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('vendor.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('vendor.subtitle')}
          </Text>
        </div>
        {vendors.length > 0 && (
          <Group gap="xs">
            <ReasonButton writes size="xs" leftSection={<IconBooks size={14} />} onClick={() => setCatalogueOpen(true)}>
              {t('vendor.addFromCatalogue')}
            </ReasonButton>
            <NewRecordButton kind="vendor" />
          </Group>
        )}
      </Group>
      {vendors.length === 0 ? (
        <EmptyList testId="empty-vendors" text={t('emptyList.vendors')} action={{ label: t('vendor.addFromCatalogue'), onClick: () => setCatalogueOpen(true), icon: <IconBooks size={14} /> }}>
          <NewRecordButton kind="vendor" />
        </EmptyList>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6} aria-label={t('vendor.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.name')}</Table.Th>
              <Table.Th>{t('vendor.service')}</Table.Th>
              <Table.Th>{t('vendor.role')}</Table.Th>
              <Table.Th>{t('vendor.headquarters')}</Table.Th>
              <Table.Th>{t('vendor.dpaStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((v) => (
              <Table.Tr key={v.id} onClick={() => navigate({ kind: 'vendor', id: v.id })} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <a
                    href="#"
                    className="row-link"
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ kind: 'vendor', id: v.id });
                    }}
                  >
                    {v.name}
                  </a>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {v.service ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`enums.vendorRole.${v.role}`)}</Table.Td>
                <Table.Td>{v.headquarters ? countryName(v.headquarters) : '—'}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={v.dpa.status === 'signed' || v.dpa.status === 'not_required' ? 'teal' : 'orange'}>
                    {t(`enums.dpaStatus.${v.dpa.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CataloguePicker opened={catalogueOpen} onClose={() => setCatalogueOpen(false)} />
    </Stack>
  );
}

/** The bundled vendor catalogue: choosing an entry adds it with its country, role and transfer tool. */
export function CataloguePicker({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { overview, navigate, reload } = useStore();
  const [query, setQuery] = useState('');
  const inWorkspace = new Set((overview?.vendors ?? []).flatMap((v) => (v.catalogueKey ? [v.catalogueKey] : [])));
  const q = query.trim().toLowerCase();
  const entries = vendorCatalogue.filter((v) => q === '' || `${v.name} ${v.service} ${v.category}`.toLowerCase().includes(q));
  const add = async (key: string, name: string) => {
    try {
      const vendor = await call('vendor:addFromCatalogue', { key });
      await reload();
      notifyDone(t('vendor.added', { name }));
      onClose();
      navigate({ kind: 'vendor', id: vendor.id });
    } catch (e) {
      notifyError(messageOf(e));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('vendor.catalogue')} size="xl">
      <TextInput
        data-autofocus
        leftSection={<IconSearch size={14} />}
        placeholder={t('vendor.catalogueSearch')}
        aria-label={t('vendor.catalogueSearch')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        mb="sm"
      />
      <ScrollArea h={440}>
        <Table highlightOnHover verticalSpacing={4} aria-label={t('vendor.catalogue')}>
          <Table.Tbody>
            {entries.map((v) => (
              <Table.Tr key={v.key}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {v.name}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {v.service}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{t(`enums.vendorCategory.${v.category}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{countryName(v.headquarters)}</Text>
                </Table.Td>
                <Table.Td w={140} ta="right">
                  {inWorkspace.has(v.key) ? (
                    <Badge size="sm" variant="light" color="gray">
                      {t('vendor.inWorkspace')}
                    </Badge>
                  ) : (
                    <Button size="compact-xs" variant="light" aria-label={t('vendor.catalogueAdd', { name: v.name })} onClick={() => void add(v.key, v.name)}>
                      {t('common.add')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Modal>
  );
}
