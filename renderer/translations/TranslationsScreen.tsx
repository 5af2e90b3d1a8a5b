/**
 * The translation editor (issue 13): every text one product's notice uses, beside its
 * English source, with what is missing and out of date; typing saves as in the record
 * editors. XLIFF files go through main-side dialogs.
 */
import { Alert, Badge, Button, Grid, Group, Loader, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconDownload, IconUpload } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslatableText, TranslationStatus, TranslationsView } from '../../shared/notice';
import { call, messageOf, onEvent } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { EditorHeader } from '../forms/EditorHeader';
import { ReadOnlyFieldset, ReadOnlyNotice } from '../app/ReadOnly';
import { ReasonButton } from '../app/Reasoned';
import { useTranslationDrafts } from './useTranslationDrafts';

type Lang = 'de' | 'fr';
type Filter = 'all' | TranslationStatus;
const FILTERS: readonly Filter[] = ['all', 'missing', 'stale', 'done'];
const STATUS_COLOR: Record<TranslationStatus, string> = { missing: 'red', stale: 'orange', done: 'teal' };

export function TranslationsScreen({ productId, lang: wanted }: { productId: string; lang: Lang | undefined }) {
  const { t } = useTranslation();
  const { index, navigate } = useStore();
  const product = index?.products.get(productId);
  const declared = (product?.notice.languages ?? []).filter((l): l is Lang => l !== 'en');
  const lang: Lang | undefined = wanted !== undefined && declared.includes(wanted) ? wanted : declared[0];
  const [view, setView] = useState<TranslationsView | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  // Texts edited on this screen stay in view whatever the filter, so a text does not vanish while typed.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const live = useRef(true);

  const load = useCallback(() => {
    if (lang === undefined) return;
    call('translations:list', { productId, lang }).then(
      (v) => live.current && setView(v),
      (e: unknown) => notifyError(messageOf(e)),
    );
  }, [productId, lang]);
  useEffect(() => {
    live.current = true;
    load();
    const off = onEvent('workspace:changed', load);
    return () => {
      live.current = false;
      off();
    };
  }, [load]);

  const drafts = useTranslationDrafts(productId, lang ?? 'de', load, (message) => notifyError(t('translations.saveFailed', { message })));
  const shown = useMemo(() => (view?.texts ?? []).filter((x) => filter === 'all' || x.status === filter || touched.has(x.id)), [view, filter, touched]);

  const exportXliff = async (l: Lang) => {
    try {
      const r = await call('translations:exportXliff', { productId, lang: l });
      if (r !== null) notifyDone(t('translations.exported', { count: r.texts, path: r.path }));
    } catch (e) {
      notifyError(messageOf(e));
    }
  };
  const importXliff = async (l: Lang) => {
    try {
      await drafts.flush();
      const r = await call('translations:importXliff', { productId, lang: l });
      if (r === null) return;
      const stale = r.staleOnArrival > 0 ? `. ${t('translations.importedStale', { count: r.staleOnArrival })}` : '';
      notifyDone(`${t('translations.imported', { path: r.path, filled: r.filled, changed: r.changed, left: r.left })}${stale}`);
    } catch (e) {
      notifyError(messageOf(e));
    }
  };

  if (product === undefined) return null;
  const languageName = (l: Lang) => t(`noticePreview.languages.${l}`);
  const header = (
    <EditorHeader
      kind={t('translations.title')}
      title={product.name}
      context={lang === undefined ? undefined : t('translations.context', { product: product.name, language: languageName(lang) })}
      actions={
        lang !== undefined && (
          <>
            <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={() => void exportXliff(lang)}>
              {t('translations.exportXliff')}
            </Button>
            <ReasonButton writes size="xs" variant="light" leftSection={<IconUpload size={14} />} onClick={() => void importXliff(lang)}>
              {t('translations.importXliff')}
            </ReasonButton>
          </>
        )
      }
    />
  );
  if (lang === undefined) {
    return (
      <Stack gap="md" maw={1200}>
        {header}
        <Alert color="blue" variant="light">
          {t('translations.noLanguages')}
        </Alert>
      </Stack>
    );
  }
  const counts = view?.counts;
  return (
    <Stack gap="md" maw={1200}>
      {header}
      <ReadOnlyNotice />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          {declared.length > 1 && (
            <SegmentedControl
              aria-label={t('translations.language')}
              value={lang}
              onChange={(v) => void drafts.flush().then(() => navigate({ kind: 'translations', id: productId, lang: v as Lang }))}
              data={declared.map((l) => ({ value: l, label: languageName(l) }))}
            />
          )}
          <SegmentedControl
            aria-label={t('translations.filter')}
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={FILTERS.map((f) => ({ value: f, label: `${t(`translations.filters.${f}`)}${counts === undefined ? '' : ` (${f === 'all' ? counts.total : counts[f]})`}` }))}
          />
        </Group>
        {counts !== undefined && (
          <Text size="sm" c="dimmed" data-testid="translation-counts">
            {t('translations.counts', { ...counts })}
          </Text>
        )}
      </Group>
      {view === null ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('noticePreview.loading')}</Text>
        </Group>
      ) : shown.length === 0 ? (
        <Text size="sm" data-testid="empty-translations">
          {t('emptyList.translations')}
        </Text>
      ) : (
        <ReadOnlyFieldset>
        <Stack gap="xs" data-testid="translation-list">
          {shown.map((item) => (
            <TextRow
              key={item.id}
              item={item}
              language={languageName(lang)}
              value={drafts.drafts[item.id] ?? item.translation ?? ''}
              onChange={(text) => {
                if (!touched.has(item.id)) setTouched(new Set([...touched, item.id]));
                drafts.edit(item.id, text);
              }}
              onKeep={() => drafts.confirm(item.id, item.translation ?? '')}
            />
          ))}
        </Stack>
        </ReadOnlyFieldset>
      )}
    </Stack>
  );
}

function TextRow({ item, language, value, onChange, onKeep }: { item: TranslatableText; language: string; value: string; onChange: (text: string) => void; onKeep: () => void }) {
  const { t } = useTranslation();
  const places = item.kind === 'record' ? item.places : [item.where];
  return (
    <Paper withBorder p="sm" data-testid="translation-row" data-status={item.status}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge size="sm" variant="light" color={STATUS_COLOR[item.status]} style={{ flexShrink: 0 }}>
                {t(`translations.status.${item.status}`)}
              </Badge>
              <Text size="xs" c="dimmed" title={places.length > 1 ? t('translations.places', { count: places.length, list: places.join('; ') }) : undefined}>
                {item.where}
              </Text>
            </Group>
            <Text size="sm" lang="en" style={{ whiteSpace: 'pre-wrap' }} data-testid="translation-source">
              {item.source}
            </Text>
            {item.status === 'stale' && item.sourceThen !== undefined && (
              <Text size="xs" c="orange.8" style={{ whiteSpace: 'pre-wrap' }}>
                {t('translations.sourceThen', { text: item.sourceThen })}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap={4}>
            <Textarea
              aria-label={t('translations.target', { language, where: item.where })}
              placeholder={t('translations.placeholder', { language })}
              autosize
              minRows={1}
              maxRows={12}
              value={value}
              onChange={(e) => onChange(e.currentTarget.value)}
            />
            {item.kind === 'record' && item.via === 'phrase' && (
              <Text size="xs" c="dimmed">
                {t('translations.phrase')}
              </Text>
            )}
            {item.status === 'stale' && (
              <Group>
                <ReasonButton writes size="compact-xs" variant="subtle" leftSection={<IconCheck size={12} />} title={t('translations.keepHint')} onClick={onKeep}>
                  {t('translations.keep')}
                </ReasonButton>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

