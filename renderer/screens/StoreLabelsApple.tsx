import { Accordion, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconLinkOff, IconUserSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreLabelsView } from '../../shared/ipc';
import { type AppleSection, appleSections } from '../../shared/labels/apple-json';
import { Answer, Sources } from './StoreLabelsSources';

const ICONS: Record<AppleSection, ReactNode> = {
  track: <IconUserSearch size={22} />,
  linked: <IconLink size={22} />,
  not_linked: <IconLinkOff size={22} />,
};

/** The App Store's App Privacy section as the store shows it, then every answer with its records. */
export function AppleLabelPreview({ view }: { view: StoreLabelsView }) {
  const { t } = useTranslation();
  const { labels } = view;
  const id = labels.productId;
  const yes = (b: boolean) => (b ? t('storeLabels.yes') : t('storeLabels.no'));
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" data-testid="apple-preview">
        <Title order={3} mb="sm">
          {t('storeLabels.appleHeading')}
        </Title>
        {labels.apple.types.length === 0 ? (
          <Paper withBorder p="md" radius="md">
            <Text fw={700}>{t('storeLabels.appleNotCollected')}</Text>
            <Text size="sm">{t('storeLabels.appleNotCollectedBody')}</Text>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {appleSections(labels.apple).map((s) => (
              <Paper key={s.section} withBorder p="md" radius="md" data-testid={`apple-section-${s.section}`}>
                <Stack gap={6} align="center">
                  {ICONS[s.section]}
                  <Text fw={700} ta="center">
                    {t(`storeLabels.sections.${s.section}`)}
                  </Text>
                  <Text size="xs" c="dimmed" ta="center">
                    {t(`storeLabels.sectionHints.${s.section}`)}
                  </Text>
                  <Stack gap={2} mt={4} w="100%">
                    {s.groups.map((g) => (
                      <Text key={g.group} size="sm" ta="center" title={g.types.map((x) => x.label).join(', ')}>
                        {g.group}
                      </Text>
                    ))}
                  </Stack>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Paper>
      {labels.apple.types.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('storeLabels.details')}</Title>
          <Answer label={t('storeLabels.tracking')} value={yes(labels.apple.tracking.value)} answer={labels.apple.tracking} productId={id} />
          <Accordion variant="separated" multiple>
            {labels.apple.types.map((a) => (
              <Accordion.Item key={a.id} value={a.id} data-testid={`apple-type-${a.id}`}>
                <Accordion.Control>
                  <Group justify="space-between" wrap="nowrap" pr="sm">
                    <Text size="sm">
                      {a.group} › <b>{a.label}</b>
                    </Text>
                    <Group gap={4}>
                      {a.purposes.map((p) => (
                        <Badge key={p.id} size="xs" variant="light">
                          {p.label}
                        </Badge>
                      ))}
                      {a.tracking.value && (
                        <Badge size="xs" color="red">
                          {t('storeLabels.sections.track')}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    <Text size="xs" c="dimmed">
                      {a.categories.map((c) => c.label).join(', ')}
                    </Text>
                    <Sources refs={a.sources} productId={id} />
                    <Stack gap={4}>
                      <Text size="sm" fw={600}>
                        {t('storeLabels.purposes')}:
                      </Text>
                      {a.purposes.map((p) => (
                        <Stack key={p.id} gap={0} pl="sm">
                          <Text size="sm">{p.label}</Text>
                          <Sources refs={p.sources} productId={id} />
                        </Stack>
                      ))}
                    </Stack>
                    <Answer label={t('storeLabels.linked')} value={yes(a.linked.value)} answer={a.linked} productId={id} />
                    <Answer label={t('storeLabels.tracking')} value={yes(a.tracking.value)} answer={a.tracking} productId={id} />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </Stack>
  );
}
