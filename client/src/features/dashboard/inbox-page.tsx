import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';

export function InboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('dashboard.pages.inbox.title')} description={t('dashboard.pages.inbox.description')} />
      <EmptyState
        icon={<IconInbox size={32} />}
        title={t('inbox.emptyTitle')}
        description={t('inbox.emptyText')}
      />
    </>
  );
}
