import { Alert, Button, Group, Modal, Radio, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../shared/compliance/diff-labels';
import { fieldValueInWords } from '../../shared/compliance/diff-words';
import { useStore } from '../app/store';
import { namesFrom } from '../screens/ChangeLogScreen';
import { type ConflictRequest, differingFields, merge, onConflict } from './conflict-resolve';

/** Both versions of a record field by field: keep mine, take theirs, or choose per field. */
export function ConflictDialogHost() {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ConflictRequest | null>(null);
  const [keepMine, setKeepMine] = useState<Set<string>>(new Set());
  const { overview } = useStore();

  useEffect(
    () =>
      onConflict((r) => {
        setKeepMine(new Set(r.conflict.theirs ? differingFields(r.mine, r.conflict.theirs as Record<string, unknown>) : []));
        setRequest(r);
      }),
    [],
  );
  if (request === null) return null;
  const { conflict, mine } = request;
  const when = conflict.changedAt.replace('T', ' ').slice(0, 16);
  const done = (f: () => void) => {
    f();
    setRequest(null);
  };
  const theirs = conflict.theirs as Record<string, unknown> | undefined;

  if (theirs === undefined) {
    return (
      <Modal opened onClose={() => undefined} withCloseButton={false} title={t('server.deletedTitle')} size="lg">
        <Stack>
          <Text size="sm">{t('server.deletedBody', { who: conflict.changedBy, name: conflict.name, when })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => done(() => request.resolve({ take: 'theirs', record: undefined }))}>
              {t('server.letGo')}
            </Button>
            <Button onClick={() => done(() => request.resolve({ take: 'mine', record: withoutVersion(mine) }))}>{t('server.saveAgain')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  const fields = differingFields(mine, theirs);
  const based = (r: Record<string, unknown>) => ({ ...r, updatedAt: theirs.updatedAt });
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} title={t('server.conflictTitle')} size="xl" data-testid="conflict-dialog">
      <Stack>
        <Alert color="orange" variant="light">
          {t('server.conflictBody', { who: conflict.changedBy, name: conflict.name, when })}
        </Alert>
        <ScrollArea.Autosize mah="55vh">
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('server.field')}</Table.Th>
                <Table.Th>{t('server.mine')}</Table.Th>
                <Table.Th>{t('server.theirs')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f) => (
                <Table.Tr key={f}>
                  <Table.Td fw={600}>{fieldLabel(f)}</Table.Td>
                  {(['mine', 'theirs'] as const).map((side) => (
                    <Table.Td key={side}>
                      <Radio
                        name={`conflict-${f}`}
                        checked={keepMine.has(f) === (side === 'mine')}
                        onChange={() =>
                          setKeepMine((k) => {
                            const next = new Set(k);
                            if (side === 'mine') next.add(f);
                            else next.delete(f);
                            return next;
                          })
                        }
                        label={fieldValueInWords(f, side === 'mine' ? mine[f] : theirs[f], namesFrom(overview))}
                        aria-label={`${fieldLabel(f)}: ${t(side === 'mine' ? 'server.mine' : 'server.theirs')}`}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => done(() => request.resolve({ take: 'theirs', record: theirs }))}>
            {t('server.takeTheirs')}
          </Button>
          <Button variant="default" onClick={() => done(() => request.resolve({ take: 'mine', record: based(merge(mine, theirs, new Set(fields))) }))}>
            {t('server.keepMine')}
          </Button>
          <Button onClick={() => done(() => request.resolve({ take: 'merged', record: based(merge(mine, theirs, keepMine)) }))}>{t('server.useChoices')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function withoutVersion(r: Record<string, unknown>): Record<string, unknown> {
  const { updatedAt: _u, ...rest } = r;
  return rest;
}
