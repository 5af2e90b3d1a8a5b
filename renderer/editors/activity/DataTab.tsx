import { ReasonButton } from '../../app/Reasoned';
import { EmptyList } from '../../forms/EmptyList';
import { Badge, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategoryUse, DataSource, EndAction, ProcessingActivity, Requirement } from '../../../shared/model';
import { useStore } from '../../app/store';
import { fp } from '../../app/field-focus';
import { RemovableItem, Section } from '../../forms/fields';
import { help } from '../../forms/help';
import { useOptions } from '../../forms/options';
import { SearchableMultiSelect, SearchableSelect } from '../../forms/searchable';
import { opt, removeAt, replaceAt, type TabProps } from '../../forms/useDraft';

/** Data subjects and data categories, picked from the workspace taxonomies. */
export function DataTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  const o = useOptions();
  const { overview } = useStore();
  const taxonomy = overview?.taxonomies;
  const subjects = useMemo(() => (taxonomy?.dataSubjects ?? []).map((s) => ({ value: s.key, label: s.label })), [taxonomy]);
  const flags = useMemo(() => new Map((taxonomy?.dataCategories ?? []).map((c) => [c.key, c])), [taxonomy]);
  const categories = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const c of taxonomy?.dataCategories ?? []) {
      const group = t(`enums.group.${c.group}`);
      groups.set(group, [...(groups.get(group) ?? []), { value: c.key, label: c.label }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [taxonomy, t]);
  const setAt = (i: number, patch: Partial<DataCategoryUse>, mode: 'typing' | 'now' = 'typing') =>
    update((d) => ({ ...d, dataCategories: replaceAt(d.dataCategories, i, (c) => ({ ...c, ...patch })) }), mode);
  const add = () => update((d) => ({ ...d, dataCategories: [...d.dataCategories, { category: '', source: 'data_subject', requirement: 'necessary_for_service' }] }));
  return (
    <Stack gap="md">
      <Section title={t('activity.dataSubjects')} help={t('help.dataSubjects')}>
        <SearchableMultiSelect
          {...fp('dataSubjects')}
          aria-label={t('activity.dataSubjects')}
          data={subjects}
          placeholder={a.dataSubjects.length === 0 ? t('emptyList.dataSubjectsPlaceholder') : undefined}
          value={a.dataSubjects}
          onChange={(v) => update((d) => ({ ...d, dataSubjects: v }), 'now')}
          error={problems.at('dataSubjects')}
        />
      </Section>
      <Section
        title={t('activity.dataCategories')}
        actions={
          a.dataCategories.length > 0 && (
            <ReasonButton {...fp('dataCategories')} writes size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={add}>
              {t('activity.addCategory')}
            </ReasonButton>
          )
        }
      >
        {a.dataCategories.length === 0 && <EmptyList testId="empty-data-categories" text={t('emptyList.dataCategories')} action={{ label: t('activity.addCategory'), onClick: add, fieldPath: 'dataCategories' }} />}
        <Stack gap="xs">
          {a.dataCategories.map((c, i) => {
            const ref = flags.get(c.category);
            return (
              <RemovableItem key={i} index={i} testId={`category-${i}`} onRemove={() => update((d) => ({ ...d, dataCategories: removeAt(d.dataCategories, i) }), 'now')}>
                <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="xs" verticalSpacing={4} style={{ flex: 1 }}>
                  <SearchableSelect
                    {...fp(`dataCategories.${i}.category`)}
                    label={t('activity.category')}
                    data={categories}
                    value={c.category === '' ? null : c.category}
                    allowDeselect={false}
                    onChange={(v) => v && setAt(i, { category: v }, 'now')}
                    error={problems.at(`dataCategories.${i}.category`)}
                    rightSection={ref?.special ? <Badge size="xs" color="red" variant="light">Art. 9</Badge> : undefined}
                    rightSectionWidth={ref?.special ? 52 : undefined}
                    renderOption={({ option }) => {
                      const f = flags.get(option.value);
                      return (
                        <Group gap={6} wrap="nowrap">
                          <span>{option.label}</span>
                          {f?.special && <Badge size="xs" color="red" variant="light">{t('activity.special')}</Badge>}
                          {f?.criminal && <Badge size="xs" color="grape" variant="light">{t('activity.criminal')}</Badge>}
                        </Group>
                      );
                    }}
                  />
                  <TextInput {...fp(`dataCategories.${i}.detail`)} label={t('activity.detail')} {...help(t, 'detail')} value={c.detail ?? ''} onChange={(e) => setAt(i, { detail: opt(e.currentTarget.value) })} error={problems.at(`dataCategories.${i}.detail`)} />
                  <Select {...fp(`dataCategories.${i}.source`)} label={t('activity.source')} {...help(t, 'source')} data={o.source} value={c.source} allowDeselect={false} onChange={(v) => v && setAt(i, { source: v as DataSource }, 'now')} />
                  <Select {...fp(`dataCategories.${i}.requirement`)} label={t('activity.requirement')} {...help(t, 'requirement')} data={o.requirement} value={c.requirement} allowDeselect={false} onChange={(v) => v && setAt(i, { requirement: v as Requirement }, 'now')} />
                  <TextInput {...fp(`dataCategories.${i}.retention`)} label={t('activity.retention')} {...help(t, 'retention')} value={c.retention ?? ''} onChange={(e) => setAt(i, { retention: opt(e.currentTarget.value) })} error={problems.at(`dataCategories.${i}.retention`)} />
                  <NumberInput
                    {...fp(`dataCategories.${i}.retentionMonths`)}
                    label={t('activity.retentionMonths')}
                    {...help(t, 'retentionMonths')}
                    value={c.retentionMonths ?? ''}
                    min={0}
                    max={1200}
                    allowDecimal={false}
                    onChange={(v) => setAt(i, { retentionMonths: typeof v === 'number' ? v : undefined })}
                    error={problems.at(`dataCategories.${i}.retentionMonths`)}
                  />
                  <Select
                    {...fp(`dataCategories.${i}.endAction`)}
                    label={t('activity.endAction')}
                    {...help(t, 'endAction')}
                    data={o.endAction}
                    clearable
                    value={c.endAction ?? null}
                    onChange={(v) => setAt(i, { endAction: (v ?? undefined) as EndAction | undefined }, 'now')}
                  />
                  <TextInput {...fp(`dataCategories.${i}.noticeGroup`)} label={t('activity.noticeGroup')} {...help(t, 'noticeGroup')} value={c.noticeGroup ?? ''} onChange={(e) => setAt(i, { noticeGroup: opt(e.currentTarget.value) })} error={problems.at(`dataCategories.${i}.noticeGroup`)} />
                </SimpleGrid>
              </RemovableItem>
            );
          })}
        </Stack>
      </Section>
    </Stack>
  );
}
