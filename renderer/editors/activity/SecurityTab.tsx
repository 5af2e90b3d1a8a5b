import { Stack, TagsInput, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessingActivity } from '../../../shared/model';
import { useStore } from '../../app/store';
import { fp } from '../../app/field-focus';
import { Section } from '../../forms/fields';
import { help } from '../../forms/help';
import { SearchableMultiSelect } from '../../forms/searchable';
import { opt, type TabProps } from '../../forms/useDraft';

export function SecurityTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  const { overview } = useStore();
  const measures = useMemo(() => (overview?.taxonomies.securityMeasures ?? []).map((m) => ({ value: m.key, label: m.label })), [overview]);
  return (
    <Section title={t('activity.tabs.security')}>
      <Stack gap="xs">
        <SearchableMultiSelect
          {...fp('securityMeasures')}
          label={t('activity.measures')}
          {...help(t, 'measures')}
          data={measures}
          placeholder={a.securityMeasures.length === 0 ? t('emptyList.measuresPlaceholder') : undefined}
          value={a.securityMeasures}
          onChange={(v) => update((d) => ({ ...d, securityMeasures: v }), 'now')}
          error={problems.at('securityMeasures')}
        />
        <Textarea {...fp('securityNotes')} label={t('activity.securityNotes')} value={a.securityNotes ?? ''} onChange={(e) => update((d) => ({ ...d, securityNotes: opt(e.currentTarget.value) }))} error={problems.at('securityNotes')} />
      </Stack>
    </Section>
  );
}

export function SystemsTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  return (
    <Section title={t('activity.systems')}>
      <TagsInput
        {...fp('systems')}
        aria-label={t('activity.systems')}
        description={t('activity.systemsHint')}
        placeholder={a.systems.length === 0 ? t('emptyList.systemsPlaceholder') : undefined}
        value={a.systems}
        onChange={(v) => update((d) => ({ ...d, systems: v }), 'now')}
        error={problems.at('systems') ?? problems.all.find((p) => p.path.startsWith('systems.'))?.message}
      />
    </Section>
  );
}
