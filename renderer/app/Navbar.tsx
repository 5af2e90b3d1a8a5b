import { Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { IconBuilding, IconChecklist, IconDeviceMobile, IconFileImport, IconGitCompare, IconHistory, IconHome, IconLock, IconPlus, IconTags, IconTruck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NewRecordButton } from '../dialogs/NewRecordModal';
import { ReasonActionIcon } from './Reasoned';
import { RegisterTree } from './RegisterTree';
import { useStore } from './store';
import type { View } from './view';

export function Navbar() {
  const { t } = useTranslation();
  const { view, navigate } = useStore();
  const link = (target: View, label: string, icon: ReactNode) => (
    <NavLink
      component="button"
      key={target.kind}
      label={label}
      leftSection={icon}
      active={view.kind === target.kind || (target.kind === 'vendors' && view.kind === 'vendor')}
      onClick={() => navigate(target)}
      py={5}
    />
  );
  return (
    <div className="navbar">
      <ScrollArea.Autosize mah="40%" type="never">
        <div className="navbar-links">
          {link({ kind: 'dashboard' }, t('nav.dashboard'), <IconHome size={16} />)}
          {link({ kind: 'vendors' }, t('nav.vendors'), <IconTruck size={16} />)}
          {link({ kind: 'taxonomies' }, t('nav.taxonomies'), <IconTags size={16} />)}
          {link({ kind: 'measures' }, t('nav.measures'), <IconLock size={16} />)}
          {link({ kind: 'permissions' }, t('nav.permissions'), <IconDeviceMobile size={16} />)}
          {link({ kind: 'changes' }, t('nav.changes'), <IconHistory size={16} />)}
          {link({ kind: 'baselines' }, t('baselines.nav'), <IconGitCompare size={16} />)}
          {/* Store labels (issue 16) */}
          {link({ kind: 'storeLabels' }, t('storeLabels.nav'), <IconBuildingStore size={16} />)}
          {link({ kind: 'registerImport' }, t('registerImport.nav'), <IconFileImport size={16} />)}
        </div>
      </ScrollArea.Autosize>
      <Group justify="space-between" px="sm" pt="sm" pb={4} className="navbar-section">
        <Group gap={6}>
          <IconBuilding size={14} />
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('nav.register')}
          </Text>
        </Group>
        <Group gap={2}>
          <NewActivityIcon />
          <NewRecordButton kind="organisation" icon={<IconPlus size={14} />} />
        </Group>
      </Group>
      <RegisterTree />
    </div>
  );
}

function NewActivityIcon() {
  const { t } = useTranslation();
  const { openNewActivity, view, index } = useStore();
  const context = () => {
    if (view.kind === 'product') return { productId: view.id, organisationId: index?.products.get(view.id)?.organisationId };
    if (view.kind === 'organisation') return { organisationId: view.id };
    if (view.kind === 'activity') {
      const a = index?.activities.get(view.id);
      return { organisationId: a?.organisationId, productId: a?.productId };
    }
    return {};
  };
  return (
    <ReasonActionIcon
      writes
      variant="subtle"
      size="sm"
      aria-label={t('dashboard.newActivity')}
      tooltip={t('dashboard.newActivity')}
      reason={(index?.organisations.size ?? 0) === 0 ? t('empty.needOrganisation') : undefined}
      onClick={() => openNewActivity(strip(context()))}
    >
      <IconChecklist size={14} />
    </ReasonActionIcon>
  );
}

function strip(o: { organisationId?: string | undefined; productId?: string | undefined }): { organisationId?: string; productId?: string } {
  return { ...(o.organisationId ? { organisationId: o.organisationId } : {}), ...(o.productId ? { productId: o.productId } : {}) };
}
