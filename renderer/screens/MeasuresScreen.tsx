import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/store';

/** The security-measure catalogue of the workspace with the Art. 32(1) points each serves. */
export function MeasuresScreen() {
  const { t } = useTranslation();
  const { overview } = useStore();
  const measures = overview?.taxonomies.securityMeasures ?? [];
  return (
    <Stack gap="md" maw={1200}>
      <Title order={2}>{t('measures.title')}</Title>
      <Table striped verticalSpacing={4} aria-label={t('measures.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('taxonomies.label')}</Table.Th>
            <Table.Th w={140}>{t('measures.art32')}</Table.Th>
            <Table.Th>{t('common.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measures.map((m) => (
            <Table.Tr key={m.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {m.label}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {m.art32.map((p) => (
                    <Badge key={p} size="xs" variant="light">
                      ({p})
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {m.description ?? ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
