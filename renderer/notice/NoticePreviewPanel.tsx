import { Alert, Badge, Button, Grid, Group, Loader, Menu, Paper, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconDownload, IconRestore } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticePreview } from '../../shared/ipc';
import { call, messageOf, onEvent } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { ReadOnlyFieldset } from '../app/ReadOnly';
import { ReasonButton } from '../app/Reasoned';
import { EMBEDDED_NOTICE_CSS } from './notice-css';
import { PublishPanel } from './PublishPanel';
import { StaleOverrides } from './StaleOverrides';
import { fp, noticeSectionOf, useFocusRequest } from '../app/field-focus';
// Translating the records (issue 13)
import { UntranslatedLink } from '../translations/UntranslatedLink';

type Lang = 'en' | 'de' | 'fr';
type Format = 'md' | 'html' | 'docx' | 'txt';
const LANGS: readonly Lang[] = ['en', 'de', 'fr'];
const FORMATS: readonly Format[] = ['docx', 'html', 'md', 'txt'];

/**
 * The product's privacy notice as generated from the records now, kept live, with overrides and export.
 * Only the product's declared notice languages are offered (all three when it declares none).
 */
export function NoticePreviewPanel({ productId, languages }: { productId: string; languages?: readonly Lang[] }) {
  const { t } = useTranslation();
  const offered = LANGS.filter((l) => languages === undefined || languages.length === 0 || languages.includes(l));
  const [chosen, setLang] = useState<Lang>(offered[0] ?? 'en');
  const lang: Lang = offered.includes(chosen) ? chosen : (offered[0] ?? 'en');
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [sectionKey, setSectionKey] = useState<string | null>(null);
  // A finding about a section's own wording ("notice.sections.KEY[.LANG]"): that language and section.
  useFocusRequest('product', productId, (path) => {
    const section = noticeSectionOf(path);
    if (section === undefined) return;
    if (section.lang !== undefined && offered.includes(section.lang as Lang)) setLang(section.lang as Lang);
    setSectionKey(section.key);
  });
  const load = useCallback(() => {
    call('notice:preview', { productId, lang }).then(setPreview, (e: unknown) => notifyError(messageOf(e)));
  }, [productId, lang]);
  useEffect(() => {
    load();
    return onEvent('workspace:changed', load);
  }, [load]);

  const exportAs = (format: Format) =>
    call('notice:export', { productId, lang, format }).then(
      (path) => path && notifyDone(t('noticePreview.exported', { path })),
      (e: unknown) => notifyError(messageOf(e)),
    );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('noticePreview.language')}
          value={lang}
          onChange={(v) => setLang(v as Lang)}
          data={offered.map((l) => ({ value: l, label: t(`noticePreview.languages.${l}`) }))}
        />
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="xs" leftSection={<IconDownload size={14} />}>
              {t('noticePreview.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {FORMATS.map((f) => (
              <Menu.Item key={f} onClick={() => void exportAs(f)}>
                {t(`noticePreview.exportAs.${f}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {preview === null ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('noticePreview.loading')}</Text>
        </Group>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Paper withBorder className="notice-preview" aria-label={t('noticePreview.preview')} data-testid="notice-preview">
              <style>{EMBEDDED_NOTICE_CSS}</style>
              <div dangerouslySetInnerHTML={{ __html: preview.html }} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <UntranslatedLink productId={productId} lang={lang} />
              <PublishPanel productId={productId} lang={lang} publication={preview.publication} />
              <StaleOverrides preview={preview} onEdit={setSectionKey} onRevert={(key) => void revertOverride(productId, lang, key, t('noticePreview.reverted'))} />
              <OverrideEditor preview={preview} productId={productId} lang={lang} sectionKey={sectionKey} onSection={setSectionKey} />
              <Warnings preview={preview} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function Warnings({ preview }: { preview: NoticePreview }) {
  const { t } = useTranslation();
  if (preview.warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('noticePreview.warningsTitle', { count: preview.warnings.length })}>
      <Stack gap={4} mah={260} style={{ overflowY: 'auto' }}>
        {preview.warnings.map((w, i) => (
          <Text key={i} size="xs">
            {w.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function revertOverride(productId: string, lang: Lang, sectionKey: string, done: string): Promise<void> {
  return call('notice:revertOverride', { productId, lang, sectionKey }).then(
    () => notifyDone(done),
    (e: unknown) => notifyError(messageOf(e)),
  );
}

export function OverrideEditor({ preview, productId, lang, sectionKey: key, onSection: setKey }: { preview: NoticePreview; productId: string; lang: Lang; sectionKey: string | null; onSection: (key: string | null) => void }) {
  const { t } = useTranslation();
  const section = preview.sections.find((s) => s.key === key);
  const [text, setText] = useState('');
  useEffect(() => setText(section?.text ?? ''), [section?.key, section?.text]);
  const save = () =>
    call('notice:setOverride', { productId, lang, sectionKey: key ?? '', text }).then(
      () => notifyDone(t('noticePreview.saved')),
      (e: unknown) => notifyError(messageOf(e)),
    );
  const revert = () => revertOverride(productId, lang, key ?? '', t('noticePreview.reverted'));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('noticePreview.overrideTitle')}
        </Text>
        <Select
          label={t('noticePreview.section')}
          value={key}
          onChange={setKey}
          data={preview.sections.map((s) => ({
            value: s.key,
            label: `${s.number}. ${s.heading}${s.override ? ` — ${s.override.stale ? t('noticePreview.overriddenStale') : t('noticePreview.overridden')}` : ''}`,
          }))}
        />
        {section && (
          // Read-only (an auditor, a file opened read-only): the section can be chosen and read, not rewritten.
          <ReadOnlyFieldset>
            {section.override && <Badge color={section.override.stale ? 'orange' : 'blue'}>{section.override.stale ? t('noticePreview.overriddenStale') : t('noticePreview.overridden')}</Badge>}
            <ReadOnlyFieldset>
              <Textarea {...fp(`notice.sections.${section.key}.${lang}`)} label={t('noticePreview.text')} autosize minRows={6} maxRows={18} value={text} onChange={(e) => setText(e.currentTarget.value)} />
            </ReadOnlyFieldset>
            <Group gap="xs">
              <ReasonButton writes size="xs" onClick={() => void save()} reason={text.trim() === '' ? t('why.overrideEmpty') : undefined}>
                {t('noticePreview.saveOverride')}
              </ReasonButton>
              {section.override && (
                <ReasonButton writes size="xs" variant="default" leftSection={<IconRestore size={14} />} onClick={() => void revert()}>
                  {t('noticePreview.revert')}
                </ReasonButton>
              )}
            </Group>
          </ReadOnlyFieldset>
        )}
      </Stack>
    </Paper>
  );
}
