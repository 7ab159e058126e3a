import { Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { describeError } from '@client/lib/error-message';
import { usePageTitle } from '@client/lib/use-page-title';

/** Error boundary inside the AppShell, so the navigation stays usable when one page fails. */
export function DashboardError() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('errors.pageTitle'));
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <EmptyState
      icon={<IconAlertTriangle size={32} />}
      headingLevel={1}
      title={notFound ? t('notFound.heading') : t('errors.pageTitle')}
      description={notFound ? t('notFound.text') : describeError(error).message}
      action={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    />
  );
}

export function DashboardNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <EmptyState
      icon={<IconAlertTriangle size={32} />}
      headingLevel={1}
      title={t('notFound.heading')}
      description={t('notFound.text')}
    />
  );
}
