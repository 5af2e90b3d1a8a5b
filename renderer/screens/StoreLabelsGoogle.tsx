import { Accordion, Badge, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCloudUpload, IconLock, IconShare, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreLabelsView } from '../../shared/ipc';
import type { GoogleTypeAnswer } from '../../shared/labels/types';
import { googleStore } from '../../shared/reference/store-labels';
import { Answer, Sources } from './StoreLabelsSources';

function byCategory(types: readonly GoogleTypeAnswer[]): { category: string; types: GoogleTypeAnswer[] }[] {
  return googleStore.categories.flatMap((c) => {
    const ts = types.filter((t) => t.question === c.question);
    return ts.length === 0 ? [] : [{ category: c.label, types: ts }];
  });
}

function Row({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <ThemeIcon variant="light" size="lg" radius="xl">
        {icon}
      </ThemeIcon>
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}

/** Google Play's Data safety section as the store shows it, then every answer with its records. */
export function GoogleLabelPreview({ view }: { view: StoreLabelsView }) {
  const { t } = useTranslation();
  const { labels } = view;
  const g = labels.google;
  const id = labels.productId;
  const yes = (b: boolean) => (b ? t('storeLabels.yes') : t('storeLabels.no'));
  const shared = byCategory(g.types.filter((x) => x.shared.value));
  const collected = byCategory(g.types);
  const names = (groups: ReturnType<typeof byCategory>) => groups.map((c) => `${c.category}: ${c.types.map((x) => x.label).join(', ')}`);
  const methods = g.accountCreation.value?.map((m) => googleStore.accountCreationMethods.find((x) => x.id === m)?.label ?? m).join(', ');
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" data-testid="google-preview">
        <Title order={3} mb="sm">
          {t('storeLabels.googleHeading')}
        </Title>
        <Stack gap="md">
          <Row icon={<IconShare size={18} />} title={shared.length === 0 ? t('storeLabels.googleSharedNone') : t('storeLabels.googleShared')}>
            {names(shared).map((n) => (
              <Text key={n} size="xs" c="dimmed">
                {n}
              </Text>
            ))}
          </Row>
          <Row icon={<IconCloudUpload size={18} />} title={collected.length === 0 ? t('storeLabels.googleCollectedNone') : t('storeLabels.googleCollected')}>
            {names(collected).map((n) => (
              <Text key={n} size="xs" c="dimmed">
                {n}
              </Text>
            ))}
          </Row>
          <Divider label={t('storeLabels.googleSecurity')} labelPosition="left" />
          <Row icon={<IconLock size={18} />} title={g.encryptedInTransit.value === true ? t('storeLabels.encrypted') : t('storeLabels.notEncrypted')}>
            <Text size="xs" c="dimmed">
              {g.encryptedInTransit.reason}
            </Text>
          </Row>
          <Row icon={<IconTrash size={18} />} title={g.deletion.value === 'DATA_DELETION_YES' ? t('storeLabels.deletable') : t('storeLabels.notDeletable')}>
            <Text size="xs" c="dimmed">
              {g.deletion.reason}
            </Text>
          </Row>
        </Stack>
      </Paper>
      <Stack gap="xs">
        <Title order={4}>{t('storeLabels.details')}</Title>
        <Answer label={t('storeLabels.encrypted')} value={g.encryptedInTransit.value === undefined ? t('storeLabels.notRecorded') : yes(g.encryptedInTransit.value)} answer={g.encryptedInTransit} productId={id} />
        <Answer label={t('storeLabels.deletable')} value={g.deletion.value === undefined ? t('storeLabels.notRecorded') : yes(g.deletion.value === 'DATA_DELETION_YES')} answer={g.deletion} productId={id} />
        <Answer label={t('storeLabels.accountCreation')} value={methods ?? t('storeLabels.notRecorded')} answer={g.accountCreation} productId={id} />
        <Accordion variant="separated" multiple>
          {g.types.map((x) => (
            <Accordion.Item key={x.id} value={x.id} data-testid={`google-type-${x.id}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text size="sm">
                    {x.category} › <b>{x.label}</b>
                  </Text>
                  <Group gap={4}>
                    <Badge size="xs" variant="light">
                      {t('storeLabels.collected')}
                    </Badge>
                    {x.shared.value && (
                      <Badge size="xs" color="orange">
                        {t('storeLabels.shared')}
                      </Badge>
                    )}
                    <Badge size="xs" variant="outline" color={x.required.value ? 'gray' : 'teal'}>
                      {x.required.value ? t('storeLabels.requiredYes') : t('storeLabels.requiredNo')}
                    </Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <Text size="xs" c="dimmed">
                    {x.categories.map((c) => c.label).join(', ')}
                  </Text>
                  <Sources refs={x.sources} productId={id} />
                  <Answer label={t('storeLabels.shared')} value={yes(x.shared.value)} answer={x.shared} productId={id} />
                  <Answer label={t('storeLabels.ephemeral')} value={yes(x.ephemeral.value)} answer={x.ephemeral} productId={id} />
                  <Answer label={t('storeLabels.required')} value={x.required.value ? t('storeLabels.requiredYes') : t('storeLabels.requiredNo')} answer={x.required} productId={id} />
                  {[
                    [t('storeLabels.collectedFor'), x.collectionPurposes],
                    [t('storeLabels.sharedFor'), x.sharingPurposes],
                  ].map(([title, list]) =>
                    typeof title === 'string' && Array.isArray(list) && list.length > 0 ? (
                      <Stack key={title} gap={2}>
                        <Text size="sm" fw={600}>
                          {title}:
                        </Text>
                        {list.map((p) => (
                          <Stack key={p.id} gap={0} pl="sm">
                            <Text size="sm">{p.label}</Text>
                            <Sources refs={p.sources} productId={id} />
                          </Stack>
                        ))}
                      </Stack>
                    ) : null,
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Stack>
  );
}
