import { Badge, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/store';

/** The workspace's data-category and data-subject taxonomies, with how often each is used. */
export function TaxonomiesScreen() {
  const { t } = useTranslation();
  const { overview } = useStore();
  const tax = overview?.taxonomies;
  const categories = useMemo(() => [...(tax?.dataCategories ?? [])].sort((a, b) => a.group.localeCompare(b.group) || a.label.localeCompare(b.label)), [tax]);
  return (
    <Stack gap="md" maw={1200}>
      <Title order={2}>{t('taxonomies.title')}</Title>
      <Tabs defaultValue="categories" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="categories">
            {t('taxonomies.categories')} ({tax?.dataCategories.length ?? 0})
          </Tabs.Tab>
          <Tabs.Tab value="subjects">
            {t('taxonomies.subjects')} ({tax?.dataSubjects.length ?? 0})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="categories" pt="sm">
          <Table striped verticalSpacing={4} aria-label={t('taxonomies.categories')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('taxonomies.label')}</Table.Th>
                <Table.Th>{t('taxonomies.group')}</Table.Th>
                <Table.Th>{t('common.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td>
                    <Text size="sm" fw={500} span>
                      {c.label}
                    </Text>{' '}
                    {c.special && (
                      <Badge size="xs" color="red" variant="light">
                        {t('taxonomies.special')}
                      </Badge>
                    )}
                    {c.criminal && (
                      <Badge size="xs" color="grape" variant="light">
                        {t('taxonomies.criminal')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`enums.group.${c.group}`)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {c.description ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
        <Tabs.Panel value="subjects" pt="sm">
          <Table striped verticalSpacing={4} aria-label={t('taxonomies.subjects')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('taxonomies.label')}</Table.Th>
                <Table.Th>{t('common.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(tax?.dataSubjects ?? []).map((s) => (
                <Table.Tr key={s.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {s.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {s.description ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
