import { Checkbox, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { ReasonButton } from '../../app/Reasoned';
import { EmptyList } from '../../forms/EmptyList';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Art9Condition, LegalBasis, ProcessingActivity, Purpose } from '../../../shared/model';
import { useMemo } from 'react';
import { art9Conditions, legalBases } from '../../../shared/reference';
import { useStore } from '../../app/store';
import { fp } from '../../app/field-focus';
import { RemovableItem, Section } from '../../forms/fields';
import { describedOption, help } from '../../forms/help';
import { useOptions } from '../../forms/options';
import { opt, removeAt, replaceAt, type TabProps } from '../../forms/useDraft';

/** Each purpose with its Art. 6 basis, the interest when legitimate interests, and an Art. 9 condition. */
export function PurposesTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  const o = useOptions();
  const { overview } = useStore();
  // The Art. 9 condition applies only where the activity has special-category data (or one is already recorded).
  const special = useMemo(() => new Set((overview?.taxonomies.dataCategories ?? []).filter((c) => c.special).map((c) => c.key)), [overview]);
  const hasSpecial = a.dataCategories.some((c) => special.has(c.category));
  const setAt = (i: number, patch: Partial<Purpose>, mode: 'typing' | 'now' = 'typing') =>
    update((d) => ({ ...d, purposes: replaceAt(d.purposes, i, (p) => ({ ...p, ...patch })) }), mode);
  const addPurpose = () => update((d) => ({ ...d, purposes: [...d.purposes, { description: '' }] }));
  return (
    <Section
      title={t('activity.tabs.purposes')}
      actions={
        a.purposes.length > 0 && (
          <ReasonButton {...fp('purposes')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addPurpose}>
            {t('activity.addPurpose')}
          </ReasonButton>
        )
      }
    >
      {problems.at('purposes') && (
        <Text size="sm" c="orange" mb="xs" role="note">
          {problems.at('purposes')}
        </Text>
      )}
      {a.purposes.length === 0 && <EmptyList testId="empty-purposes" text={t('emptyList.purposes')} action={{ label: t('activity.addPurpose'), onClick: addPurpose, fieldPath: 'purposes' }} />}
      <Stack gap="sm">
        {a.purposes.map((p, i) => (
          <RemovableItem key={i} index={i} testId={`purpose-${i}`} spacing="sm" onRemove={() => update((d) => ({ ...d, purposes: removeAt(d.purposes, i) }), 'now')}>
            <Text size="sm" fw={600} c="dimmed" mt={26} w={18}>
              {i + 1}
            </Text>
            <Stack gap="xs" style={{ flex: 1 }}>
              <Textarea
                {...fp(`purposes.${i}.description`)}
                label={t('activity.purpose')}
                withAsterisk
                minRows={1}
                value={p.description}
                onChange={(e) => setAt(i, { description: e.currentTarget.value })}
                error={problems.at(`purposes.${i}.description`)}
              />
              <Group grow align="flex-start">
                <Select
                  {...fp(`purposes.${i}.legalBasis`)}
                  label={t('activity.legalBasis')}
                  {...help(t, 'legalBasis')}
                  renderOption={BASIS_OPTION}
                  data={o.legalBasis}
                  clearable
                  value={p.legalBasis ?? null}
                  onChange={(v) => setAt(i, { legalBasis: (v ?? undefined) as LegalBasis | undefined }, 'now')}
                  error={problems.at(`purposes.${i}.legalBasis`)}
                />
                {(hasSpecial || p.art9Condition !== undefined) && (
                  <Select
                    {...fp(`purposes.${i}.art9Condition`)}
                    label={t('activity.art9')}
                    {...help(t, 'art9')}
                    renderOption={ART9_OPTION}
                    data={o.art9}
                    clearable
                    value={p.art9Condition ?? null}
                    onChange={(v) => setAt(i, { art9Condition: (v ?? undefined) as Art9Condition | undefined }, 'now')}
                    error={problems.at(`purposes.${i}.art9Condition`)}
                  />
                )}
              </Group>
              {p.legalBasis === 'legitimate_interests' && (
                <Textarea
                  {...fp(`purposes.${i}.legitimateInterest`)}
                  label={t('activity.legitimateInterest')}
                  {...help(t, 'legitimateInterest')}
                  minRows={1}
                  value={p.legitimateInterest ?? ''}
                  onChange={(e) => setAt(i, { legitimateInterest: opt(e.currentTarget.value) })}
                  error={problems.at(`purposes.${i}.legitimateInterest`)}
                />
              )}
              <Checkbox
                {...fp(`purposes.${i}.directMarketing`)}
                label={t('directMarketing.label')}
                description={t('directMarketing.help')}
                checked={p.directMarketing === true}
                onChange={(e) => setAt(i, { directMarketing: e.currentTarget.checked ? true : undefined }, 'now')}
                data-testid={`purpose-${i}-direct-marketing`}
              />
            </Stack>
          </RemovableItem>
        ))}
      </Stack>
    </Section>
  );
}

/** Each legal basis and Art. 9 condition with its one-line description in the picker. */
const BASIS_OPTION = describedOption(new Map(legalBases.map((b) => [b.key, b.description])));
const ART9_OPTION = describedOption(new Map(art9Conditions.map((c) => [c.key, c.description])));
