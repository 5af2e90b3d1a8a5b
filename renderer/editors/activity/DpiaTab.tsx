import { Checkbox, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DpiaStatus, ProcessingActivity } from '../../../shared/model';
import { DateField, Fields, Section } from '../../forms/fields';
import { useOptions } from '../../forms/options';
import { opt, type TabProps } from '../../forms/useDraft';
import { fp } from '../../app/field-focus';

type Dpia = ProcessingActivity['dpia'];
type Automated = ProcessingActivity['automatedDecisions'];

export function DpiaTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  const o = useOptions();
  const dpia = (patch: Partial<Dpia>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, dpia: { ...d.dpia, ...patch } }), mode);
  const auto = (patch: Partial<Automated>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, automatedDecisions: { ...d.automatedDecisions, ...patch } }), mode);
  return (
    <Stack gap="md">
      <Section title={t('activity.dpiaTitle')}>
        <Fields>
          <Select {...fp('dpia.status')} label={t('activity.dpiaStatus')} data={o.dpiaStatus} value={a.dpia.status} allowDeselect={false} onChange={(v) => v && dpia({ status: v as DpiaStatus }, 'now')} />
          <DateField {...fp('dpia.date')} label={t('activity.dpiaDate')} value={a.dpia.date} onChange={(v) => dpia({ date: v }, 'now')} error={problems.at('dpia.date')} />
          <TextInput {...fp('dpia.link')} label={t('activity.dpiaLink')} value={a.dpia.link ?? ''} onChange={(e) => dpia({ link: opt(e.currentTarget.value) })} error={problems.at('dpia.link')} />
        </Fields>
        <Textarea {...fp('dpia.reason')} mt="xs" label={t('activity.dpiaReason')} value={a.dpia.reason ?? ''} onChange={(e) => dpia({ reason: opt(e.currentTarget.value) })} error={problems.at('dpia.reason')} />
      </Section>
      <Section title={t('activity.automated')}>
        <Stack gap="xs">
          <Checkbox {...fp('automatedDecisions.exists')} label={t('activity.automated')} checked={a.automatedDecisions.exists} onChange={(e) => auto({ exists: e.currentTarget.checked }, 'now')} />
          <Checkbox {...fp('automatedDecisions.profiling')} label={t('activity.profiling')} checked={a.automatedDecisions.profiling ?? false} onChange={(e) => auto({ profiling: e.currentTarget.checked }, 'now')} />
          {(a.automatedDecisions.exists || a.automatedDecisions.logic !== undefined) && (
            <>
              <Textarea {...fp('automatedDecisions.logic')} label={t('activity.logic')} value={a.automatedDecisions.logic ?? ''} onChange={(e) => auto({ logic: opt(e.currentTarget.value) })} error={problems.at('automatedDecisions.logic')} />
              <Textarea
                {...fp('automatedDecisions.significance')}
                label={t('activity.significance')}
                value={a.automatedDecisions.significance ?? ''}
                onChange={(e) => auto({ significance: opt(e.currentTarget.value) })}
                error={problems.at('automatedDecisions.significance')}
              />
            </>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
