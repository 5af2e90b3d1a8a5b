import { Badge, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProcessingActivity } from '../../../shared/model';
import { call, messageOf } from '../../api';
import { useStore } from '../../app/store';
import { DeleteButton } from '../../dialogs/ConfirmDelete';
import { EditorHeader } from '../../forms/EditorHeader';
import { useDraft, type TabProps } from '../../forms/useDraft';
import { DataTab } from './DataTab';
import { DpiaTab } from './DpiaTab';
import { GeneralTab } from './GeneralTab';
import { activityHints } from './hints';
import { PurposesTab } from './PurposesTab';
import { ApprovedLock, ReviewActions, ReviewLine } from './ReviewActions';
import { ReadOnlyFieldset, ReadOnlyNotice, useReadOnly } from '../../app/ReadOnly';
import { RecipientsTab } from './RecipientsTab';
import { SecurityTab, SystemsTab } from './SecurityTab';
import { ACTIVITY_TABS, tabOf, type ActivityTab } from './tabs';
import { recordScope, useFocusRequest } from '../../app/field-focus';

const save = (activity: ProcessingActivity) => call('activity:save', { activity });

/** Loads the activity (again after every change to the workspace) and edits it. */
export function ActivityEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const { revision } = useStore();
  const [record, setRecord] = useState<ProcessingActivity | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('activity:get', { id }).then(
      (a) => live && setRecord(a),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [id, revision]);
  if (error) return <Text c="red">{error}</Text>;
  if (record === undefined)
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  if (record === null) return <Text c="dimmed">{t('activity.notFound')}</Text>;
  return <ActivityForm record={record} />;
}

const TABS = ACTIVITY_TABS;
type Tab = ActivityTab;
let lastTab: Tab = 'general';

function ActivityForm({ record }: { record: ProcessingActivity }) {
  const { t } = useTranslation();
  const { resetToken, index, overview, navigate, view } = useStore();
  const special = useMemo(() => new Set((overview?.taxonomies.dataCategories ?? []).filter((c) => c.special).map((c) => c.key)), [overview]);
  const vendors = index?.vendors;
  const hints = useCallback((a: ProcessingActivity) => activityHints(a, special, vendors ?? new Map(), t), [special, vendors, t]);
  const { draft, update, problems } = useDraft(record, { kind: 'activity', schema: ProcessingActivity, save, hints, resetToken });
  const [tab, setTab] = useState<Tab>(view.kind === 'activity' && view.tab ? view.tab : lastTab);
  // A finding opened for a field of this activity shows the tab that edits it.
  const wanted = view.kind === 'activity' ? view.tab : undefined;
  useEffect(() => {
    if (wanted) {
      lastTab = wanted;
      setTab(wanted);
    }
  }, [wanted, view]);
  // A finding's field: show the tab that edits it (the field is then focused and highlighted).
  useFocusRequest('activity', record.id, (path) => {
    if (path === undefined) return;
    lastTab = tabOf(path);
    setTab(lastTab);
  });
  const org = index?.organisations.get(draft.organisationId);
  const product = draft.productId ? index?.products.get(draft.productId) : undefined;
  const props: TabProps<ProcessingActivity> = { value: draft, update, problems };
  // An approved activity's fields are locked (the tabs stay usable) until it is reopened with a reason.
  const locked = draft.status === 'approved';
  const { readOnly } = useReadOnly();
  const count = (prefix: string) => problems.all.filter((p) => tabOf(p.path) === prefix).length;
  return (
    <Stack gap="md" maw={1200} {...recordScope('activity', record.id)}>
      <EditorHeader
        kind={t('search.kind.activity')}
        title={draft.name}
        context={[org?.name, product?.name].filter(Boolean).join(' › ')}
        subtitle={<ReviewLine activity={draft} />}
        problems={problems}
        actions={
          <>
            <Badge variant="light" color={draft.status === 'approved' ? 'teal' : draft.status === 'in_review' ? 'blue' : 'gray'} data-testid="activity-status">
              {t(`enums.status.${draft.status}`)}
            </Badge>
            <ReadOnlyFieldset>
              <Group gap="xs" wrap="nowrap">
                <ReviewActions activity={draft} />
                <DeleteButton
                  kind="activity"
                  id={draft.id}
                  name={draft.name}
                  label={t('activity.delete')}
                  onDeleted={() => navigate(draft.productId ? { kind: 'product', id: draft.productId } : { kind: 'organisation', id: draft.organisationId })}
                />
              </Group>
            </ReadOnlyFieldset>
          </>
        }
      />
      <ReadOnlyNotice />
      {draft.status === 'approved' && !readOnly && <ApprovedLock activity={draft} />}
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = (TABS as readonly string[]).includes(v ?? '') ? (v as Tab) : 'general';
          lastTab = next;
          setTab(next);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} rightSection={count(key) > 0 ? <Badge size="xs" color="orange" circle>{count(key)}</Badge> : null}>
              {t(`activity.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="general" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <GeneralTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="purposes" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <PurposesTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <DataTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="recipients" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <RecipientsTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <SecurityTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="dpia" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <DpiaTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="systems" pt="md">
          <ReadOnlyFieldset locked={locked}>
            <SystemsTab {...props} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
