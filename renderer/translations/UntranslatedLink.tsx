/** The notice preview's way into the translation editor (issue 13): "12 texts not yet translated". */
import { Anchor, Group, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationCounts } from '../../shared/notice';
import { call, onEvent } from '../api';
import { useStore } from '../app/store';

export function UntranslatedLink({ productId, lang }: { productId: string; lang: 'en' | 'de' | 'fr' }) {
  const { t } = useTranslation();
  const { index, navigate } = useStore();
  const declared = index?.products.get(productId)?.notice.languages.includes(lang) === true;
  const target = lang !== 'en' && declared ? lang : undefined;
  const [counts, setCounts] = useState<TranslationCounts | null>(null);
  const load = useCallback(() => {
    if (target === undefined) return;
    call('translations:list', { productId, lang: target }).then(
      (v) => setCounts(v.counts),
      () => setCounts(null),
    );
  }, [productId, target]);
  useEffect(() => {
    setCounts(null);
    load();
    return onEvent('workspace:changed', load);
  }, [load]);
  if (target === undefined || counts === null) return null;
  const open = () => navigate({ kind: 'translations', id: productId, lang: target });
  const parts = [
    counts.missing > 0 ? t('translations.untranslated', { count: counts.missing }) : '',
    counts.stale > 0 ? t('translations.staleLink', { count: counts.stale }) : '',
  ].filter((x) => x !== '');
  return (
    <Group gap={6} wrap="nowrap" data-testid="untranslated-link">
      <IconLanguage size={16} aria-hidden />
      {parts.length === 0 ? (
        <Text size="sm">
          <Anchor component="button" type="button" onClick={open}>
            {t('translations.allDone')}
          </Anchor>
        </Text>
      ) : (
        <Text size="sm">
          <Anchor component="button" type="button" onClick={open} c={counts.missing > 0 ? 'red.7' : 'orange.8'}>
            {parts.join(' · ')}
          </Anchor>
        </Text>
      )}
    </Group>
  );
}
