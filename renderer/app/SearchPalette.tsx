import { Badge, Group, Loader, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { ReasonButton } from './Reasoned';
import { IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_FIELDS, type SearchField, type SearchHit, type SearchResult } from '../../shared/search/register-search';
import { call } from '../api';
import { useStore } from './store';
import type { View } from './view';

const LIMIT = 50;

/**
 * Ctrl/Cmd+K: finds any record by any of its text (names, descriptions, purposes, vendors,
 * countries, retention, addresses, notes …). The main process searches the whole register;
 * each result says where it matched ("Address: … Hamburg …"). With nothing typed, the
 * organisations, products and vendors are listed.
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const { overview, navigate, openNewActivity } = useStore();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const [result, setResult] = useState<{ query: string; value: SearchResult } | undefined>();

  useEffect(() => {
    if (deferred === '') return;
    let live = true;
    const timer = setTimeout(() => {
      call('search:register', { query: deferred, limit: LIMIT, fieldWords: fieldWordsOf(deferred, (f) => t(`search.field.${f}`)) }).then(
        (value) => live && setResult({ query: deferred, value }),
        () => live && setResult({ query: deferred, value: { hits: [], total: 0 } }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [deferred, overview, t]);

  const browse = useMemo<SearchHit[]>(
    () =>
      overview
        ? [
            ...overview.organisations.map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.name, matches: [], inName: true })),
            ...overview.products.map((p) => ({ kind: 'product' as const, id: p.id, name: p.name, matches: [], inName: true })),
            ...overview.vendors.map((v) => ({ kind: 'vendor' as const, id: v.id, name: v.name, matches: [], inName: true })),
          ].slice(0, LIMIT)
        : [],
    [overview],
  );

  const pending = deferred !== '' && result?.query !== deferred;
  const shown = deferred === '' ? browse : (result?.value.hits ?? []);
  const total = deferred === '' ? 0 : (result?.value.total ?? 0);
  const context = (hit: SearchHit): string => {
    if (!overview) return '';
    if (hit.kind === 'product') return overview.organisations.find((o) => o.id === overview.products.find((p) => p.id === hit.id)?.organisationId)?.name ?? '';
    if (hit.kind === 'activity') {
      const a = overview.activities.find((x) => x.id === hit.id);
      return (a?.productId ? overview.products.find((p) => p.id === a.productId)?.name : overview.organisations.find((o) => o.id === a?.organisationId)?.name) ?? '';
    }
    return '';
  };

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} scrollable maxHeight={480}>
      <Spotlight.Search
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={pending ? <Loader size={14} aria-label={t('search.searching')} /> : undefined}
      />
      {/* The list scrolls: it takes focus itself (axe: scrollable regions are reachable by keyboard). */}
      <Spotlight.ActionsList aria-label={t('app.search')} data-testid="search-results" ref={focusableViewport}>
        {shown.length > 0 ? (
          shown.map((x) => (
            <Spotlight.Action key={`${x.kind}:${x.id}`} onClick={() => navigate({ kind: x.kind, id: x.id } as View)} data-kind={x.kind}>
              <Group wrap="nowrap" w="100%" gap="sm" align="flex-start">
                <Badge size="xs" variant="light" w={112} mt={3} color={COLORS[x.kind]} style={{ flexShrink: 0 }}>
                  {t(`search.kind.${x.kind}`)}
                </Badge>
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm">{x.name}</Text>
                  {context(x) && (
                    <Text size="xs" c="dimmed">
                      {context(x)}
                    </Text>
                  )}
                  {x.matches.map((m) => (
                    <Text size="xs" key={m.field} data-testid="search-match">
                      <Text span size="xs" fw={600}>
                        {t(`search.field.${m.field}`)}:
                      </Text>{' '}
                      {m.snippet}
                    </Text>
                  ))}
                </div>
              </Group>
            </Spotlight.Action>
          ))
        ) : (
          <Spotlight.Empty>
            {pending ? (
              t('search.searching')
            ) : query.trim() === '' ? (
              t('search.nothing')
            ) : (
              <span data-testid="empty-search">
                <Text size="sm" span display="block" data-testid="empty-search-text">
                  {t('emptyList.search', { query: query.trim() })}
                </Text>
                <ReasonButton
                  writes
                  mt="xs"
                  size="xs"
                  variant="light"
                  reason={(overview?.organisations.length ?? 0) === 0 ? t('empty.needOrganisation') : undefined}
                  onClick={() => {
                    spotlight.close();
                    openNewActivity();
                  }}
                >
                  {t('emptyList.searchNewActivity')}
                </ReasonButton>
              </span>
            )}
          </Spotlight.Empty>
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

/** Query words (4 letters or more) that name a field in the UI language: "retention" → Retention. */
function fieldWordsOf(query: string, label: (f: SearchField) => string): Record<string, SearchField[]> {
  const out: Record<string, SearchField[]> = {};
  for (const w of query.toLowerCase().split(/\s+/).filter((x) => x.length >= 4)) {
    const fields = SEARCH_FIELDS.filter((f) => f !== 'other' && label(f).toLowerCase().split(/\s+/).some((word) => word.startsWith(w)));
    if (fields.length > 0) out[w] = fields;
  }
  return out;
}

/** The list's scrolling viewport takes keyboard focus (axe: scrollable-region-focusable); Spotlight has no prop for it. */
function focusableViewport(root: HTMLDivElement | null): void {
  const viewport = root?.matches('.mantine-ScrollArea-viewport') ? root : root?.querySelector('.mantine-ScrollArea-viewport');
  viewport?.setAttribute('tabindex', '0');
}

const COLORS = { organisation: 'indigo', product: 'grape', vendor: 'orange', activity: 'teal' } as const;
