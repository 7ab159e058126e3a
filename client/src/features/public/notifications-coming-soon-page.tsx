import { Button, Container } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { usePageTitle } from '@client/lib/use-page-title';

/** Placeholder for `/notifications/subscribe` until Patient Notification Services are built. */
export function NotificationsComingSoonPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const nctId = searchParams.get('nctId');
  usePageTitle(t('notify.comingSoonTitle'));
  const back = nctId && /^NCT\d{8}$/.test(nctId) ? `/studies/${nctId}` : '/studies';
  return (
    <Container size="md" py={{ base: 'lg', sm: 48 }}>
      <EmptyState
        icon={<IconBellRinging size={32} />}
        headingLevel={1}
        title={t('notify.comingSoonTitle')}
        description={t('notify.comingSoonText')}
        action={
          <Button component={Link} to={back}>
            {nctId ? t('notify.backToStudy') : t('study.backToFinder')}
          </Button>
        }
      />
    </Container>
  );
}
