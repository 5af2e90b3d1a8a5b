import { Badge, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoreLabelsView } from '../../shared/ipc';
import { categoryMapping } from '../../shared/labels/mapping';
import type { DataCategoryType } from '../../shared/model';
import { appleStore, categoryStoreDefault, googleStore } from '../../shared/reference/store-labels';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { fp } from '../app/field-focus';

const DEFAULT = '__default__';

function options(store: 'apple' | 'google', defaultLabel: string, notAType: string) {
  const groups = new Map<string, { value: string; label: string }[]>();
  if (store === 'apple') for (const t of appleStore.dataTypes) groups.set(t.group, [...(groups.get(t.group) ?? []), { value: t.id, label: t.label }]);
  else for (const t of googleStore.dataTypes) groups.set(t.category, [...(groups.get(t.category) ?? []), { value: t.id, label: t.label }]);
  return [{ group: ' ', items: [{ value: DEFAULT, label: defaultLabel }, { value: 'none', label: notAType }] }, ...[...groups].map(([group, items]) => ({ group, items }))];
}

function typeLabel(store: 'apple' | 'google', id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return store === 'apple' ? appleStore.dataTypes.find((t) => t.id === id)?.label : googleStore.dataTypes.find((t) => t.id === id)?.label;
}

/** Picks this workspace's store type for a data category (or the default, or "not a store data type"). */
export function CategoryTypeSelect({ categoryKey, entry, store, withLabel = true }: { categoryKey: string; entry: DataCategoryType | undefined; store: 'apple' | 'google'; withLabel?: boolean }) {
  const { t } = useTranslation();
  const d = categoryStoreDefault(categoryKey);
  const fallback = d?.[store];
  const defaultLabel = fallback === undefined ? t('storeLabels.origin.unmapped') : `${t('storeLabels.useDefault')}: ${fallback === 'none' ? t('storeLabels.notAStoreType') : (typeLabel(store, fallback) ?? fallback)}`;
  const own = entry?.storeTypes?.[store];
  return (
    <Select
      {...fp(`dataCategories.${categoryKey}.storeTypes.${store}`)}
      size="xs"
      w={260}
      {...(withLabel ? { label: store === 'apple' ? t('storeLabels.chooseApple') : t('storeLabels.chooseGoogle') } : {})}
      aria-label={`${store === 'apple' ? t('storeLabels.chooseApple') : t('storeLabels.chooseGoogle')}: ${entry?.label ?? categoryKey}`}
      data={options(store, defaultLabel, t('storeLabels.notAStoreType'))}
      value={own ?? DEFAULT}
      searchable
      onChange={(v) =>
        call('labels:setMapping', { key: categoryKey, store, value: v === null || v === DEFAULT ? null : v }).then(
          () => notifyDone(t('storeLabels.saved')),
          (e: unknown) => notifyError(messageOf(e)),
        )
      }
    />
  );
}

/** How each data category of the product becomes a store type: default, this workspace's choice, or unmapped. */
export function StoreLabelsMapping({ view }: { view: StoreLabelsView }) {
  const { t } = useTranslation();
  const { overview } = useStore();
  const { labels } = view;
  const keys = [...new Map([...labels.apple.types.flatMap((x) => x.categories), ...labels.google.types.flatMap((x) => x.categories), ...labels.leftOut.map((l) => l.category)].map((c) => [c.key, c])).values()];
  const entries = new Map((overview?.taxonomies.dataCategories ?? []).map((c) => [c.key, c]));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('storeLabels.mappingIntro')}
      </Text>
      <Table verticalSpacing={6} aria-label={t('storeLabels.tabs.mapping')} data-testid="label-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('storeLabels.category')}</Table.Th>
            <Table.Th>{t('storeLabels.chooseApple')}</Table.Th>
            <Table.Th>{t('storeLabels.chooseGoogle')}</Table.Th>
            <Table.Th>{t('storeLabels.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((c) => {
            const entry = entries.get(c.key);
            const m = categoryMapping(c.key, entry);
            const origin = (x: { kind: 'unmapped' } | { kind: 'type' | 'none'; origin: 'workspace' | 'default' | 'unmapped' }) => (x.kind === 'unmapped' ? 'unmapped' : x.origin);
            return (
              <Table.Tr key={c.key} data-testid={`mapping-${c.key}`}>
                <Table.Td>
                  <Text size="sm">{c.label}</Text>
                </Table.Td>
                {(['apple', 'google'] as const).map((store) => (
                  <Table.Td key={store}>
                    <Stack gap={2}>
                      <CategoryTypeSelect categoryKey={c.key} entry={entry} store={store} withLabel={false} />
                      {origin(m[store]) !== 'default' && (
                        <Badge size="xs" variant="light" color={origin(m[store]) === 'unmapped' ? 'red' : 'blue'}>
                          {t(`storeLabels.origin.${origin(m[store])}`)}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                ))}
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {categoryStoreDefault(c.key)?.note ?? ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
