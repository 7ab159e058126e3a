import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { NewInquiriesBadge } from '@client/features/live/new-inquiries-badge';
import { dashboardHref, dashboardPages, type DashboardPage } from './dashboard-pages';

export interface DashboardNavbarProps {
  isAdmin: boolean;
}

function PageLink({ page }: { page: DashboardPage }) {
  const { t } = useTranslation();
  const Icon = page.icon;
  const href = dashboardHref(page);
  // The inbox is the index: only an exact match counts, while /dashboard/studies/x keeps "Studies" lit.
  const isActive = useMatch({ path: href, end: page.path === '' }) !== null;
  return (
    <NavLink
      component={Link}
      to={href}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      label={t(`dashboard.pages.${page.key}.title`)}
      leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
      rightSection={page.key === 'inbox' ? <NewInquiriesBadge /> : undefined}
      variant="light"
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

export function DashboardNavbar({ isAdmin }: DashboardNavbarProps) {
  const { t } = useTranslation();
  const work = dashboardPages.filter((page) => !page.adminOnly);
  const admin = dashboardPages.filter((page) => page.adminOnly);

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Stack gap={2}>
        {work.map((page) => (
          <PageLink key={page.key} page={page} />
        ))}
      </Stack>
      {isAdmin ? (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="lg" mb={6} px="sm" id="nav-admin-heading">
            {t('dashboard.adminSection')}
          </Text>
          <Stack gap={2} role="group" aria-labelledby="nav-admin-heading">
            {admin.map((page) => (
              <PageLink key={page.key} page={page} />
            ))}
          </Stack>
        </>
      ) : null}
    </ScrollArea>
  );
}
