import '@mantine/core/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AppLogo } from '@client/components/app-logo';
import { LanguageSwitcher } from '@client/components/language-switcher';
import { mainContentId, SkipLink } from '@client/components/ui/skip-link';
import { DataProviders } from '@client/features/shell/data-providers';
import { DashboardNavbar } from './dashboard-navbar';
import { signInRedirectPath } from './require-user';
import { useCurrentUser } from './use-current-user';
import { UserMenu } from './user-menu';

export function DashboardLayout() {
  return (
    <DataProviders>
      <Notifications position="top-center" zIndex={3000} />
      <DashboardShell />
    </DataProviders>
  );
}

function DashboardShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  useEffect(() => {
    closeNav();
  }, [location.pathname, closeNav]);

  // Signed out meanwhile (another tab, expired session): back to the sign-in page.
  if (!user) {
    const here = new URL(`${location.pathname}${location.search}`, window.location.origin);
    return <Navigate to={signInRedirectPath(here)} replace />;
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('dashboard.closeNavigation') : t('dashboard.openNavigation')}
              aria-expanded={navOpened}
              aria-controls="dashboard-navbar"
            />
            <AppLogo to="/dashboard" compactOnPhone />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="dashboard-navbar" aria-label={t('dashboard.navigationLabel')} p="sm">
        <DashboardNavbar isAdmin={user.role === 'ADMIN'} />
      </AppShell.Navbar>
      <AppShell.Main id={mainContentId} tabIndex={-1} style={{ outline: 'none' }} bg="var(--mantine-color-gray-0)">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
