import { Alert, Button, Code, Menu, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { NoticePublicationInfo } from '../../shared/ipc';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { ReasonButton } from '../app/Reasoned';
import { fp } from '../app/field-focus';

/** Whether the notice is published and current, what changed since the last version, and the button that publishes the next one. */
export function PublishPanel({ productId, lang, publication }: { productId: string; lang: 'en' | 'de' | 'fr'; publication: NoticePublicationInfo | undefined }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (publication === undefined) return null;
  const publish = () => {
    setBusy(true);
    call('notice:publish', { productId })
      .then(
        (p) => notifyDone(t('noticePublish.done', { version: p.version })),
        (e: unknown) => notifyError(messageOf(e)),
      )
      .finally(() => setBusy(false));
  };
  const when = publication.publishedAt?.slice(0, 10) ?? '';
  const facts = { version: publication.version ?? 0, date: when, by: publication.publishedBy ?? '' };
  const color = publication.state === 'current' ? 'green' : publication.state === 'changed' ? 'orange' : 'gray';
  const title =
    publication.state === 'current'
      ? t('noticePublish.current', facts)
      : publication.state === 'changed'
        ? t('noticePublish.changed', facts)
        : t('noticePublish.unpublished');
  return (
    <Alert color={color} variant="light" title={title} data-testid="notice-publication">
      <Stack gap="xs">
        {publication.state === 'changed' && publication.diff !== undefined && (
          <>
            <Text size="xs">{t('noticePublish.diffIntro')}</Text>
            <Code block mah={260} style={{ overflowY: 'auto', whiteSpace: 'pre-wrap' }} aria-label={t('noticePublish.diffLabel')}>
              {publication.diff}
            </Code>
            {publication.changeNoticeDays !== undefined && publication.changeNoticeDays > 0 && <Text size="xs">{t('noticePublish.period', { days: publication.changeNoticeDays })}</Text>}
          </>
        )}
        <PublishedVersions productId={productId} lang={lang} publication={publication} />
        {publication.state !== 'current' && (
          <ReasonButton {...fp('notice')} writes size="xs" leftSection={<IconSend size={14} />} loading={busy} onClick={publish} style={{ alignSelf: 'flex-start' }}>
            {publication.state === 'unpublished' ? t('noticePublish.publishFirst') : t('noticePublish.publishNext', { version: (publication.version ?? 0) + 1 })}
          </ReasonButton>
        )}
      </Stack>
    </Alert>
  );
}

const FORMATS = ['docx', 'html', 'md', 'txt'] as const;

/** Every published version, each exportable as it was frozen. */
function PublishedVersions({ productId, lang, publication }: { productId: string; lang: 'en' | 'de' | 'fr'; publication: NoticePublicationInfo }) {
  const { t } = useTranslation();
  const versions = publication.versions ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  if (versions.length === 0) return null;
  const version = Number(chosen ?? String(versions[versions.length - 1]?.version ?? 1));
  const languages = versions.find((v) => v.version === version)?.languages ?? [];
  const exportAs = (format: (typeof FORMATS)[number]) =>
    call('notice:exportPublished', { productId, lang, version, format }).then(
      (path) => path && notifyDone(t('noticePreview.exported', { path })),
      (e: unknown) => notifyError(messageOf(e)),
    );
  return (
    <Stack gap={6}>
      <Select
        size="xs"
        label={t('noticePublish.versions')}
        value={String(version)}
        allowDeselect={false}
        onChange={setChosen}
        data={[...versions].reverse().map((v) => ({ value: String(v.version), label: t('noticePublish.versionLabel', { version: v.version, date: v.publishedAt.slice(0, 10), by: v.publishedBy }) }))}
      />
      <Menu position="bottom-start">
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} disabled={!languages.includes(lang)} title={languages.includes(lang) ? undefined : t('why.notInLanguage')} style={{ alignSelf: 'flex-start' }}>
            {t('noticePublish.exportVersion')}
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
    </Stack>
  );
}
