import { ActionIcon, Badge, Button, Group, Paper, Popover, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaselineInfo, WordedDocumentDiff } from '../../shared/compliance';
import { call, messageOf, onEvent } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { ReasonActionIcon, ReasonButton } from '../app/Reasoned';
import { useReadOnly } from '../app/ReadOnly';
import { EmptyList } from '../forms/EmptyList';

const NOW = '__now__';

/** Baselines: freeze the register under a label, list them, and show what changed since, field by field. */
export function BaselinesScreen() {
  const { t } = useTranslation();
  const { overview } = useStore();
  const [baselines, setBaselines] = useState<BaselineInfo[]>([]);
  const [label, setLabel] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>(NOW);
  const [diff, setDiff] = useState<WordedDocumentDiff | null>(null);

  const load = useCallback(() => void call('baseline:list', {}).then(setBaselines, (e: unknown) => notifyError(messageOf(e))), []);
  useEffect(() => {
    load();
    return onEvent('workspace:changed', load);
  }, [load]);
  useEffect(() => {
    if (!from) return setDiff(null);
    call('baseline:compare', { from, ...(to !== NOW ? { to } : {}) }).then((c) => setDiff(c.diff), (e: unknown) => notifyError(messageOf(e)));
  }, [from, to, baselines]);

  const create = () =>
    call('baseline:create', { label, ...(organisationId ? { organisationId } : {}) }).then(
      (b) => {
        notifyDone(t('baselines.created', { label: b.label }));
        setLabel('');
      },
      (e: unknown) => notifyError(messageOf(e)),
    );

  const options = baselines.map((b) => ({ value: b.id, label: `${b.label} — ${b.organisationName ?? t('reports.scopes.workspace')} (${b.createdAt.slice(0, 10)})` }));
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>{t('baselines.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('baselines.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Group align="flex-end">
          <TextInput label={t('baselines.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} placeholder="Audit 2026" />
          <Select label={t('baselines.organisation')} data={(overview?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))} value={organisationId} onChange={setOrganisationId} clearable />
          <ReasonButton writes onClick={() => void create()} reason={label.trim() === '' ? t('why.labelFirst') : undefined}>
            {t('baselines.create')}
          </ReasonButton>
        </Group>
      </Paper>
      {baselines.length === 0 ? (
        <EmptyList testId="empty-baselines" text={t('emptyList.baselines')} />
      ) : (
        <Table withTableBorder striped aria-label={t('baselines.nav')}>
          <Table.Tbody>
            {baselines.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td fw={600}>{b.label}</Table.Td>
                <Table.Td>{b.organisationName ?? t('reports.scopes.workspace')}</Table.Td>
                <Table.Td>{b.createdAt.slice(0, 16).replace('T', ' ')}</Table.Td>
                <Table.Td>{b.createdBy}</Table.Td>
                <Table.Td>{t('baselines.activities', { count: b.activityCount })}</Table.Td>
                <Table.Td w={40}>
                  <DeleteBaseline baseline={b} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {baselines.length > 0 && (
        <Group align="flex-end">
          <Select label={t('baselines.compare')} data={options} value={from} onChange={setFrom} w={360} />
          <Select label={t('baselines.against')} data={[{ value: NOW, label: t('baselines.now') }, ...options]} value={to} onChange={(v) => setTo(v ?? NOW)} allowDeselect={false} w={360} />
        </Group>
      )}
      {diff && <DiffView diff={diff} />}
    </Stack>
  );
}

function DiffView({ diff }: { diff: WordedDocumentDiff }) {
  const { t } = useTranslation();
  if (diff.records.length === 0) return <Text data-testid="baseline-diff">{t('baselines.noChanges')}</Text>;
  const color = { added: 'teal', removed: 'red', changed: 'blue' } as const;
  const count = (kind: 'added' | 'removed' | 'changed') => diff.records.filter((r) => r.kind === kind).length;
  return (
    <Stack gap="sm" data-testid="baseline-diff">
      <Text fw={600}>{t('baselines.summary', { added: count('added'), removed: count('removed'), changed: count('changed') })}</Text>
      {diff.records.map((r) => (
        <Paper key={`${r.entityType}-${r.id}`} withBorder p="sm">
          <Group gap="xs" mb={r.fields.length ? 'xs' : 0}>
            <Badge color={color[r.kind]}>{t(`baselines.${r.kind}`)}</Badge>
            <Text fw={600}>{r.name}</Text>
            <Text size="xs" c="dimmed">
              {t(`baselines.kinds.${r.entityType}`)}
            </Text>
          </Group>
          {r.fields.length > 0 && (
            <Table verticalSpacing={4} aria-label={`${t(`baselines.${r.kind}`)}: ${r.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="30%">{t('baselines.field')}</Table.Th>
                  <Table.Th>{t('baselines.before')}</Table.Th>
                  <Table.Th>{t('baselines.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.fields.map((f) => (
                  <Table.Tr key={f.path}>
                    <Table.Td w="30%">{f.label}</Table.Td>
                    <Table.Td c="red" td="line-through" style={{ whiteSpace: 'pre-wrap' }}>
                      {f.beforeText}
                    </Table.Td>
                    <Table.Td c="teal" style={{ whiteSpace: 'pre-wrap' }}>
                      {f.afterText}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function DeleteBaseline({ baseline: b }: { baseline: BaselineInfo }) {
  const { t } = useTranslation();
  const { readOnly } = useReadOnly();
  if (readOnly)
    return (
      <ReasonActionIcon writes variant="subtle" color="red" aria-label={`${t('baselines.delete')} ${b.label}`}>
        <IconTrash size={14} />
      </ReasonActionIcon>
    );
  return (
    <Popover width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="red" aria-label={`${t('baselines.delete')} ${b.label}`}>
          <IconTrash size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          {t('baselines.confirmDelete', { label: b.label })}
        </Text>
        <Button size="xs" color="red" onClick={() => void call('baseline:delete', { id: b.id }).catch((e: unknown) => notifyError(messageOf(e)))}>
          {t('baselines.delete')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
