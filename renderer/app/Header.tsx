import { ActionIcon, Badge, Burger, Group, Kbd, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconAlertTriangle, IconArrowBackUp, IconArrowForwardUp, IconCheck, IconDownload, IconLock, IconSearch, IconServer } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { onEvent } from '../api';
import { useTranslation } from 'react-i18next';
import { openExportDialog } from '../dialogs/ExportDialog';
import { useSaveStatus } from './status';
import { ReasonActionIcon } from './Reasoned';
import { useStore } from './store';
import { call, messageOf } from '../api';
import { notifyError } from './notify';
import { ThemeSwitch } from './ThemeSwitch';
import { SpellcheckSetting } from './SpellcheckSetting';
import { RestoreBackupDialog } from '../dialogs/RestoreBackupDialog';

export function Header({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const { overview, unreadable, history, undo, redo, sample } = useStore();
  const openAnyway = async () => {
    if (!window.confirm(t('app.openAnywayConfirm'))) return;
    try {
      await call('workspace:openAnyway', {});
    } catch (e) {
      notifyError(messageOf(e));
    }
  };
  const state = overview?.state ?? unreadable ?? undefined;
  const [restoring, setRestoring] = useState(false);
  const undoLabel = history.undoLabel ? t('app.undoWhat', { label: history.undoLabel }) : t('app.nothingToUndo');
  const redoLabel = history.redoLabel ? t('app.redoWhat', { label: history.redoLabel }) : t('app.nothingToRedo');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={onToggleNav} size="sm" aria-label={t('app.toggleNav')} />
        <Title order={1} fz="md" fw={700} style={{ whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Title>
        {/* A team workspace's name is its server, which the badge says already, beside the login. */}
        {state && state.connectedAs === undefined && (
          <Text size="sm" c="dimmed" data-testid="workspace-name" truncate>
            {state.name}
          </Text>
        )}
        {state?.connectedAs !== undefined && <ServerBadge who={state.connectedAs} />}
        {sample && (
          <Badge color="grape" variant="light" data-testid="sample-badge" style={{ flexShrink: 0 }}>
            {t('welcome.sampleBadge')}
          </Badge>
        )}
        {state?.readOnly && (
          <Tooltip label={state.readOnlyReason ?? t('app.readOnly')} multiline w={320}>
            <Badge color="orange" variant="light" style={{ flexShrink: 0 }} leftSection={<IconLock size={12} />} aria-label={`${t('app.readOnly')}: ${state.readOnlyReason ?? ''}`}>
              {t('app.readOnly')}
            </Badge>
          </Tooltip>
        )}
        {state?.damaged && (
          <UnstyledButton onClick={() => setRestoring(true)} aria-label={t('restore.button')} data-testid="restore-backup">
            <Badge color="red" variant="outline">
              {t('restore.button')}
            </Badge>
          </UnstyledButton>
        )}
        <RestoreBackupDialog opened={restoring} onClose={() => setRestoring(false)} />
        {state?.lockUnverified && (
          <Tooltip label={t('app.openAnywayHint')} multiline w={320}>
            <UnstyledButton onClick={() => void openAnyway()} aria-label={t('app.openAnyway')}>
              <Badge color="red" variant="outline">
                {t('app.openAnyway')}
              </Badge>
            </UnstyledButton>
          </Tooltip>
        )}
      </Group>
      {/* The save message gives way (its min-width keeps the icon); the left side shrinks the server's address first. */}
      <Group gap="xs" wrap="nowrap">
        <SaveIndicator />
        <ThemeSwitch />
        <SpellcheckSetting />
        <ReasonActionIcon writes variant="subtle" color="gray" onClick={() => void undo()} reason={history.canUndo ? undefined : t('app.nothingToUndo')} aria-label={history.canUndo ? undoLabel : t('app.undo')} tooltip={undoLabel}>
          <IconArrowBackUp size={18} />
        </ReasonActionIcon>
        <ReasonActionIcon writes variant="subtle" color="gray" onClick={() => void redo()} reason={history.canRedo ? undefined : t('app.nothingToRedo')} aria-label={history.canRedo ? redoLabel : t('app.redo')} tooltip={redoLabel}>
          <IconArrowForwardUp size={18} />
        </ReasonActionIcon>
        {overview && (
          <Tooltip label={t('reports.exportTitle')}>
            <ActionIcon variant="subtle" color="gray" onClick={() => openExportDialog()} aria-label={t('reports.exportTitle')}>
              <IconDownload size={18} />
            </ActionIcon>
          </Tooltip>
        )}
        <UnstyledButton className="search-button" onClick={() => spotlight.open()} aria-label={t('app.search')}>
          <Group gap={6} wrap="nowrap">
            <IconSearch size={14} />
            <Text size="sm" c="dimmed">
              {t('app.search')}
            </Text>
            <Kbd size="xs">{t('app.searchHint')}</Kbd>
          </Group>
        </UnstyledButton>
      </Group>
    </Group>
  );
}

/** Status bar for a team workspace: which server, as whom, and whether the connection is live. */
function ServerBadge({ who }: { who: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'live' | 'reconnecting'>('live');
  useEffect(() => onEvent('server:connection', (p) => setStatus((p as { status: 'live' | 'reconnecting' }).status)), []);
  // "login (role) on host:port/database": the login and role, then where.
  const at = who.lastIndexOf(' on ');
  const cut = at < 0 ? who.length : at;
  return (
    <Tooltip label={status === 'live' ? t('server.connectedAs', { who }) : t('server.reconnectingHint')} multiline w={320}>
      {/* A login is case-sensitive: shown as it is, not in capitals. Who stays whole; the server gives way on a narrow window (the tooltip has it all). */}
      <Badge
        color={status === 'live' ? 'teal' : 'orange'}
        variant="light"
        tt="none"
        fw={600}
        miw={0}
        maw={440}
        style={{ flexShrink: 1 }}
        styles={{ label: { display: 'flex', minWidth: 0 } }}
        leftSection={<IconServer size={12} />}
        data-testid="server-badge"
      >
        {status === 'live' ? (
          <>
            <span style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>{who.slice(0, cut)}</span>
            <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{`${who.slice(cut).replace(/^ /, '\u00a0')} · ${t('server.live')}`}</span>
          </>
        ) : (
          t('server.reconnecting')
        )}
      </Badge>
    </Tooltip>
  );
}

function SaveIndicator() {
  const { t } = useTranslation();
  const status = useSaveStatus();
  const body = (() => {
    switch (status.state) {
      case 'idle':
        return null;
      case 'saving':
        return <Text size="xs" c="dimmed">{t('app.saving')}</Text>;
      case 'saved':
        return (
          <Group gap={4} c="teal.9">
            <IconCheck size={14} />
            <Text size="xs">{t('app.saved')}</Text>
          </Group>
        );
      case 'draft':
        return (
          <Group gap={4} c="orange.9" title={t('drafts.kept', { count: status.fields })}>
            <IconAlertTriangle size={14} />
            <Text size="xs">{t('drafts.status', { count: status.fields })}</Text>
          </Group>
        );
      case 'invalid':
        return (
          <Group gap={4} c="red">
            <IconAlertTriangle size={14} />
            <Text size="xs">{t('app.invalid')}</Text>
          </Group>
        );
      case 'error':
        return (
          <Group gap={4} c="red" maw={360} miw={0} wrap="nowrap">
            <IconAlertTriangle size={14} />
            <Text size="xs" truncate>
              {t('app.saveFailed', { message: status.message })}
            </Text>
          </Group>
        );
    }
  })();
  return (
    <div role="status" aria-live="polite" data-testid="save-status" className="save-status" style={{ flexShrink: 1 }}>
      {body}
    </div>
  );
}
