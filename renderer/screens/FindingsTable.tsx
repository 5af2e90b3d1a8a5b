import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../shared/compliance';
import { useStore } from '../app/store';

const COLOR: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'gray' };

/** Findings as rows: severity, message with its fix hint, article; a click opens the record it points at. */
export function FindingsTable({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const { t } = useTranslation();
  const { navigate } = useStore();
  return (
    <Table verticalSpacing={4} highlightOnHover aria-label={label}>
      <Table.Tbody>
        {findings.map((f, i) => {
          const kind = f.target.entityType;
          const go = kind === 'activity' || kind === 'product' || kind === 'organisation' || kind === 'vendor' ? () => navigate({ kind, id: f.target.entityId }) : undefined;
          return (
            <Table.Tr key={i} onClick={go} style={{ cursor: go ? 'pointer' : undefined }}>
              <Table.Td w={104}>
                <Badge size="sm" variant="light" color={COLOR[f.severity]}>
                  {t(`enums.severity.${f.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{f.message}</Text>
                <Text size="xs" c="dimmed">
                  {f.hint}
                </Text>
              </Table.Td>
              <Table.Td w={110}>
                <Text size="xs" c="dimmed">
                  {f.article}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
