import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../shared/compliance';
import { useStore } from '../app/store';
import { findingView } from './finding-target';
import { requestFocus } from '../app/field-focus';

export const SEVERITY_COLOR: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'gray' };

/** Findings as rows: severity, record, message with its fix hint, article; a click opens the record (and the tab of the field). */
export function FindingsTable({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const { t } = useTranslation();
  const { navigate } = useStore();
  return (
    <Table verticalSpacing={4} highlightOnHover aria-label={label}>
      <Table.Tbody>
        {findings.map((f, i) => {
          const target = findingView(f);
          // Opens the record, then focuses and highlights the exact field (or the record's title).
          const go = target
            ? () => {
                navigate(target);
                requestFocus(f.target);
              }
            : undefined;
          return (
            <Table.Tr key={`${f.ruleId}-${f.target.entityId}-${f.target.field ?? ''}-${i}`} onClick={go} style={{ cursor: go ? 'pointer' : undefined }} data-rule={f.ruleId}>
              <Table.Td w={104} style={{ verticalAlign: 'top' }}>
                <Badge size="sm" variant="light" color={SEVERITY_COLOR[f.severity]}>
                  {t(`enums.severity.${f.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t('findings.where', { kind: t(`findings.kinds.${f.target.entityType}`), name: f.target.entityName })}
                </Text>
                {go ? (
                  <UnstyledButton onClick={(e) => (e.stopPropagation(), go())} aria-label={`${f.message} — ${t('findings.open', { name: f.target.entityName })}`} className="finding-link">
                    <Text size="sm">{f.message}</Text>
                  </UnstyledButton>
                ) : (
                  <Text size="sm">{f.message}</Text>
                )}
                <Text size="xs" c="dimmed">
                  {f.hint}
                </Text>
              </Table.Td>
              <Table.Td w={110} style={{ verticalAlign: 'top' }}>
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
