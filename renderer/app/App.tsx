import { AppShell, Center, Loader, MantineProvider } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { NewActivityModal } from '../dialogs/NewActivityModal';
import { ExportDialogHost } from '../dialogs/ExportDialog';
import { ConnectDialogHost } from '../dialogs/ConnectDialog';
import { ConflictDialogHost } from '../dialogs/ConflictDialog';
import { StepReasonDialogHost } from '../dialogs/StepReasonDialog';
import { Header } from './Header';
import { MainView } from './MainView';
import { Navbar } from './Navbar';
import { SearchPalette } from './SearchPalette';
import { useShortcuts } from './shortcuts';
import { ChecksProvider } from './checks';
import { WorkspaceProvider, useStore } from './store';
import { Welcome } from '../screens/Welcome';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <WorkspaceProvider>
        <ChecksProvider>
          <Shell />
        </ChecksProvider>
      </WorkspaceProvider>
    </MantineProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { loaded, overview } = useStore();
  const [navOpened, { toggle }] = useDisclosure(true);
  useShortcuts();
  if (!loaded) {
    return (
      <Center h="100vh" aria-busy="true">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 300, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: !navOpened } }} padding="md">
      <AppShell.Header>
        <Header navOpened={navOpened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('nav.register')}>{overview && <Navbar />}</AppShell.Navbar>
      <AppShell.Main>
        {overview ? (
          <MainView />
        ) : (
          <Welcome />
        )}
      </AppShell.Main>
      {overview && <SearchPalette />}
      {overview && <NewActivityModal />}
      {overview && <ExportDialogHost />}
      <ConnectDialogHost />
      <ConflictDialogHost />
      <StepReasonDialogHost />
    </AppShell>
  );
}
