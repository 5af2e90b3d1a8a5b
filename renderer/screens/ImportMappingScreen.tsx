import { Alert, Autocomplete, Badge, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '../../shared/import/types';
import type { RegisterImportView } from '../../shared/import/view';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';

type Override = { sheet: string; index: number; field: ImportField };
const COLOURS = { high: 'teal', medium: 'yellow', low: 'red' } as const;

/**
 * Import an existing register: choose the spreadsheet (a main-side dialog), see how
 * each column is read and with how much certainty, change a column's field,
 * preview the records to be created and what to review, then import all or nothing.
 */
export function ImportMappingScreen() {
  const { t } = useTranslation();
  const { overview, navigate } = useStore();
  const [view, setView] = useState<RegisterImportView | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [product, setProduct] = useState('');
  const [overrides, setOverrides] = useState<Override[]>([]);
  const [busy, setBusy] = useState(false);

  const organisations = (overview?.organisations ?? []).map((o) => o.name);
  const orgId = overview?.organisations.find((o) => o.name.toLowerCase() === organisation.trim().toLowerCase())?.id;
  const products = (overview?.products ?? []).filter((p) => p.organisationId === orgId).map((p) => p.name);
  const fieldOptions = useMemo(() => IMPORT_FIELDS.map((f) => ({ value: f, label: t(`registerImport.fields.${f}`) })), [t]);

  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await work();
    } catch (e) {
      notifyError(messageOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const request = (next: Override[] = overrides) => ({ token: view?.token ?? '', organisation: organisation.trim(), ...(product.trim() ? { product: product.trim() } : {}), overrides: next });

  const choose = () =>
    void run(async () => {
      const v = await call('registerImport:choose', { ...(organisation.trim() ? { organisation: organisation.trim() } : {}), ...(product.trim() ? { product: product.trim() } : {}) });
      if (v === null) return;
      setView(v);
      setOverrides([]);
      setOrganisation(v.organisation.name);
    });
  const refresh = (next: Override[] = overrides) => void run(async () => setView(await call('registerImport:preview', request(next))));
  const change = (sheet: string, index: number, field: ImportField) => {
    const next = [...overrides.filter((o) => !(o.sheet === sheet && o.index === index)), { sheet, index, field }];
    setOverrides(next);
    refresh(next);
  };
  const saveMapping = () =>
    void run(async () => {
      const name = await call('registerImport:saveMapping', request());
      if (name !== null) notifyDone(t('registerImport.mappingSaved', { name }));
    });
  const loadMapping = () =>
    void run(async () => {
      const v = await call('registerImport:loadMapping', request([]));
      if (v === null) return;
      setOverrides([]);
      setView(v);
    });
  const apply = () =>
    void run(async () => {
      const done = await call('registerImport:apply', request());
      notifyDone(t('registerImport.applied', { count: done.activities.length, file: done.fileName, reviews: done.reviews.length }));
      setView(null);
      navigate({ kind: 'dashboard' });
    });

  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={2}>{t('registerImport.title')}</Title>
        <Text size="sm" c="dimmed" maw={900}>
          {t('registerImport.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <Autocomplete label={t('registerImport.organisation')} description={t('registerImport.organisationHint')} data={organisations} value={organisation} onChange={setOrganisation} w={280} />
          <Autocomplete label={t('registerImport.product')} description={t('registerImport.productHint')} data={products} value={product} onChange={setProduct} w={280} />
          <Button leftSection={<IconFileImport size={16} />} onClick={choose} loading={busy && view === null} variant={view ? 'default' : 'filled'}>
            {view ? t('registerImport.chooseAnother') : t('registerImport.choose')}
          </Button>
          {view && (
            <>
              <Button variant="default" onClick={() => refresh()} disabled={busy || organisation.trim() === ''}>
                {t('registerImport.refresh')}
              </Button>
              <Button variant="subtle" onClick={saveMapping} disabled={busy || organisation.trim() === ''}>
                {t('registerImport.saveMapping')}
              </Button>
              <Button variant="subtle" onClick={loadMapping} disabled={busy || organisation.trim() === ''}>
                {t('registerImport.loadMapping')}
              </Button>
            </>
          )}
        </Group>
      </Paper>
      {view && <Preview view={view} fieldOptions={fieldOptions} onChange={change} onApply={apply} busy={busy || organisation.trim() === ''} />}
    </Stack>
  );
}

function Preview({ view, fieldOptions, onChange, onApply, busy }: { view: RegisterImportView; fieldOptions: { value: string; label: string }[]; onChange: (sheet: string, index: number, field: ImportField) => void; onApply: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const share = view.stats.cells === 0 ? 100 : Math.round((100 * view.stats.recognised) / view.stats.cells);
  return (
    <Stack gap="md" data-testid="register-import-preview">
      <Text fw={600}>
        {t('registerImport.file')}: {view.fileName}
      </Text>
      {view.sheets.map((s) =>
        'skipped' in s ? (
          <Text key={s.sheet} size="sm" c="dimmed">
            {t('registerImport.skipped', { sheet: s.sheet, reason: s.skipped })}
          </Text>
        ) : (
          <Paper key={s.sheet} withBorder p="md">
            <Title order={4} mb="xs">
              {s.layout === 'table' ? t('registerImport.sheetTable', { sheet: s.sheet, row: s.headerAt, role: t(`registerImport.roles.${s.role}`) }) : t('registerImport.sheetForm', { sheet: s.sheet, column: s.headerAt, role: t(`registerImport.roles.${s.role}`) })}
            </Title>
            <Table striped withTableBorder aria-label={s.sheet}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{s.layout === 'table' ? t('registerImport.column') : t('registerImport.row')}</Table.Th>
                  <Table.Th>{t('registerImport.heading')}</Table.Th>
                  <Table.Th w={260}>{t('registerImport.field')}</Table.Th>
                  <Table.Th w={110}>{t('registerImport.sure')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.slots.map((slot) => (
                  <Table.Tr key={slot.index}>
                    <Table.Td>{slot.place}</Table.Td>
                    <Table.Td>{slot.header}</Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('registerImport.fieldOf', { heading: slot.header })}
                        data={fieldOptions}
                        value={slot.field}
                        allowDeselect={false}
                        onChange={(v) => v && onChange(s.sheet, slot.index, v as ImportField)}
                        size="xs"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={COLOURS[slot.confidence]} variant="light" title={slot.reason}>
                        {t(`registerImport.confidence.${slot.confidence}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ),
      )}
      <Paper withBorder p="md">
        <Title order={4}>{t('registerImport.toCreate')}</Title>
        <Text size="sm" c="dimmed" mb="xs">
          {view.organisation.name}
          {view.organisation.created ? ` (${t('registerImport.newOrganisation')})` : ''}
          {view.product ? ` · ${view.product.name}${view.product.created ? ` (${t('registerImport.newProduct')})` : ''}` : ''}
        </Text>
        <List size="sm" spacing={4}>
          {view.activities.map((a) => (
            <List.Item key={a.name}>
              <Text span fw={600} size="sm">
                {a.name}
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                {t('registerImport.counts', { purposes: a.purposes, categories: a.dataCategories, subjects: a.dataSubjects, recipients: a.recipients, transfers: a.transfers })}
              </Text>
            </List.Item>
          ))}
        </List>
        {view.newCategories.length > 0 && <Text size="sm" mt="xs">{t('registerImport.newCategories', { list: view.newCategories.join(', ') })}</Text>}
        {view.newSubjects.length > 0 && <Text size="sm">{t('registerImport.newSubjects', { list: view.newSubjects.join(', ') })}</Text>}
        <Text size="sm" mt="xs" data-testid="register-import-share">
          {t('registerImport.recognised', { recognised: view.stats.recognised, cells: view.stats.cells, share, kept: view.stats.keptAsText })}
        </Text>
      </Paper>
      {view.problems.length > 0 && (
        <Alert color="red" title={t('registerImport.problems', { count: view.problems.length })}>
          <List size="sm">
            {view.problems.map((p, i) => (
              <List.Item key={i}>
                {t('registerImport.where', p)}: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('registerImport.reviews', { count: view.reviews.length })}
        </Title>
        {view.reviews.length === 0 ? (
          <Text size="sm">{t('registerImport.none')}</Text>
        ) : (
          <Table aria-label={t('registerImport.reviews', { count: view.reviews.length })}>
            <Table.Tbody>
              {view.reviews.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{r.activity}</Table.Td>
                  <Table.Td>{r.message}</Table.Td>
                  <Table.Td c="dimmed">{t('registerImport.where', r)}</Table.Td>
                  <Table.Td>“{r.text}”</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Group>
        <Button onClick={onApply} disabled={busy || view.problems.length > 0 || view.activities.length === 0}>
          {t('registerImport.apply', { count: view.activities.length })}
        </Button>
      </Group>
    </Stack>
  );
}
