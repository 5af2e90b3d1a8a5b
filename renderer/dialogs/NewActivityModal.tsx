import { Button, Group, Modal, Radio, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import { type ProcessingActivity, blankActivity } from '../../shared/model';
import { ACTIVITY_TEMPLATES } from '../../shared/templates';
import { call, messageOf } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { newId } from './NewRecordModal';

const BLANK = '__blank';

/** New processing activity from a template (or blank): pick, confirm, and it opens. */
export function NewActivityModal() {
  const { t } = useTranslation();
  const { newActivity, closeNewActivity, overview, index, navigate, reload } = useStore();
  const [template, setTemplate] = useState<string>(ACTIVITY_TEMPLATES[0]?.key ?? BLANK);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  // Reset when the dialog opens, not on every reload of the register: a save elsewhere (or a
  // colleague's change) must not clear the name being typed. The first organisation is the
  // default only while none is chosen.
  useEffect(() => {
    if (!newActivity) return;
    setOrganisationId(newActivity.organisationId ?? null);
    setProductId(newActivity.productId ?? null);
    setName('');
  }, [newActivity]);
  const firstOrganisation = overview?.organisations[0]?.id ?? null;
  useEffect(() => {
    if (newActivity && organisationId === null && firstOrganisation !== null) setOrganisationId(firstOrganisation);
  }, [newActivity, organisationId, firstOrganisation]);

  const orgs = (overview?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
  const products = organisationId ? (index?.productsByOrg.get(organisationId) ?? []).map((p) => ({ value: p.id, label: p.name })) : [];

  const create = async () => {
    if (!organisationId) return;
    setBusy(true);
    try {
      let created: ProcessingActivity;
      if (template === BLANK) {
        created = await call('activity:save', {
          activity: blankActivity({ id: newId('act'), organisationId, productId: productId || undefined, name: name.trim() || t('newActivity.newName'), role: 'controller' }),
        });
      } else {
        created = await call('activity:createFromTemplate', {
          template,
          organisationId,
          ...(productId ? { productId } : {}),
          ...(name.trim() ? { name: name.trim() } : {}),
        });
      }
      await reload();
      closeNewActivity();
      notifyDone(t('newActivity.created', { name: created.name }));
      navigate({ kind: 'activity', id: created.id });
    } catch (e) {
      notifyError(messageOf(e), t('common.createFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={newActivity !== null} onClose={closeNewActivity} title={t('newActivity.title')} size="lg">
      {/* A form, so that Enter in the name field creates the activity. */}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (organisationId && !busy) void create();
        }}
      >
      <Stack gap="sm">
        <Group grow>
          <Select label={t('newActivity.organisation')} data={orgs} value={organisationId} allowDeselect={false} onChange={(v) => (setOrganisationId(v), setProductId(null))} />
          <Select label={t('newActivity.product')} data={products} clearable placeholder={t('activity.noProduct')} value={productId} onChange={setProductId} />
        </Group>
        <Radio.Group label={t('newActivity.template')} value={template} onChange={setTemplate}>
          <ScrollArea.Autosize mah={320} mt={6}>
            <Stack gap={4}>
              {ACTIVITY_TEMPLATES.map((tpl) => (
                <Radio.Card key={tpl.key} value={tpl.key} p="xs" radius="sm" className="template-card" aria-label={tpl.name}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator size="xs" mt={3} />
                    <div>
                      <Text size="sm" fw={500}>
                        {tpl.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {tpl.description}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
              <Radio.Card value={BLANK} p="xs" radius="sm" className="template-card" aria-label={t('newActivity.blank')}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator size="xs" mt={3} />
                  <div>
                    <Text size="sm" fw={500}>
                      {t('newActivity.blank')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('newActivity.blankDescription')}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            </Stack>
          </ScrollArea.Autosize>
        </Radio.Group>
        <TextInput label={t('newActivity.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
        <Group justify="flex-end">
          <Button variant="default" onClick={closeNewActivity}>
            {t('common.cancel')}
          </Button>
          <ReasonButton type="submit" loading={busy} reason={organisationId ? undefined : t('why.chooseOrganisation')}>
            {t('common.create')}
          </ReasonButton>
        </Group>
      </Stack>
      </form>
    </Modal>
  );
}
