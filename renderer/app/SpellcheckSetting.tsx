import { ActionIcon, Popover, Stack, Switch, Text } from '@mantine/core';
import { IconAbc } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/** Spell checking in text fields: off by default, turned on here, kept in the preferences and applied at once. */
export function SpellcheckSetting() {
  const { t } = useTranslation();
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    call('prefs:get', {}).then(
      (p) => setOn(p.spellcheck === true),
      () => setOn(false),
    );
  }, []);
  const toggle = (next: boolean) => {
    setOn(next);
    call('prefs:set', { spellcheck: next }).then(
      (p) => setOn(p.spellcheck === true),
      () => setOn(!next),
    );
  };
  const label = t(on === true ? 'spellcheck.buttonOn' : 'spellcheck.buttonOff');
  return (
    <Popover position="bottom-end" width={320} withinPortal shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} title={label} data-testid="spellcheck-setting">
          <IconAbc size={18} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Switch checked={on === true} disabled={on === undefined} onChange={(e) => toggle(e.currentTarget.checked)} label={t('spellcheck.label')} />
          <Text size="sm" c="dimmed">
            {t('spellcheck.help')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
