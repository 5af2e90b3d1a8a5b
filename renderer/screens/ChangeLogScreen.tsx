import { Badge, Button, Group, List, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLines, type NameOf } from '../../shared/compliance/change-lines';
import type { Overview } from '../../shared/ipc';
import { ENTITY_TYPES, type ChangeEntryView } from '../../shared/ipc/changes';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import type { View } from '../app/view';
import { SearchableSelect } from '../forms/searchable';

const PAGE = 100;
type EntityType = (typeof ENTITY_TYPES)[number];

/** Names of records and taxonomy entries, so that values read as words. */
export function namesFrom(o: Overview | null): NameOf {
  const map = new Map<string, string>();
  if (o) {
    for (const x of o.organisations) map.set(`organisation:${x.id}`, x.name);
    for (const x of o.products) map.set(`product:${x.id}`, x.name);
    for (const x of o.vendors) map.set(`vendor:${x.id}`, x.name);
    for (const c of o.taxonomies.dataCategories) map.set(`category:${c.key}`, c.label);
    for (const s of o.taxonomies.dataSubjects) map.set(`subject:${s.key}`, s.label);
    for (const m of o.taxonomies.securityMeasures) map.set(`measure:${m.key}`, m.label);
  }
  return (key) => map.get(key);
}

function recordName(e: ChangeEntryView): string | undefined {
  const pick = (x: unknown) => (x !== null && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : undefined);
  return pick(e.after) ?? pick(e.before);
}

/** The view that shows the entry's record, when it still exists. */
function viewOf(e: ChangeEntryView, o: Overview | null): View | undefined {
  if (!o) return undefined;
  const has = (list: readonly { id: string }[]) => list.some((x) => x.id === e.entityId);
  switch (e.entityType) {
    case 'organisation':
      return has(o.organisations) ? { kind: 'organisation', id: e.entityId } : undefined;
    case 'product':
      return has(o.products) ? { kind: 'product', id: e.entityId } : undefined;
    case 'vendor':
      return has(o.vendors) ? { kind: 'vendor', id: e.entityId } : undefined;
    case 'activity':
      return has(o.activities) ? { kind: 'activity', id: e.entityId } : undefined;
    case 'taxonomy':
      return { kind: 'taxonomies' };
    case 'workspace':
      return undefined;
  }
}

/**
 * The change log as an auditor reads it: one entry per sitting (edits of a record
 * by one person a few minutes apart are one entry), the fields changed with old and
 * new values in words; filters by person, record, record type and days; a click
 * opens the record; export to Excel.
 */
export function ChangeLogScreen() {
  const { t } = useTranslation();
  const { revision, overview, navigate } = useStore();
  const [type, setType] = useState<EntityType | null>(null);
  const [actor, setActor] = useState<string | null>(null);
  const [record, setRecord] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [people, setPeople] = useState<string[]>([]);
  const [entries, setEntries] = useState<ChangeEntryView[]>([]);
  const [more, setMore] = useState(false);
  const names = useMemo(() => namesFrom(overview), [overview]);

  const query = () => {
    const [recordType, recordId] = record ? (record.split('|') as [EntityType, string]) : [undefined, undefined];
    return {
      ...(type ? { entityType: type } : recordType ? { entityType: recordType } : {}),
      ...(recordId ? { entityId: recordId } : {}),
      ...(actor ? { actor } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  };
  const load = async (beforeId?: number) => {
    try {
      const page = await call('changes:list', { ...query(), limit: PAGE, ...(beforeId ? { beforeId } : {}) });
      setEntries((prev) => (beforeId ? [...prev, ...page] : page));
      setMore(page.length === PAGE);
    } catch (e) {
      notifyError(messageOf(e));
    }
  };
  useEffect(() => {
    void load();
  }, [type, actor, record, from, to, revision]);
  useEffect(() => {
    call('changes:people', {}).then(setPeople, () => setPeople([]));
  }, [revision]);

  const records = useMemo(() => {
    if (!overview) return [];
    const group = (label: string, kind: EntityType, list: readonly { id: string; name: string }[]) => ({ group: label, items: list.map((x) => ({ value: `${kind}|${x.id}`, label: x.name })) });
    return [
      group(t('changes.types.organisation'), 'organisation', overview.organisations),
      group(t('changes.types.product'), 'product', overview.products),
      group(t('changes.types.vendor'), 'vendor', overview.vendors),
      group(t('changes.types.activity'), 'activity', overview.activities),
    ];
  }, [overview, t]);

  const exportXlsx = async () => {
    try {
      const path = await call('changes:export', query());
      if (path) notifyDone(t('changes.exported', { path }));
    } catch (e) {
      notifyError(messageOf(e));
    }
  };

  const types = ENTITY_TYPES.map((x) => ({ value: x, label: t(`changes.types.${x}`) }));
  const filtered = type !== null || actor !== null || record !== null || from !== '' || to !== '';
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t('changes.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('changes.subtitle')}
          </Text>
        </div>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => void exportXlsx()} disabled={entries.length === 0} title={entries.length === 0 ? t('changes.nothingToExport') : undefined}>
          {t('changes.export')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('changes.filters')}>
        <Select w={200} label={t('changes.who')} placeholder={t('changes.everyone')} clearable data={people} value={actor} onChange={setActor} />
        <SearchableSelect w={260} label={t('changes.record')} placeholder={t('changes.allRecords')} clearable data={records} value={record} onChange={setRecord} limit={50} />
        <Select w={180} label={t('changes.type')} placeholder={t('changes.all')} clearable data={types} value={type} onChange={(v) => setType(v as EntityType | null)} />
        <TextInput w={160} type="date" label={t('changes.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput w={160} type="date" label={t('changes.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed" data-testid="changes-empty">
          {filtered ? t('changes.noneMatching') : t('changes.none')}
        </Text>
      ) : (
        <Table striped verticalSpacing={4} aria-label={t('changes.title')} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('changes.when')}</Table.Th>
              <Table.Th w={90}>{t('changes.action')}</Table.Th>
              <Table.Th>{t('changes.what')}</Table.Th>
              <Table.Th w={140}>{t('changes.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((c) => {
              const target = viewOf(c, overview);
              const lines = c.action === 'update' ? changeLines(c.before, c.after, names) : [];
              const name = recordName(c);
              return (
                <Table.Tr
                  key={c.id}
                  data-testid="change-entry"
                  style={target ? { cursor: 'pointer' } : undefined}
                  onClick={target ? () => navigate(target) : undefined}
                  onKeyDown={target ? (e) => (e.key === 'Enter' ? navigate(target) : undefined) : undefined}
                  tabIndex={target ? 0 : undefined}
                  aria-label={target && name ? t('changes.openRecord', { name }) : undefined}
                >
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
                    {lines.length > 0 && (
                      <List size="xs" spacing={2} mt={2} data-testid="change-fields">
                        {lines.slice(0, 12).map((l, i) => (
                          <List.Item key={i}>
                            <Text span size="xs" fw={600}>
                              {l.field}
                            </Text>
                            <Text span size="xs">
                              {': '}
                              {l.before} → {l.after}
                            </Text>
                          </List.Item>
                        ))}
                        {lines.length > 12 && <List.Item>{t('changes.moreFields', { count: lines.length - 12 })}</List.Item>}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{c.actor}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
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
