import { Alert, Code, Loader, ScrollArea, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreLabelsView } from '../../shared/ipc';
import { call, messageOf, onEvent } from '../api';
import { useStore } from '../app/store';
import { recordScope, useFocusRequest } from '../app/field-focus';
import { AppleLabelPreview } from './StoreLabelsApple';
import { ExportBar } from './StoreLabelsExport';
import { GoogleLabelPreview } from './StoreLabelsGoogle';
import { StoreLabelsMapping } from './StoreLabelsMapping';
import { StoreLabelsQuestions } from './StoreLabelsQuestions';

type Tab = 'apple' | 'google' | 'manifest' | 'questions' | 'mapping';

/** Store labels of one product with an iOS or Android app: previews, answers traced to records, open questions, mapping. */
export function StoreLabelsScreen({ productId }: { productId?: string | undefined }) {
  const { t } = useTranslation();
  const { overview, navigate } = useStore();
  const products = (overview?.products ?? []).filter((p) => p.platforms.includes('ios') || p.platforms.includes('android'));
  const product = products.find((p) => p.id === productId) ?? products[0];
  const [view, setView] = useState<StoreLabelsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>(product?.platforms.includes('ios') ? 'apple' : 'google');
  // A finding about a data category's store type (the workspace's taxonomy): the mapping, at that category.
  useFocusRequest('workspace', 'taxonomies', (path) => {
    if (path?.startsWith('dataCategories.')) setTab('mapping');
  });

  const load = useCallback(() => {
    if (product === undefined) return;
    call('labels:get', { productId: product.id }).then(
      (v) => {
        setView(v);
        setError(null);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, [product]);
  useEffect(() => {
    load();
    return onEvent('workspace:changed', load);
  }, [load]);

  const header = (
    <div>
      <Title order={2}>{t('storeLabels.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('storeLabels.subtitle')}
      </Text>
    </div>
  );
  if (product === undefined) {
    return (
      <Stack gap="md" maw={1200}>
        {header}
        <Text c="dimmed">{t('storeLabels.noProducts')}</Text>
      </Stack>
    );
  }
  const ready = view !== null && view.labels.productId === product.id ? view : null;
  const missing = (platform: string, store: string) => <Text c="dimmed">{t('storeLabels.noPlatform', { product: product.name, platform, store })}</Text>;
  return (
    <Stack gap="md" maw={1200} {...recordScope('workspace', 'taxonomies')}>
      {header}
      {products.length > 1 && (
        <SegmentedControl
          aria-label={t('storeLabels.product')}
          value={product.id}
          data={products.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(id) => navigate({ kind: 'storeLabels', id })}
        />
      )}
      <Text fw={600} data-testid="store-labels-product">
        {product.name} · {[product.platforms.includes('ios') ? 'iOS' : '', product.platforms.includes('android') ? 'Android' : ''].filter((x) => x !== '').join(', ')}
      </Text>
      {error !== null && <Alert color="red">{error}</Alert>}
      {ready === null ? (
        <Loader size="sm" aria-label={t('storeLabels.loading')} />
      ) : (
        <Tabs value={tab} onChange={(v) => v !== null && setTab(v as Tab)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="apple">{t('storeLabels.tabs.apple')}</Tabs.Tab>
            <Tabs.Tab value="google">{t('storeLabels.tabs.google')}</Tabs.Tab>
            <Tabs.Tab value="manifest">{t('storeLabels.tabs.manifest')}</Tabs.Tab>
            <Tabs.Tab value="questions">{t('storeLabels.tabs.questions', { count: ready.labels.questions.length })}</Tabs.Tab>
            <Tabs.Tab value="mapping">{t('storeLabels.tabs.mapping')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="apple" pt="md">
            {ready.labels.ios ? (
              <Stack gap="md">
                <ExportBar view={ready} store="apple" />
                <AppleLabelPreview view={ready} />
              </Stack>
            ) : (
              missing('iOS', t('storeLabels.tabs.apple'))
            )}
          </Tabs.Panel>
          <Tabs.Panel value="google" pt="md">
            {ready.labels.android ? (
              <Stack gap="md">
                <ExportBar view={ready} store="google" />
                <GoogleLabelPreview view={ready} />
              </Stack>
            ) : (
              missing('Android', t('storeLabels.tabs.google'))
            )}
          </Tabs.Panel>
          <Tabs.Panel value="manifest" pt="md">
            {ready.labels.ios ? (
              <Stack gap="md">
                <ExportBar view={ready} store="manifest" />
                <Text size="sm" c="dimmed">
                  {t('storeLabels.manifestIntro')}
                </Text>
                {ready.files.manifest.text !== null && (
                  <ScrollArea.Autosize mah={520}>
                    <Code block data-testid="manifest-text">
                      {ready.files.manifest.text}
                    </Code>
                  </ScrollArea.Autosize>
                )}
              </Stack>
            ) : (
              missing('iOS', t('storeLabels.tabs.manifest'))
            )}
          </Tabs.Panel>
          <Tabs.Panel value="questions" pt="md">
            <StoreLabelsQuestions view={ready} />
          </Tabs.Panel>
          <Tabs.Panel value="mapping" pt="md">
            <StoreLabelsMapping view={ready} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
