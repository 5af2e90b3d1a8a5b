import { Badge, Group, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from './store';
import type { View } from './view';

const LIMIT = 50;

interface Entry {
  view: View;
  kind: 'organisation' | 'product' | 'vendor' | 'activity';
  name: string;
  lower: string;
  context: string;
}

/**
 * Finds any record by name. The whole register is filtered in memory (10,000
 * activities take a few milliseconds) and at most 50 results are rendered.
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const { overview, index, navigate } = useStore();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  const entries = useMemo<Entry[]>(() => {
    if (!overview || !index) return [];
    const orgName = (id: string) => index.organisations.get(id)?.name ?? '';
    const e = (view: View, kind: Entry['kind'], name: string, context: string): Entry => ({ view, kind, name, lower: name.toLowerCase(), context });
    return [
      ...overview.organisations.map((o) => e({ kind: 'organisation', id: o.id }, 'organisation', o.name, o.legalName ?? '')),
      ...overview.products.map((p) => e({ kind: 'product', id: p.id }, 'product', p.name, orgName(p.organisationId))),
      ...overview.vendors.map((v) => e({ kind: 'vendor', id: v.id }, 'vendor', v.name, v.service ?? '')),
      ...overview.activities.map((a) =>
        e({ kind: 'activity', id: a.id }, 'activity', a.name, a.productId ? (index.products.get(a.productId)?.name ?? '') : orgName(a.organisationId)),
      ),
    ];
  }, [overview, index]);

  const { shown, total } = useMemo(() => {
    const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return { shown: entries.filter((x) => x.kind !== 'activity').slice(0, LIMIT), total: 0 };
    const hits: Entry[] = [];
    let count = 0;
    for (const x of entries) {
      if (words.every((w) => x.lower.includes(w))) {
        count += 1;
        if (hits.length < LIMIT) hits.push(x);
      }
    }
    return { shown: hits, total: count };
  }, [entries, deferred]);

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} scrollable maxHeight={480}>
      <Spotlight.Search placeholder={t('search.placeholder')} aria-label={t('search.placeholder')} leftSection={<IconSearch size={16} />} />
      <Spotlight.ActionsList aria-label={t('app.search')} data-testid="search-results">
        {shown.length > 0 ? (
          shown.map((x) => (
            <Spotlight.Action key={`${x.kind}:${'id' in x.view ? x.view.id : ''}`} onClick={() => navigate(x.view)} data-kind={x.kind}>
              <Group wrap="nowrap" w="100%" gap="sm">
                <Badge size="xs" variant="light" w={92} color={COLORS[x.kind]}>
                  {t(`search.kind.${x.kind}`)}
                </Badge>
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" truncate>
                    {x.name}
                  </Text>
                  {x.context && (
                    <Text size="xs" c="dimmed" truncate>
                      {x.context}
                    </Text>
                  )}
                </div>
              </Group>
            </Spotlight.Action>
          ))
        ) : (
          <Spotlight.Empty>{t('search.nothing')}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      {total > LIMIT && (
        <Spotlight.Footer>
          <Text size="xs" c="dimmed">
            {t('search.more', { shown: LIMIT, total })}
          </Text>
        </Spotlight.Footer>
      )}
    </Spotlight.Root>
  );
}

const COLORS = { organisation: 'indigo', product: 'grape', vendor: 'orange', activity: 'teal' } as const;
