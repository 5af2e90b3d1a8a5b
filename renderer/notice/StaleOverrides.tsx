import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import type { NoticePreview } from '../../shared/ipc';
import { fp } from '../app/field-focus';

/** Own section texts whose generated text changed since: each with the text the records give now, to edit or revert. */
export function StaleOverrides({ preview, onEdit, onRevert }: { preview: NoticePreview; onEdit: (sectionKey: string) => void; onRevert: (sectionKey: string) => void }) {
  const { t } = useTranslation();
  if (preview.staleOverrides.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={16} />} title={t('noticePreview.staleTitle')} data-testid="stale-overrides">
      <Stack gap="md">
        {preview.staleOverrides.map((s) => {
          const heading = s.heading ?? s.sectionKey;
          // A finding about this override lands on its first action.
          const path = fp(`notice.sections.${s.sectionKey}.${s.lang}`);
          return (
            <Stack key={`${s.lang}-${s.sectionKey}`} gap={6}>
              <Text size="sm">{s.reason === 'changed' ? t('noticePreview.staleBody', { heading }) : t('noticePreview.removedBody', { heading })}</Text>
              {s.generatedNow !== undefined && (
                <Paper p="xs" radius="sm" withBorder aria-label={`${t('noticePreview.generatedNow')}: ${heading}`} data-testid="stale-generated-now">
                  <Text size="xs" fw={600} c="dimmed" mb={2}>
                    {t('noticePreview.generatedNow')}
                  </Text>
                  <Text size="xs" style={{ whiteSpace: 'pre-wrap', maxHeight: 180, overflowY: 'auto' }}>
                    {s.generatedNow}
                  </Text>
                </Paper>
              )}
              <Group gap="xs">
                {s.reason === 'changed' && (
                  <ReasonButton {...path} writes size="compact-xs" variant="light" color="orange" leftSection={<IconPencil size={12} />} onClick={() => onEdit(s.sectionKey)} aria-label={`${t('noticePreview.edit')}: ${heading}`}>
                    {t('noticePreview.edit')}
                  </ReasonButton>
                )}
                <ReasonButton {...(s.reason === 'changed' ? {} : path)} writes size="compact-xs" variant="default" leftSection={<IconRestore size={12} />} onClick={() => onRevert(s.sectionKey)} aria-label={`${t('noticePreview.revert')}: ${heading}`}>
                  {t('noticePreview.revert')}
                </ReasonButton>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
