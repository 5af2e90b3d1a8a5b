import { Alert, Button, Checkbox, Divider, Group, Modal, NumberInput, PasswordInput, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconServer } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import { type ServerConnectionView, TLS_MODES } from '../../shared/ipc/contract';
import { call, messageOf, onEvent } from '../api';

const OPEN_EVENT = 'ropa:open-connect';

/** Opens File ▸ Connect to team workspace from anywhere. */
export function openConnectDialog(): void {
  window.dispatchEvent(new CustomEvent(OPEN_EVENT));
}

type Tls = (typeof TLS_MODES)[number];
const TLS_LABEL: Record<Tls, 'server.tlsDisable' | 'server.tlsRequire' | 'server.tlsVerifyCa' | 'server.tlsVerifyFull'> = {
  disable: 'server.tlsDisable',
  require: 'server.tlsRequire',
  'verify-ca': 'server.tlsVerifyCa',
  'verify-full': 'server.tlsVerifyFull',
};

/** Host, port, database, login, TLS (with a CA file), password; and the connections used before. */
export function ConnectDialogHost() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [recent, setRecent] = useState<ServerConnectionView[]>([]);
  const [host, setHost] = useState('');
  const [port, setPort] = useState<number>(5432);
  const [database, setDatabase] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [tls, setTls] = useState<Tls>('verify-full');
  const [caName, setCaName] = useState<string | null>(null);
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const open = () => {
      setError(null);
      setOpened(true);
      call('server:connections', {}).then(setRecent, (e: unknown) => setError(messageOf(e)));
    };
    window.addEventListener(OPEN_EVENT, open);
    const offMenu = onEvent('menu:command', (c) => c === 'connect-server' && open());
    return () => {
      window.removeEventListener(OPEN_EVENT, open);
      offMenu();
    };
  }, []);

  const connect = async (request: Parameters<typeof call<'server:connect'>>[1]) => {
    setBusy(true);
    setError(null);
    try {
      await call('server:connect', request);
      setPassword('');
      setOpened(false);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const verify = tls === 'verify-ca' || tls === 'verify-full';

  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title={t('server.connectTitle')} size="lg" data-testid="connect-dialog">
      <Stack>
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Text fw={600} size="sm">
          {t('server.recent')}
        </Text>
        {recent.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('server.noRecent')}
          </Text>
        ) : (
          <Stack gap={4}>
            {recent.map((c) => (
              <UnstyledButton key={c.id} className="recent-connection" onClick={() => void connect({ connectionId: c.id })} disabled={busy}>
                <Group gap="xs" wrap="nowrap">
                  <IconServer size={16} />
                  <Text size="sm">
                    {c.user} @ {c.host}:{c.port}/{c.database}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(TLS_LABEL[c.tls])}
                    {c.passwordKept ? ` · ${t('server.passwordKept')}` : ''}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        )}
        <Divider />
        <Group grow align="flex-start">
          <TextInput label={t('server.host')} value={host} onChange={(e) => setHost(e.currentTarget.value)} placeholder="db.example.com" required />
          <NumberInput label={t('server.port')} value={port} onChange={(v) => setPort(typeof v === 'number' ? v : Number(v))} min={1} max={65535} maw={120} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('server.database')} value={database} onChange={(e) => setDatabase(e.currentTarget.value)} required />
          <TextInput label={t('server.user')} value={user} onChange={(e) => setUser(e.currentTarget.value)} required />
        </Group>
        <PasswordInput label={t('server.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        <Checkbox label={t('server.remember')} checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
        <Select
          label={t('server.tls')}
          data={TLS_MODES.map((m) => ({ value: m, label: t(TLS_LABEL[m]) }))}
          value={tls}
          onChange={(v) => v !== null && setTls(v as Tls)}
          allowDeselect={false}
        />
        {verify && (
          <Group gap="sm">
            <Text size="sm">{t('server.caFile')}:</Text>
            <Text size="sm" c={caName === null ? 'dimmed' : undefined} data-testid="ca-name">
              {caName ?? t('server.noCa')}
            </Text>
            <Button size="xs" variant="default" onClick={() => void call('server:chooseCaFile', {}).then((r) => r !== null && setCaName(r.name), (e: unknown) => setError(messageOf(e)))}>
              {t('server.chooseCa')}
            </Button>
          </Group>
        )}
        <Group justify="flex-end">
          <ReasonButton
            loading={busy}
            reason={host.trim() === '' || database.trim() === '' || user.trim() === '' ? t('why.connectFields') : undefined}
            onClick={() =>
              void connect({
                host: host.trim(),
                port,
                database: database.trim(),
                user: user.trim(),
                tls,
                ...(password !== '' ? { password } : {}),
                rememberPassword: remember,
                ...(verify && caName !== null ? { useChosenCaFile: true } : {}),
              })
            }
          >
            {busy ? t('server.connecting') : t('server.connect')}
          </ReasonButton>
        </Group>
      </Stack>
    </Modal>
  );
}
