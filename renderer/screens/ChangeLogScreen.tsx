import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TYPES, type ChangeEntryView } from '../../shared/ipc/changes';
import { call, messageOf } from '../api';
import { notifyError } from '../app/notify';
import { useStore } from '../app/store';

const PAGE = 100;
type EntityType = (typeof ENTITY_TYPES)[number];

export function ChangeLogScreen() {
  const { t } = useTranslation();
  const { revision } = useStore();
  const [type, setType] = useState<EntityType | null>(null);
  const [entries, setEntries] = useState<ChangeEntryView[]>([]);
  const [more, setMore] = useState(false);

  const load = async (beforeId?: number) => {
    try {
      const page = await call('changes:list', { limit: PAGE, ...(type ? { entityType: type } : {}), ...(beforeId ? { beforeId } : {}) });
      setEntries((prev) => (beforeId ? [...prev, ...page] : page));
      setMore(page.length === PAGE);
    } catch (e) {
      notifyError(messageOf(e));
    }
  };
  useEffect(() => {
    void load();
  }, [type, revision]);

  const types = ENTITY_TYPES.map((x) => ({ value: x, label: t(`changes.types.${x}`) }));
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('changes.title')}</Title>
        <Select w={220} label={t('changes.type')} placeholder={t('changes.all')} clearable data={types} value={type} onChange={(v) => setType(v as EntityType | null)} />
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed">{t('changes.none')}</Text>
      ) : (
        <Table striped verticalSpacing={4} aria-label={t('changes.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('changes.when')}</Table.Th>
              <Table.Th w={100}>{t('changes.action')}</Table.Th>
              <Table.Th>{t('changes.what')}</Table.Th>
              <Table.Th w={160}>{t('changes.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Text size="xs">{new Date(c.at).toLocaleString('en-GB')}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={c.action === 'delete' ? 'red' : c.action === 'create' ? 'teal' : 'gray'}>
                    {t(`changes.actions.${c.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.summary}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {c.actor}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {more && (
        <Button variant="default" size="xs" onClick={() => void load(entries.at(-1)?.id)}>
          {t('changes.more')}
        </Button>
      )}
    </Stack>
  );
}
