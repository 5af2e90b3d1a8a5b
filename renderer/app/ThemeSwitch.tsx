import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

const TO_PREF: Record<MantineColorScheme, 'system' | 'light' | 'dark'> = { auto: 'system', light: 'light', dark: 'dark' };
const FROM_PREF: Record<'system' | 'light' | 'dark', MantineColorScheme> = { system: 'auto', light: 'light', dark: 'dark' };

/** Light, dark or as the system: applied at once and kept in the preferences. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    call('prefs:get', {}).then(
      (p) => setColorScheme(FROM_PREF[p.theme]),
      () => undefined,
    );
  }, [setColorScheme]);
  const choose = (s: MantineColorScheme) => {
    setColorScheme(s);
    void call('prefs:set', { theme: TO_PREF[s] }).catch(() => undefined);
  };
  const label = t('theme.label', { current: t(`theme.${TO_PREF[colorScheme]}`) });
  const icon = colorScheme === 'dark' ? <IconMoon size={18} /> : colorScheme === 'light' ? <IconSun size={18} /> : <IconDeviceDesktop size={18} />;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} title={label} data-testid="theme-switch">
          {icon}
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {(['light', 'dark', 'auto'] as const).map((s) => (
          <Menu.Item key={s} onClick={() => choose(s)} aria-current={colorScheme === s ? 'true' : undefined}>
            {t(`theme.${TO_PREF[s]}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
