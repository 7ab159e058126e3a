import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import type { DashboardPageKey } from './dashboard-pages';

export interface PlaceholderPageProps {
  page: DashboardPageKey;
}

/** Stand-in for a dashboard page that is not built yet. */
export function PlaceholderPage({ page }: PlaceholderPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`dashboard.pages.${page}.title`)} description={t(`dashboard.pages.${page}.description`)} />
      <EmptyState
        icon={<IconTools size={32} />}
        title={t('dashboard.comingSoonTitle')}
        description={t('dashboard.comingSoonText')}
      />
    </>
  );
}
