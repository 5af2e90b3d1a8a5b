import { Button, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActivityRole, Party, ProcessingActivity } from '../../../shared/model';
import { useStore } from '../../app/store';
import { fp } from '../../app/field-focus';
import { CountrySelect, Fields, RemovableItem, Section } from '../../forms/fields';
import { help } from '../../forms/help';
import { useOptions } from '../../forms/options';
import type { Problems } from '../../forms/problems';
import { opt, removeAt, replaceAt, type TabProps } from '../../forms/useDraft';

export function GeneralTab({ value: a, update, problems }: TabProps<ProcessingActivity>) {
  const { t } = useTranslation();
  const o = useOptions();
  const { index } = useStore();
  const set = (patch: Partial<ProcessingActivity>, mode: 'typing' | 'now' = 'typing') => update((d) => ({ ...d, ...patch }), mode);
  const products = (index?.productsByOrg.get(a.organisationId) ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Stack gap="md">
      <Section title={t('activity.tabs.general')}>
        <Fields>
          <TextInput {...fp('name')} label={t('activity.name')} withAsterisk value={a.name} onChange={(e) => set({ name: e.currentTarget.value })} error={problems.at('name')} />
          <Select
            {...fp('productId')}
            label={t('activity.product')}
            data={products}
            clearable
            placeholder={t('activity.noProduct')}
            value={a.productId ?? null}
            onChange={(v) => set({ productId: v ?? undefined }, 'now')}
          />
          <Select {...fp('role')} label={t('activity.role')} {...help(t, 'role')} data={o.role} value={a.role} allowDeselect={false} onChange={(v) => v && set({ role: v as ActivityRole }, 'now')} />
          <TextInput {...fp('owner')} label={t('activity.owner')} value={a.owner ?? ''} onChange={(e) => set({ owner: opt(e.currentTarget.value) })} error={problems.at('owner')} />
        </Fields>
        <ReviewFacts activity={a} />
        <Textarea {...fp('description')} mt="xs" label={t('common.description')} value={a.description ?? ''} onChange={(e) => set({ description: opt(e.currentTarget.value) })} error={problems.at('description')} />
      </Section>
      {(a.role === 'processor' || a.controllers.length > 0) && (
        <Parties
          title={t('activity.controllers')}
          addLabel={t('activity.addController')}
          path="controllers"
          help={t('help.controllers')}
          parties={a.controllers}
          problems={problems}
          onChange={(controllers, mode) => set({ controllers }, mode)}
        />
      )}
      <Parties
        title={t('activity.jointControllers')}
        addLabel={t('activity.addJointController')}
        path="jointControllers"
        help={t('help.jointControllers')}
        parties={a.jointControllers}
        problems={problems}
        withArrangement
        onChange={(jointControllers, mode) => set({ jointControllers }, mode)}
      />
    </Stack>
  );
}

function Parties(props: {
  title: string;
  help?: string;
  addLabel: string;
  path: string;
  parties: Party[];
  problems: Problems;
  withArrangement?: boolean;
  onChange(next: Party[], mode?: 'typing' | 'now'): void;
}) {
  const { t } = useTranslation();
  const { parties, problems, path, onChange } = props;
  const setAt = (i: number, patch: Partial<Party>, mode: 'typing' | 'now' = 'typing') => onChange(replaceAt(parties, i, (p) => ({ ...p, ...patch })), mode);
  return (
    <Section
      title={props.title}
      {...(props.help ? { help: props.help } : {})}
      actions={
        <Button {...fp(path)} size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => onChange([...parties, { name: '' }])}>
          {props.addLabel}
        </Button>
      }
    >
      {problems.at(path) && (
        <Text size="sm" c="orange" mb="xs" role="note">
          {problems.at(path)}
        </Text>
      )}
      <Stack gap="xs">
        {parties.map((p, i) => (
          <RemovableItem key={i} index={i} onRemove={() => onChange(removeAt(parties, i), 'now')}>
            <div style={{ flex: 1 }}>
              <Fields cols={3}>
                <TextInput {...fp(`${path}.${i}.name`)} label={t('activity.partyName')} value={p.name} onChange={(e) => setAt(i, { name: e.currentTarget.value })} error={problems.at(`${path}.${i}.name`)} />
                <TextInput {...fp(`${path}.${i}.contact`)} label={t('activity.partyContact')} value={p.contact ?? ''} onChange={(e) => setAt(i, { contact: opt(e.currentTarget.value) })} error={problems.at(`${path}.${i}.contact`)} />
                <CountrySelect {...fp(`${path}.${i}.country`)} label={t('common.country')} value={p.country} onChange={(v) => setAt(i, { country: v }, 'now')} />
              </Fields>
              {props.withArrangement && (
                <Textarea {...fp(`${path}.${i}.arrangement`)} mt="xs" label={t('activity.arrangement')} value={p.arrangement ?? ''} onChange={(e) => setAt(i, { arrangement: opt(e.currentTarget.value) })} />
              )}
            </div>
          </RemovableItem>
        ))}
      </Stack>
    </Section>
  );
}

/** Status, reviewer and review dates: read-only here, set only by the review actions. */
function ReviewFacts({ activity: a }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  const facts: [string, string, string][] = [
    ['status', t('review.statusLabel'), t(`enums.status.${a.status}`)],
    ['reviewer', t('activity.reviewer'), a.reviewer ?? t('common.none')],
    ['lastReviewed', t('activity.lastReviewed'), a.lastReviewed ?? t('common.none')],
    ['nextReviewDue', t('activity.nextReviewDue'), a.nextReviewDue ?? t('common.none')],
  ];
  return (
    <div className="review-facts" data-testid="review-facts">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mt="sm">
        {/* Read-only facts a finding can point at (review overdue): focusable, named by their label. */}
        {facts.map(([key, label, value]) => (
          <div key={key} {...fp(key)} tabIndex={-1} role="group" aria-label={label} data-flash-box>
            <Text size="sm" fw={500}>
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={4}>
        {t('review.setByReview')}
      </Text>
    </div>
  );
}
