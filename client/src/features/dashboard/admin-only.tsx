import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@client/components/ui/empty-state';
import { usePageTitle } from '@client/lib/use-page-title';
import { useCurrentUser } from './use-current-user';

/**
 * Hides admin pages from coordinators who type the address. The server enforces the same rule
 * on every procedure; this only avoids showing a page full of permission errors.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  if (user?.role === 'ADMIN') return children;
  return <NoAccess />;
}

function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.noAccessTitle'));
  return (
    <EmptyState
      icon={<IconLock size={32} />}
      headingLevel={1}
      title={t('dashboard.noAccessTitle')}
      description={t('dashboard.noAccessText')}
    />
  );
}
